import { expect, test, type Page } from '@playwright/test'
import { pngBytes } from '../helpers/images.ts'
import {
  canvas,
  createBoard,
  listView,
  newPerson,
  noteEditor,
  shareLinks,
  useServer,
  waitConnected,
  closeListView,
  selectionBar,
} from './journey.ts'

// Every element type without a pointer (BITV 2.0 / WCAG 2.1.1): a facilitator picks each tool
// by its key and places the element with Enter in the middle of the view, names it, connects two
// notes with the arrow tool and makes the arrow elbowed in the style panel, and inserts a picture
// through the toolbar's button. A participant reads every one of them in the list view.
test.describe.configure({ mode: 'serial' })
const server = useServer()

let author: Page
let reader: Page

const announcement = (page: Page) => page.getByTestId('board-announcement')

/** The list view's entries as read out (type and text), then closed again. */
async function entries(page: Page): Promise<string[]> {
  const list = await listView(page)
  const names = await list
    .getByRole('listitem')
    .locator('.entry .visually-hidden')
    .allTextContents()
  await closeListView(page)
  await expect(list).toBeHidden()
  return names
}

/** On the canvas: the tool's key, Enter places; the text field opens; type; leave it. */
async function place(
  page: Page,
  key: string,
  field: string,
  text: string,
  said: string,
): Promise<void> {
  await canvas(page).focus()
  await page.keyboard.press(key)
  await page.keyboard.press('Enter')
  const textField = page.getByRole('textbox', { name: field, exact: true })
  await expect(textField).toBeFocused()
  await expect(announcement(page)).toHaveText(`${said} in der Mitte eingefügt und ausgewählt.`)
  await page.keyboard.type(text)
  await page.keyboard.press('Escape')
  await expect(textField).toHaveCount(0)
}

test('two people join the board', async ({ browser }) => {
  author = await newPerson(browser)
  await createBoard(author, server.url, 'Ohne Maus')
  const links = await shareLinks(author)
  reader = await newPerson(browser)
  await reader.goto(links.edit)
  await waitConnected(reader)
})

test('text, rectangle, ellipse, diamond and frame: key, Enter, type', async () => {
  await place(author, 't', 'Text', 'Agenda', 'Text')
  await place(author, 'r', 'Beschriftung der Form', 'Verwaltung', 'Rechteck')
  await place(author, 'o', 'Beschriftung der Form', 'Bürger:innen', 'Ellipse')
  await place(author, 'd', 'Beschriftung der Form', 'Entscheidung', 'Raute')
  await place(author, 'f', 'Titel des Rahmens', 'Schritt 1', 'Rahmen')
  // After each the select tool is back, so Enter edits the selected frame's title again.
  await expect(author.getByRole('button', { name: 'Auswählen', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  const expected = [
    'Ellipse: Bürger:innen',
    'Rahmen: Schritt 1',
    'Raute: Entscheidung',
    'Rechteck: Verwaltung',
    'Text: Agenda',
  ]
  // The list puts frames first (reading order), so compare without order.
  await expect.poll(async () => (await entries(reader)).sort()).toEqual(expected)
})

test('two notes joined by the arrow tool and Enter; elbow routing from the style panel', async () => {
  const page = author
  for (const text of ['Bürgeramt', 'Ordnungsamt']) {
    await canvas(page).focus()
    await page.keyboard.press('n')
    await expect(noteEditor(page)).toBeFocused()
    await page.keyboard.type(text)
    await page.keyboard.press('Escape')
    await expect(noteEditor(page)).toHaveCount(0)
  }
  // Both notes chosen in the list view: Shift+Enter on each (then moving on only shows).
  const list = await listView(page)
  await list.getByRole('button', { name: /^Bürgeramt/ }).focus()
  await page.keyboard.press('Shift+Enter')
  await list.getByRole('button', { name: /^Ordnungsamt/ }).focus()
  await page.keyboard.press('Shift+Enter')
  await expect(list.getByRole('status')).toHaveText('2 Elemente ausgewählt.')

  await canvas(page).focus()
  await page.keyboard.press('a')
  await expect(announcement(page)).toContainText('Pfeil gewählt')
  await page.keyboard.press('Enter')
  await expect(announcement(page)).toHaveText('Verbunden: Pfeil von „Bürgeramt“ zu „Ordnungsamt“')

  // The new arrow is selected: "Mehr …" beside it opens the style panel with its routing.
  const more = selectionBar(page).getByRole('button', { name: 'Mehr …' })
  await more.focus()
  await page.keyboard.press('Enter')
  const elbow = page.getByRole('group', { name: 'Verlauf' }).getByRole('button', {
    name: 'Gewinkelt',
  })
  await elbow.focus()
  await page.keyboard.press('Enter')
  await expect(elbow).toHaveAttribute('aria-pressed', 'true')

  await expect
    .poll(async () => (await entries(reader)).join(' | '))
    .toContain('Pfeil von „Bürgeramt“ zu „Ordnungsamt“')
})

test('a picture through the tool bar’s Einfügen menu, by keyboard', async () => {
  const page = author
  const button = page.getByRole('button', { name: 'Einfügen', exact: true })
  await button.focus()
  // Enter opens the menu on its first entry, "Bild einfügen"; Enter again picks it.
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menuitem', { name: 'Bild einfügen' })).toBeFocused()
  const chooser = page.waitForEvent('filechooser')
  await page.keyboard.press('Enter')
  await (
    await chooser
  ).setFiles({ name: 'Rathaus.png', mimeType: 'image/png', buffer: pngBytes(120, 80) })
  const list = await listView(reader)
  await expect(list.getByTestId('image-alt')).toHaveText(['Bild: Rathaus'])
})
