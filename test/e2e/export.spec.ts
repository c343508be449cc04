import AxeBuilder from '@axe-core/playwright'
import { readFile } from 'node:fs/promises'
import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  addNoteWithToolbar,
  createBoard,
  listView,
  newPerson,
  shareLinks,
  useServer,
  boardMenu,
} from './journey.ts'

// The "Exportieren" dialog: a person with the view link takes the board out as a file.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const server = useServer()

/** The server's date, as export file names carry it. */
function today(): string {
  return new Date().toISOString().slice(0, 10)
}

/** Clicks "Herunterladen" and returns the file the browser saved. */
async function download(page: Page, dialog: Locator): Promise<{ name: string; bytes: Uint8Array }> {
  const saved = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Herunterladen' }).click()
  const file = await saved
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) }
}

/** A facilitator's board with a note; returns its view link. */
async function boardWithViewLink(page: Page, title: string): Promise<string> {
  await createBoard(page, server.url, title)
  await addNoteWithToolbar(page, 'Bürgeramt')
  return (await shareLinks(page)).view
}

test('a viewer opens the dialog from the header and by keyboard; focus returns on close', async ({
  browser,
}) => {
  const facilitator = await newPerson(browser)
  const view = await boardWithViewLink(facilitator, 'Ökosystem Musterstadt')
  const viewer = await newPerson(browser, { name: 'Lea' })
  await viewer.goto(view)
  await expect(viewer.getByText('Ihr Recht: Ansehen')).toBeVisible()

  // Chosen in the board menu; closing the dialog gives the focus back to the menu's button.
  const button = viewer.getByRole('button', { name: 'Board-Menü' })
  await boardMenu(viewer, 'Exportieren')
  const dialog = viewer.getByRole('dialog', { name: 'Exportieren' })
  await expect(dialog).toBeVisible()
  // The formats in their groups; the options of the chosen one.
  for (const group of ['Bild', 'PDF', 'Tabellen', 'Bericht', 'Werkraum-Datei']) {
    await expect(dialog.getByRole('group', { name: group, exact: true })).toBeVisible()
  }
  await expect(dialog.getByRole('radio', { name: 'PNG' })).toBeChecked()
  await expect(dialog.getByRole('group', { name: 'Auflösung' })).toBeVisible()
  await expect(dialog.getByRole('radio', { name: 'Ein Rahmen' })).toBeDisabled()
  await expect(dialog.getByText('Das Board hat keine Rahmen.')).toBeVisible()
  await dialog.getByRole('radio', { name: 'Excel (XLSX)' }).check()
  await expect(dialog.getByRole('group', { name: 'Auflösung' })).toHaveCount(0)
  await expect(dialog.getByRole('group', { name: 'Sprache der Datei' })).toBeVisible()
  await expect(dialog.getByText(/Eine Arbeitsmappe mit den Tabellen Akteure/)).toBeVisible()
  const found = await new AxeBuilder({ page: viewer }).include('dialog').withTags(TAGS).analyze()
  expect(found.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

  await viewer.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()

  await viewer.getByLabel('Board-Fläche').focus()
  await viewer.keyboard.press('Control+Shift+E')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Schließen' }).click()
  await expect(dialog).toBeHidden()
})

test('a viewer downloads the board as PNG, SVG and Werkraum file: the preview, the file name and the type', async ({
  browser,
}) => {
  const facilitator = await newPerson(browser)
  const view = await boardWithViewLink(facilitator, 'Workshop Rollen')
  const viewer = await newPerson(browser, { name: 'Lea' })
  await viewer.goto(view)
  await boardMenu(viewer, 'Exportieren')
  const dialog = viewer.getByRole('dialog', { name: 'Exportieren' })
  // The preview is the server's SVG of the same part of the board.
  const preview = dialog.getByRole('img', { name: 'Vorschau des Exports (Ganzes Board)' })
  await expect(preview).toBeVisible()
  await expect
    .poll(() => preview.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0)

  const name = `Workshop Rollen-${today()}`
  const asked: string[] = []
  viewer.on('request', (r) => {
    if (r.url().includes('/export?')) asked.push(new URL(r.url()).searchParams.get('format') ?? '')
  })
  await dialog.getByRole('radio', { name: '1×' }).check()
  const png = await download(viewer, dialog)
  expect(png.name).toBe(`${name}.png`)
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  // Drawn here by the screen's renderer, not asked of the server, at 1× the note's size.
  expect(asked).not.toContain('png')
  const ihdr = new DataView(png.bytes.buffer, png.bytes.byteOffset + 16, 8)
  expect(ihdr.getUint32(0)).toBeGreaterThanOrEqual(180)
  expect(ihdr.getUint32(0)).toBeLessThan(400)
  await expect(dialog.getByRole('status')).toHaveText(`Heruntergeladen: ${name}.png`)

  await dialog.getByRole('radio', { name: 'SVG' }).check()
  const svg = await download(viewer, dialog)
  expect(svg.name).toBe(`${name}.svg`)
  const text = new TextDecoder().decode(svg.bytes)
  expect(text).toMatch(/^(<\?xml[^>]*>\s*)?<svg/)
  expect(text).toMatch(/<text[^>]*>(<tspan[^>]*>)?Bürgeramt/)

  // The Werkraum file: a ZIP, whatever right took it out.
  await dialog.getByRole('radio', { name: 'Werkraum-Datei (.werkraum)' }).check()
  await expect(dialog.getByText(/Das ganze Board verlustfrei/)).toBeVisible()
  const werkraum = await download(viewer, dialog)
  expect(werkraum.name).toBe(`${name}.werkraum`)
  expect([...werkraum.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
})

test('a frame is chosen from the frames in agenda order and asked for with the token in a header', async ({
  browser,
}) => {
  const facilitator = await newPerson(browser)
  await facilitator.goto(server.url)
  await facilitator.getByLabel('Titel des Boards').fill('Ideen für die Bibliothek')
  await facilitator.getByRole('radio', { name: 'Brainstorming', exact: true }).check()
  await facilitator.getByRole('button', { name: 'Board anlegen' }).click()
  const view = (await shareLinks(facilitator)).view
  const token = decodeURIComponent(new URL(view).hash.slice(1))

  const viewer = await newPerson(browser, { name: 'Lea' })
  await viewer.goto(view)
  await boardMenu(viewer, 'Exportieren')
  const dialog = viewer.getByRole('dialog', { name: 'Exportieren' })
  await dialog.getByRole('radio', { name: 'PDF, eine Seite je Rahmen' }).check()
  await dialog.getByRole('radio', { name: 'Ein Rahmen' }).check()
  const frames = dialog.getByRole('combobox', { name: 'Rahmen' })
  await expect(frames.getByRole('option')).toHaveText([
    'Leitfrage',
    'Thema 1',
    'Thema 2',
    'Thema 3',
    'Parkplatz',
  ])
  await frames.selectOption({ label: 'Thema 2' })
  await expect(dialog.getByRole('img', { name: 'Vorschau des Exports (Thema 2)' })).toBeVisible()

  await dialog.getByRole('radio', { name: 'Hochformat' }).check()
  const asked = viewer.waitForRequest(
    (r) => r.url().includes('/export?') && new URL(r.url()).searchParams.get('format') === 'pdf',
  )
  const file = await download(viewer, dialog)
  expect(file.name).toBe(`Ideen für die Bibliothek-${today()}.pdf`)
  expect(new TextDecoder().decode(file.bytes.subarray(0, 5))).toBe('%PDF-')
  const request = await asked
  const url = new URL(request.url())
  expect(url.searchParams.get('scope')).toBe('frame')
  expect(url.searchParams.get('frame')).toMatch(/^[A-Za-z0-9_-]+$/)
  expect(url.searchParams.get('paper')).toBe('a4-portrait')
  expect(request.url()).not.toContain(token)
  expect(await request.headerValue('authorization')).toBe(`Bearer ${token}`)
})

test('an export the server refuses says why, with its answer', async ({ browser }) => {
  const facilitator = await newPerson(browser)
  const view = await boardWithViewLink(facilitator, 'Zwischenstand')
  const viewer = await newPerson(browser, { name: 'Lea' })
  await viewer.goto(view)
  await expect(viewer.getByText('Ihr Recht: Ansehen')).toBeVisible()
  // The viewer selects the note and opens the dialog; meanwhile the facilitator deletes it.
  await viewer.getByLabel('Board-Fläche').focus()
  await viewer.keyboard.press('Control+A')
  await viewer.keyboard.press('Control+Shift+E')
  const dialog = viewer.getByRole('dialog', { name: 'Exportieren' })
  await dialog.getByRole('radio', { name: 'SVG' }).check()
  await dialog.getByRole('radio', { name: 'Auswahl (1)' }).check()
  await facilitator.getByLabel('Board-Fläche').focus()
  await facilitator.keyboard.press('Control+A')
  await facilitator.keyboard.press('Delete')
  const list = await listView(facilitator)
  await expect(list.getByText('0 Elemente', { exact: true })).toBeVisible()
  await expect(viewer.getByTitle('Verbunden', { exact: true })).toBeVisible()

  await dialog.getByRole('button', { name: 'Herunterladen' }).click()
  const alert = dialog.getByRole('alert')
  await expect(alert).toContainText('Diese Auswahl lässt sich so nicht exportieren.')
  await expect(alert).toContainText('Antwort des Servers (400):')
})
