import { expect, test } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import {
  addNoteByDoubleClick,
  canvas,
  createBoard,
  dragOnCanvas,
  expectNoteAt,
  freeMiddle,
  newPerson,
  noteTexts,
  useServer,
  boardMenu,
  openMenu,
  waitConnected,
} from './journey.ts'

// Navigation on the canvas: marquee selection, board search, the minimap. Where notes are is
// checked the way a person would: double-clicking a spot opens the note lying there.
const server = useServer()

test('a marquee selects two of three notes; dragging one moves both', async ({ browser }) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Auswahlrahmen')
  await addNoteByDoubleClick(page, 'Bauamt', { x: 400, y: 300 }) // 310..490
  await addNoteByDoubleClick(page, 'Kämmerei', { x: 650, y: 300 }) // 560..740
  await addNoteByDoubleClick(page, 'Schulamt', { x: 950, y: 300 }) // 860..1040

  await dragOnCanvas(page, [280, 180], [800, 450]) // around the first two, not the third
  await dragOnCanvas(page, [400, 300], [400, 550]) // grab the first: both go down by 250
  await expectNoteAt(page, 400, 550, 'Bauamt')
  await expectNoteAt(page, 650, 550, 'Kämmerei')
  await expectNoteAt(page, 950, 300, 'Schulamt') // left where it was
  await expect(await noteTexts(page)).toHaveCount(3)
})

test('Ctrl+F finds notes by text, counts them, and Enter centres the next one', async ({
  browser,
}) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Suche')
  await addNoteByDoubleClick(page, 'Stadtwerke', { x: 400, y: 300 })
  await addNoteByDoubleClick(page, 'Ordnungsamt', { x: 700, y: 300 })
  await addNoteByDoubleClick(page, 'Stadtbibliothek', { x: 400, y: 600 })
  // Move the view far away from all of them (the hand tool).
  await page.keyboard.press('h')
  await dragOnCanvas(page, [900, 600], [100, 100])
  await dragOnCanvas(page, [900, 600], [100, 100])
  await page.keyboard.press('v')

  await canvas(page).focus()
  await page.keyboard.press('Control+f')
  const search = page.getByRole('searchbox', { name: 'Auf dem Board suchen' })
  await expect(search).toBeFocused()
  await search.fill('STADT')
  await expect(page.getByText('1 von 2')).toBeVisible()
  // The first match in reading order is centred in the part of the view nothing covers.
  const middle = await freeMiddle(page)
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])
  await search.press('Enter')
  await expect(page.getByText('2 von 2')).toBeVisible()
  await search.press('Shift+Enter')
  await expect(page.getByText('1 von 2')).toBeVisible()
  await search.press('Escape')
  await expect(search).toHaveCount(0)
  await expectNoteAt(page, middle.x, middle.y, 'Stadtwerke')

  await page.keyboard.press('Control+f')
  await page.getByRole('searchbox', { name: 'Auf dem Board suchen' }).fill('amt')
  await expect(page.getByText('1 von 1')).toBeVisible()
  await page.keyboard.press('Escape')
  await expectNoteAt(page, middle.x, middle.y, 'Ordnungsamt')
})

test('the minimap is off until turned on in the board menu; a click on it moves the view there; the choice is remembered', async ({
  browser,
}) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Übersicht')
  const box = (await canvas(page).boundingBox())!
  const middle = { x: box.width / 2, y: box.height / 2 }
  await addNoteByDoubleClick(page, 'Mitte', middle)

  const minimap = page.getByTestId('minimap')
  await expect(minimap).toHaveCount(0)
  const setting = (await openMenu(page, /^Board-Menü$/)).getByRole('menuitemcheckbox', {
    name: 'Übersichtskarte zeigen',
  })
  await expect(setting).toHaveAttribute('aria-checked', 'false')
  await setting.click()
  // A setting leaves the menu open, so several can be changed in one go.
  await expect(setting).toHaveAttribute('aria-checked', 'true')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)

  await expect(minimap).toBeVisible()
  await minimap.click({ position: { x: 4, y: 4 } }) // far to the top left of everything
  await expectNoteAt(page, middle.x, middle.y, '') // the note is no longer in the middle
  await expect(await noteTexts(page)).toHaveCount(2)

  await page.reload()
  await waitConnected(page)
  await expect(minimap).toBeVisible()
  await boardMenu(page, 'Übersichtskarte zeigen', 'menuitemcheckbox')
  await expect(minimap).toHaveCount(0)
})
