import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import {
  createBoard,
  insertFromMenu,
  listView,
  newPerson,
  shareLinks,
  useServer,
  waitConnected,
} from './journey.ts'

// An Excalidraw drawing comes into an open board through "Importieren": for everyone, in one
// undo step, its pictures uploaded; a broken one is refused saying what and where.

const server = useServer()

async function sample(name: string): Promise<Buffer> {
  return readFile(new URL(`../fixtures/excalidraw/${name}`, import.meta.url))
}

async function elementCount(page: Page, count: number): Promise<void> {
  const list = await listView(page)
  const text = count === 1 ? '1 Element' : `${count} Elemente`
  await expect(list.getByText(text, { exact: true })).toBeVisible()
}

async function importFile(page: Page, name: string, buffer: Buffer) {
  await insertFromMenu(page, 'Aus Datei importieren …')
  const dialog = page.getByRole('dialog', { name: 'Importieren' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Datei wählen').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer,
  })
  return dialog
}

test('an Excalidraw drawing comes in for everyone as one undo step, saying what it left out', async ({
  browser,
}) => {
  const facilitator = await newPerson(browser, { name: 'Anna' })
  await createBoard(facilitator, server.url, 'Skizze aus Excalidraw')
  const participant = await newPerson(browser, { name: 'Ben' })
  await participant.goto((await shareLinks(facilitator)).edit)
  await waitConnected(participant)

  const dialog = await importFile(
    facilitator,
    'akteure.excalidraw',
    await sample('shapes.excalidraw'),
  )
  // A frame, five shapes (one with its label), a text; the embeddable is named as left out.
  await expect(dialog.getByRole('status')).toHaveText(
    '7 Elemente importiert. Nicht übernommen aus der Excalidraw-Datei (1): embeddable: diesen Typ gibt es in Werkraum nicht',
  )
  await dialog.getByRole('button', { name: 'Schließen' }).click()
  await elementCount(participant, 7)
  const list = await listView(participant)
  await expect(list.getByText('Schritt 1: Akteure sammeln').first()).toBeVisible()
  await expect(list.getByText('Bürgeramt und Straßen').first()).toBeVisible()

  await facilitator.getByRole('button', { name: 'Rückgängig' }).click()
  await elementCount(participant, 0)
})

test('the drawing’s pictures are uploaded under the hash its images name', async ({ browser }) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Bilder aus Excalidraw')
  const dialog = await importFile(page, 'bilder.excalidraw', await sample('images.excalidraw'))
  // Two images of one picture and the arrow between them; no image is missing, so the hash the
  // browser computed is the one the server stored.
  await expect(dialog.getByRole('status')).toContainText('3 Elemente importiert.')
  await expect(dialog.getByRole('status')).not.toContainText('fehlen')
  await expect(dialog.getByRole('status')).toContainText('image/svg+xml')
  await dialog.getByRole('button', { name: 'Schließen' }).click()
  await elementCount(page, 3)
})

test('a broken Excalidraw file is refused saying where, and adds nothing', async ({ browser }) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Kaputte Skizze')
  const broken = { type: 'excalidraw', version: 2, elements: [{ id: 'a', type: 'ellipse' }] }
  const dialog = await importFile(page, 'kaputt.excalidraw', Buffer.from(JSON.stringify(broken)))
  await expect(dialog.getByRole('alert')).toContainText(
    'Die Datei ist keine lesbare Excalidraw-Zeichnung.',
  )
  await expect(dialog.getByRole('alert')).toContainText('Stelle in der Datei: elements[0].x')
  await dialog.getByRole('button', { name: 'Schließen' }).click()
  await elementCount(page, 0)
})
