import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { addNoteWithToolbar, createBoard, newPerson, shareLinks, useServer } from './journey.ts'

// The "Exportieren" dialog: a person with the view link takes the board out as a file.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const server = useServer()

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

  const button = viewer.getByRole('button', { name: 'Exportieren' })
  await button.click()
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

test('a format the server does not write yet gets a clear message with the server’s answer', async ({
  browser,
}) => {
  const facilitator = await newPerson(browser)
  const view = await boardWithViewLink(facilitator, 'Workshop Rollen')
  const viewer = await newPerson(browser, { name: 'Lea' })
  await viewer.goto(view)
  await viewer.getByRole('button', { name: 'Exportieren' }).click()
  const dialog = viewer.getByRole('dialog', { name: 'Exportieren' })
  // Without an SVG writer the preview says what the picture will show instead.
  await expect(
    dialog.getByText(
      'Eine Vorschau gibt es auf diesem Server noch nicht. Die Datei zeigt: Ganzes Board.',
    ),
  ).toBeVisible()
  await dialog.getByRole('radio', { name: 'PDF, eine Seite je Rahmen' }).check()
  await expect(dialog.getByRole('group', { name: 'Papier' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Herunterladen' }).click()
  const alert = dialog.getByRole('alert')
  await expect(alert).toContainText('Dieses Format ist auf diesem Server noch nicht verfügbar.')
  await expect(alert).toContainText('Antwort des Servers (501): This server cannot write pdf yet.')
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
  await viewer.getByRole('button', { name: 'Exportieren' }).click()
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
  await expect(dialog.getByText(/Die Datei zeigt: Thema 2\./)).toBeVisible()

  await dialog.getByRole('radio', { name: 'Hochformat' }).check()
  const asked = viewer.waitForRequest(
    (r) => r.url().includes('/export?') && new URL(r.url()).searchParams.get('format') === 'pdf',
  )
  await dialog.getByRole('button', { name: 'Herunterladen' }).click()
  const request = await asked
  const url = new URL(request.url())
  expect(url.searchParams.get('scope')).toBe('frame')
  expect(url.searchParams.get('frame')).toMatch(/^[A-Za-z0-9_-]+$/)
  expect(url.searchParams.get('paper')).toBe('a4-portrait')
  expect(request.url()).not.toContain(token)
  expect(await request.headerValue('authorization')).toBe(`Bearer ${token}`)
  await expect(dialog.getByRole('alert')).toContainText('This server cannot write pdf yet.')
})
