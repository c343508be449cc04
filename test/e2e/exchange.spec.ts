import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import type { CreateBoardResponse } from '../../shared/api.ts'
import { createHash } from 'node:crypto'
import type { BoardJson } from '../../shared/exchange/boardJson.ts'
import { writeWerkraumFile } from '../../shared/exchange/werkraumFile.ts'
import { pngBytes } from '../helpers/images.ts'
import { SCHEMA_VERSION } from '../../shared/schema/version.ts'
import {
  addNoteWithToolbar,
  createBoard,
  insertFromMenu,
  newPerson,
  shareLinks,
  sortedNoteTexts,
  useServer,
  waitConnected,
} from './journey.ts'

// The Werkraum file comes back in: into an open board for everyone (one undo takes it out
// again), and as a new board from the start page.

const server = useServer()
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return results.violations.map((v) => `${v.id}: ${v.help}`)
}
const NOTES = ['Bürgerbüro', 'Straßenmeisterei', 'Übergabeprotokoll']

/** A board made by a script and taken out as a .werkraum file, as a facilitator would keep it. */
async function werkraumFile(): Promise<Buffer> {
  const board: BoardJson = {
    format: 'werkraum-board',
    formatVersion: 1,
    schemaVersion: SCHEMA_VERSION,
    meta: { title: 'Werkstatt Mai' },
    elements: NOTES.map((text, i) => ({
      id: `note${i}`,
      data: {
        type: 'note',
        x: i * 200,
        y: 0,
        w: 180,
        h: 180,
        z: `a${i}`,
        color: 'green',
        text: { $text: text },
      },
    })),
    assignments: {},
    conflictRules: {},
    images: [],
  }
  const created = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ import: board }),
  })
  expect(created.status).toBe(201)
  const { id, viewToken } = (await created.json()) as CreateBoardResponse
  const file = await fetch(`${server.url}/api/boards/${id}/export?format=werkraum`, {
    headers: { authorization: `Bearer ${viewToken}` },
  })
  expect(file.status).toBe(200)
  return Buffer.from(await file.arrayBuffer())
}

test('a Werkraum file imported into an open board shows up for the other person; one undo removes it all', async ({
  browser,
}) => {
  const facilitator = await newPerson(browser, { name: 'Anna' })
  await createBoard(facilitator, server.url, 'Rollenklärung')
  await addNoteWithToolbar(facilitator, 'Schon da')
  const links = await shareLinks(facilitator)
  const participant = await newPerson(browser, { name: 'Ben' })
  await participant.goto(links.edit)
  await waitConnected(participant)
  await expect.poll(() => sortedNoteTexts(participant)).toEqual(['Schon da'])

  await insertFromMenu(facilitator, 'Aus Datei importieren …')
  const dialog = facilitator.getByRole('dialog', { name: 'Importieren' })
  await expect(dialog).toBeVisible()
  expect(await violations(facilitator)).toEqual([])
  await dialog.getByLabel('Datei wählen').setInputFiles({
    name: 'werkstatt-mai.werkraum',
    mimeType: 'application/vnd.werkraum+zip',
    buffer: await werkraumFile(),
  })
  await expect(dialog.getByRole('status')).toHaveText('3 Elemente importiert.')
  await dialog.getByRole('button', { name: 'Schließen' }).click()

  const all = ['Bürgerbüro', 'Schon da', 'Straßenmeisterei', 'Übergabeprotokoll']
  await expect.poll(() => sortedNoteTexts(facilitator)).toEqual(all)
  await expect.poll(() => sortedNoteTexts(participant)).toEqual(all)

  await facilitator.getByRole('button', { name: 'Rückgängig' }).click()
  await expect.poll(() => sortedNoteTexts(facilitator)).toEqual(['Schon da'])
  await expect.poll(() => sortedNoteTexts(participant)).toEqual(['Schon da'])
})

test('the images inside a Werkraum file are uploaded to the board it is imported into', async ({
  browser,
}) => {
  const image = pngBytes(40, 30)
  const hash = createHash('sha256').update(image).digest('hex')
  const board: BoardJson = {
    format: 'werkraum-board',
    formatVersion: 1,
    schemaVersion: SCHEMA_VERSION,
    meta: { title: 'Stadtplan' },
    elements: [
      {
        id: 'plan',
        data: {
          type: 'image',
          x: 0,
          y: 0,
          w: 400,
          h: 300,
          z: 'a0',
          asset: hash,
          mime: 'image/png',
          width: 40,
          height: 30,
          alt: 'Stadtplan',
        },
      },
    ],
    assignments: {},
    conflictRules: {},
    images: [{ hash, mime: 'image/png', size: image.length, width: 40, height: 30 }],
  }
  const file = await writeWerkraumFile({
    board,
    images: new Map([[hash, new Uint8Array(image)]]),
    appVersion: 'test',
    now: new Date(),
  })
  const page = await newPerson(browser)
  const id = await createBoard(page, server.url, 'Mit Plan')
  // The page keeps no token in its address; the share dialog shows the links that carry one.
  const token = new URL((await shareLinks(page)).view).hash.slice(1)
  const before = await fetch(`${server.url}/api/boards/${id}/assets/${hash}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(before.status).toBe(404)
  await insertFromMenu(page, 'Aus Datei importieren …')
  const dialog = page.getByRole('dialog', { name: 'Importieren' })
  await dialog.getByLabel('Datei wählen').setInputFiles({
    name: 'stadtplan.werkraum',
    mimeType: 'application/vnd.werkraum+zip',
    buffer: Buffer.from(file),
  })
  await expect(dialog.getByRole('status')).toHaveText('1 Elemente importiert.')
  const after = await fetch(`${server.url}/api/boards/${id}/assets/${hash}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(after.status).toBe(200)
  expect(Buffer.from(await after.arrayBuffer())).toEqual(image)
})

test('a bad file is refused in the board, saying why, and adds nothing', async ({ browser }) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Prüfung')
  await insertFromMenu(page, 'Aus Datei importieren …')
  const dialog = page.getByRole('dialog', { name: 'Importieren' })
  const future = { format: 'werkraum-board', formatVersion: 1, schemaVersion: SCHEMA_VERSION + 1 }
  await dialog.getByLabel('Datei wählen').setInputFiles({
    name: 'zukunft.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(future)),
  })
  await expect(dialog.getByRole('alert')).toContainText('neueren Werkraum-Version')
  await expect(dialog.getByRole('alert')).toContainText('schemaVersion')
  await dialog.getByRole('button', { name: 'Schließen' }).click()
  await expect.poll(() => sortedNoteTexts(page)).toEqual([])
})

test('the start page imports a Werkraum file as a new board, which opens', async ({ browser }) => {
  const page = await newPerson(browser)
  await page.goto(server.url)
  expect(await violations(page)).toEqual([])
  await page.getByLabel('Datei wählen und importieren').setInputFiles({
    name: 'werkstatt-mai.werkraum',
    mimeType: 'application/vnd.werkraum+zip',
    buffer: await werkraumFile(),
  })
  await expect(page.getByRole('heading', { level: 1, name: 'Werkstatt Mai' })).toBeVisible()
  await expect(page.getByText('Ihr Recht: Moderieren')).toBeVisible()
  await waitConnected(page)
  await expect.poll(() => sortedNoteTexts(page)).toEqual([...NOTES].sort())
})
