import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import {
  addNoteByDoubleClick,
  canvas,
  createBoard,
  expectNoteAt,
  newPerson,
  noteTexts,
  shareLinks,
  useServer,
  waitConnected,
} from './journey.ts'

// The board's context menu and where paste lands: a facilitator right-clicks a note and
// duplicates it from the menu, opens the menu by keyboard (Shift+F10) and closes it with Escape,
// pastes from the menu where it was opened and with Ctrl+V under the pointer. A participant
// sees every copy arrive.
test.describe.configure({ mode: 'serial' })
const server = useServer()

let author: Page
let reader: Page

const menu = (page: Page) => page.getByRole('menu', { name: 'Kontextmenü' })

test('two people join; one with the clipboard allowed', async ({ browser }) => {
  author = await newPerson(browser)
  await author.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await createBoard(author, server.url, 'Kontextmenü')
  const links = await shareLinks(author)
  reader = await newPerson(browser)
  await reader.goto(links.edit)
  await waitConnected(reader)
  await addNoteByDoubleClick(author, 'Bürgeramt', { x: 400, y: 300 })
  await expect(await noteTexts(reader)).toHaveText(['Bürgeramt'])
})

test('right-click on a note: a menu of what applies, by arrow keys; Duplizieren', async () => {
  await canvas(author).click({ position: { x: 400, y: 300 }, button: 'right' })
  await expect(menu(author)).toBeVisible()
  const items = menu(author).getByRole('menuitem')
  await expect(items.first()).toHaveText(/Ausschneiden/)
  await expect(items.first()).toBeFocused()
  // Only what applies to one note: no connecting, no aligning.
  await expect(menu(author).getByRole('menuitem', { name: 'Verbinden' })).toHaveCount(0)
  await expect(menu(author).getByRole('menuitem', { name: 'Links ausrichten' })).toHaveCount(0)
  const axe = await new AxeBuilder({ page: author }).include('[role="menu"]').analyze()
  expect(axe.violations).toEqual([])

  await author.keyboard.press('End')
  await expect(items.last()).toBeFocused()
  await author.keyboard.press('ArrowDown')
  await expect(items.first()).toBeFocused()
  await author.keyboard.press('ArrowUp')
  await expect(items.last()).toBeFocused()
  const duplicate = menu(author).getByRole('menuitem', { name: /Duplizieren/ })
  for (
    let i = 0;
    i < 10 && !(await duplicate.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await author.keyboard.press('ArrowDown')
  }
  await expect(duplicate).toBeFocused()
  await author.keyboard.press('Enter')
  await expect(menu(author)).toHaveCount(0)
  await expect(canvas(author)).toBeFocused()
  await expect(await noteTexts(reader)).toHaveText(['Bürgeramt', 'Bürgeramt'])
})

test('Shift+F10 opens it for the selection; Escape closes it and the canvas has the focus', async () => {
  await canvas(author).focus()
  await author.keyboard.press('Shift+F10')
  await expect(menu(author)).toBeVisible()
  await expect(menu(author).getByRole('menuitem').first()).toBeFocused()
  await author.keyboard.press('Escape')
  await expect(menu(author)).toHaveCount(0)
  await expect(canvas(author)).toBeFocused()

  // A click outside closes it too.
  await author.keyboard.press('Shift+F10')
  await expect(menu(author)).toBeVisible()
  await author.getByRole('heading', { level: 1 }).click()
  await expect(menu(author)).toHaveCount(0)
})

test('paste from the menu lands where it was opened; Ctrl+V under the pointer', async () => {
  await canvas(author).click({ position: { x: 400, y: 300 } })
  await author.keyboard.press('Control+c')

  await canvas(author).click({ position: { x: 700, y: 450 }, button: 'right' })
  await expect(menu(author).getByRole('menuitem')).toHaveText([
    /Einfügen/,
    /Alles auswählen/,
    /Alles zeigen/,
  ])
  await menu(author)
    .getByRole('menuitem', { name: /Einfügen/ })
    .click()
  await expect(await noteTexts(reader)).toHaveCount(3)
  await expectNoteAt(author, 700, 450, 'Bürgeramt')

  const box = await canvas(author).boundingBox()
  if (!box) throw new Error('no canvas')
  await author.mouse.move(box.x + 330, box.y + 520)
  await author.keyboard.press('Control+v')
  await expect(await noteTexts(reader)).toHaveCount(4)
  await expectNoteAt(author, 330, 520, 'Bürgeramt')
})
