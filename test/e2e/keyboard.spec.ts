import { expect, test, type Page } from '@playwright/test'
import { boardMenu, canvas, createBoard, newPerson, noteEditor, useServer } from './journey.ts'

// Everything by keyboard (BITV 2.0 / WCAG 2.1.1): notes made with N, two of them chosen in the
// list view with Tab and Shift+Enter, connected with Ctrl+K; Ctrl+F is in the help and searches.
const server = useServer()

/** N makes a note in the middle of the view and opens it for typing; Escape ends typing. */
async function noteByKeyboard(page: Page, text: string): Promise<void> {
  await page.keyboard.press('n')
  await expect(noteEditor(page)).toBeFocused()
  await page.keyboard.type(text)
  await page.keyboard.press('Escape')
  await expect(noteEditor(page)).toHaveCount(0)
}

test('two notes chosen in the list view are connected with Ctrl+K', async ({ browser }) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Zuständigkeiten')
  await canvas(page).focus()
  await noteByKeyboard(page, 'Bürgeramt')
  await noteByKeyboard(page, 'Ordnungsamt')

  // The list view, opened by the skip button at the top; its heading takes the focus.
  await page.getByRole('button', { name: 'Zur Listenansicht springen' }).focus()
  await page.keyboard.press('Enter')
  const list = page.getByRole('complementary', { name: 'Listenansicht' })
  await expect(list.getByRole('heading', { name: 'Listenansicht' })).toBeFocused()
  const items = list.getByRole('listitem')
  await expect(items).toHaveCount(2)

  // Tab to the first item (selects it), Shift+Enter starts choosing several; Tab past its
  // edit and delete buttons to the second, Shift+Enter adds it.
  await page.keyboard.press('Tab')
  await expect(items.nth(0).getByRole('button').first()).toBeFocused()
  await page.keyboard.press('Shift+Enter')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(items.nth(1).getByRole('button').first()).toBeFocused()
  await page.keyboard.press('Shift+Enter')
  await expect(list.getByRole('status')).toHaveText('2 Elemente ausgewählt.')
  await expect(items.nth(0).getByRole('button').first()).toHaveAttribute('aria-current', 'true')
  await expect(items.nth(1).getByRole('button').first()).toHaveAttribute('aria-current', 'true')

  await page.keyboard.press('Control+k')
  await expect(items).toHaveCount(3)
  await expect(items.nth(2)).toContainText('Pfeil von „Bürgeramt“ zu „Ordnungsamt“')
  await expect(page.getByTestId('board-announcement')).toHaveText(
    'Verbunden: Pfeil von „Bürgeramt“ zu „Ordnungsamt“',
  )
  // The arrow's own buttons name its kind.
  await expect(
    items.nth(2).getByRole('button', { name: 'Pfeil „(ohne Text)“ löschen' }),
  ).toBeVisible()

  // One undo step takes the arrow away again.
  await page.keyboard.press('Control+z')
  await expect(items).toHaveCount(2)
})

test('Ctrl+F is listed in the help and opens the board search', async ({ browser }) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Suche')
  await canvas(page).focus()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog')
  await expect(help).toContainText('Auf dem Board suchen')
  await expect(help).toContainText('Strg+F')
  await page.keyboard.press('Escape')
  await canvas(page).focus()
  await page.keyboard.press('Control+f')
  await expect(page.getByRole('searchbox', { name: 'Auf dem Board suchen' })).toBeFocused()
})

test('Enter edits a text block too; the list names its kind on the buttons', async ({
  browser,
}) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Texte')
  await canvas(page).focus()
  await page.keyboard.press('t')
  await canvas(page).click({ position: { x: 400, y: 300 } })
  const textField = page.getByRole('textbox', { name: 'Text', exact: true })
  await expect(textField).toBeFocused()
  await page.keyboard.type('Agenda')
  await page.keyboard.press('Escape')
  await expect(textField).toHaveCount(0)

  await page.getByRole('button', { name: 'Zur Listenansicht springen' }).focus()
  await page.keyboard.press('Enter')
  const list = page.getByRole('complementary', { name: 'Listenansicht' })
  await expect(list.getByRole('button', { name: 'Text „Agenda“ bearbeiten' })).toBeVisible()
  await expect(list.getByRole('button', { name: 'Text „Agenda“ löschen' })).toBeVisible()

  // Chosen in the list, then Enter on the canvas opens it for typing.
  await page.keyboard.press('Tab')
  await expect(list.getByRole('listitem').first().getByRole('button').first()).toHaveAttribute(
    'aria-current',
    'true',
  )
  await canvas(page).focus()
  await page.keyboard.press('Enter')
  await expect(textField).toBeFocused()
  await page.keyboard.press('End')
  await page.keyboard.type(' 2026')
  await page.keyboard.press('Escape')
  await expect(list.getByRole('button', { name: 'Text „Agenda 2026“ löschen' })).toBeVisible()

  // Edited in the list, its field is named as on the canvas.
  await list.getByRole('button', { name: 'Text „Agenda 2026“ bearbeiten' }).focus()
  await page.keyboard.press('Enter')
  await expect(list.getByRole('textbox', { name: 'Text', exact: true })).toBeFocused()
})

test('closing a dialog or panel gives the focus back to where it came from; help opens at its top', async ({
  browser,
}) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Fokus')

  // Help from the canvas with ?: at its top, the focus on its heading; Escape: back to the canvas.
  await canvas(page).focus()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Tastenkürzel' })
  await expect(help.getByRole('heading', { level: 2 })).toBeFocused()
  expect(await help.evaluate((dialog) => dialog.scrollTop)).toBe(0)
  // It says in a few lines what the board is about.
  await expect(help.getByRole('heading', { name: 'Worum es auf dem Board geht' })).toBeInViewport()
  for (const term of ['Akteure', 'Beziehungen', 'Rollen', 'RACI', 'Prüfungen']) {
    await expect(help.getByRole('term').filter({ hasText: term })).toBeVisible()
  }
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expect(canvas(page)).toBeFocused()

  // Opened from a header button by keyboard, closed with Escape: back on that button.
  const share = page.getByRole('button', { name: 'Teilen', exact: true })
  await share.focus()
  await page.keyboard.press('Enter')
  const shareDialog = page.getByRole('dialog', { name: 'Board teilen' })
  await expect(shareDialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(shareDialog).toBeHidden()
  await expect(share).toBeFocused()

  // Opened from the board menu: back on the menu's button, the item having gone with the menu.
  await boardMenu(page, 'Exportieren')
  const exportDialog = page.getByRole('dialog', { name: 'Exportieren' })
  await expect(exportDialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(exportDialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Board-Menü' })).toBeFocused()

  // The side panel, closed with its own button (which goes away with it): back on the opener.
  const panels = page.getByRole('button', { name: /^Auswertung/, expanded: false })
  await panels.focus()
  await page.keyboard.press('Enter')
  const close = page.getByRole('button', { name: 'Auswertung schließen' })
  await close.focus()
  await page.keyboard.press('Enter')
  await expect(close).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Auswertung/ })).toBeFocused()

  // Search from the canvas: Escape gives the focus back to the canvas.
  await canvas(page).focus()
  await page.keyboard.press('Control+f')
  await expect(page.getByRole('searchbox', { name: 'Auf dem Board suchen' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(canvas(page)).toBeFocused()
})
