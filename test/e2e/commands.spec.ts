import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'
import {
  addNoteByDoubleClick,
  canvas,
  createBoard,
  expectNoteAt,
  listView,
  noteTexts,
  selectionProperties,
  sortedNoteTexts,
  pageErrors,
  rememberName,
  shareLinks,
  useServer,
  waitConnected,
  boardMenu,
} from './journey.ts'

// The commands of the action registry in a real browser: clipboard across boards and tabs,
// pasted lines, duplicate, the shortcut help, and undo after group and align with two people.
const server = useServer()

/** A person whose browser lets the page use the clipboard (as after saying yes to the prompt). */
async function personWithClipboard(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    locale: 'de-DE',
    permissions: ['clipboard-read', 'clipboard-write'],
  })
  await rememberName(context)
  const page = await context.newPage()
  page.on('pageerror', (err) => pageErrors.push(err.message))
  return page
}

async function clickCanvas(page: Page, x: number, y: number, shift = false): Promise<void> {
  await canvas(page).click({ position: { x, y }, modifiers: shift ? ['Shift'] : [] })
}

test('a copied note is pasted into another board in another tab', async ({ browser }) => {
  const first = await personWithClipboard(browser)
  await createBoard(first, server.url, 'Quelle')
  await addNoteByDoubleClick(first, 'Bürgerbüro', { x: 400, y: 300 })
  await clickCanvas(first, 400, 300)
  await first.keyboard.press('Control+c')

  const second = await first.context().newPage()
  second.on('pageerror', (err) => pageErrors.push(err.message))
  await createBoard(second, server.url, 'Ziel')
  await clickCanvas(second, 600, 400)
  await second.keyboard.press('Control+v')
  await expect(await noteTexts(second)).toHaveText(['Bürgerbüro'])
  // The source board is unchanged.
  await expect(await noteTexts(first)).toHaveText(['Bürgerbüro'])
})

test('pasting three lines of text makes three notes; Ctrl+D duplicates', async ({ browser }) => {
  const page = await personWithClipboard(browser)
  await createBoard(page, server.url, 'Einfügen')
  await page.evaluate(() => navigator.clipboard.writeText('Rathaus\nSchule\n\n  Bibliothek  \n'))
  await clickCanvas(page, 600, 400)
  await page.keyboard.press('Control+v')
  const texts = await noteTexts(page)
  await expect(texts).toHaveText(['Rathaus', 'Schule', 'Bibliothek'])

  // The pasted notes are selected: Ctrl+D copies all three (the list reads each copy next to
  // its original, since it lies just beside it).
  await canvas(page).focus()
  await page.keyboard.press('Control+d')
  await expect(texts).toHaveCount(6)
  await expect
    .poll(() => sortedNoteTexts(page))
    .toEqual(['Bibliothek', 'Bibliothek', 'Rathaus', 'Rathaus', 'Schule', 'Schule'])
  await page.keyboard.press('Control+z')
  await expect(texts).toHaveCount(3)
})

test('? lists the shortcuts in the current language; Escape closes it and focus returns', async ({
  browser,
}) => {
  const page = await personWithClipboard(browser)
  await createBoard(page, server.url, 'Hilfe')
  await canvas(page).focus()
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Tastenkürzel' })
  await expect(dialog).toBeVisible()
  for (const label of ['Duplizieren', 'Gruppieren', 'Rückgängig', 'Alles zeigen']) {
    await expect(dialog.getByText(label, { exact: true })).toBeVisible()
  }
  await expect(dialog.getByText('Strg+D', { exact: true })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(canvas(page)).toBeFocused()
  // The same list from the board menu.
  await boardMenu(page, 'Tastenkürzel und Hilfe')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Schließen' }).click()
  await expect(dialog).toBeHidden()
})

test('undo after group and align takes back only one’s own work', async ({ browser }) => {
  const facilitator = await personWithClipboard(browser)
  await createBoard(facilitator, server.url, 'Zwei Personen')
  const links = await shareLinks(facilitator)
  const participant = await personWithClipboard(browser)
  await participant.goto(links.edit)
  await waitConnected(participant)
  // Top right: clear of the toolbar, the minimap and the zoom controls.
  await addNoteByDoubleClick(participant, 'Von B', { x: 1000, y: 200 })

  await addNoteByDoubleClick(facilitator, 'Eins', { x: 300, y: 300 })
  await addNoteByDoubleClick(facilitator, 'Zwei', { x: 700, y: 420 })
  await clickCanvas(facilitator, 300, 300)
  await clickCanvas(facilitator, 700, 420, true)
  await facilitator.keyboard.press('Control+g')
  await facilitator.keyboard.press('Alt+w') // align top: "Zwei" moves up to 210..390
  await expectNoteAt(facilitator, 700, 240, 'Zwei')

  // The participant sees everything, their own note below.
  await expect(await noteTexts(participant)).toHaveText(['Von B', 'Eins', 'Zwei'])

  await facilitator.keyboard.press('Control+z') // the alignment
  await expectNoteAt(facilitator, 700, 480, 'Zwei')
  await facilitator.keyboard.press('Control+z') // the group
  await facilitator.keyboard.press('Control+z') // "Zwei"
  for (const page of [facilitator, participant]) {
    await expect(await noteTexts(page)).toHaveText(['Von B', 'Eins'])
  }
})

test('the style panel shows what applies to the selection and changes it in one undo step', async ({
  browser,
}) => {
  const page = await personWithClipboard(browser)
  await createBoard(page, server.url, 'Stil')
  await addNoteByDoubleClick(page, 'Kämmerei', { x: 400, y: 300 })
  await clickCanvas(page, 400, 300)
  // Nothing of it shows before "Mehr …" in the bar beside the selection.
  await expect(page.getByRole('group', { name: 'Notizgröße' })).toHaveCount(0)
  const panel = await selectionProperties(page)
  await expect(panel.getByRole('group', { name: 'Notizgröße' })).toBeVisible()
  // Lines and fonts do not apply to a note.
  await expect(panel.getByRole('group', { name: 'Linienstärke' })).toHaveCount(0)
  await panel
    .getByRole('group', { name: 'Notizfarbe' })
    .getByRole('button', { name: 'Blau' })
    .click()
  const list = await listView(page)
  await expect(list.getByRole('button', { name: 'Kämmerei, Blau' })).toBeVisible()
  await panel.getByText('Anordnen').click()
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([])
  await page.keyboard.press('Control+z')
  await expect(list.getByRole('button', { name: 'Kämmerei, Gelb' })).toBeVisible()
  // Escape closes the panel and gives the focus back to "Mehr …".
  await panel.getByRole('heading', { name: 'Eigenschaften' }).focus()
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(page.getByRole('button', { name: 'Mehr …' })).toBeFocused()
})
