import { expect, test } from '@playwright/test'
import {
  addNoteByDoubleClick,
  canvas,
  createBoard,
  dragOnCanvas,
  expectNoteAt,
  newPerson,
  noteEditor,
  noteTexts,
  useServer,
  closeListView,
} from './journey.ts'

// The canvas wired to the tools in a real browser: drag, resize, pan, zoom and the keys.
// Positions are checked the way a person would: double-clicking where the note should be now
// opens it for editing instead of creating a new one.
const server = useServer()

test('drag moves a note, the corner handle resizes it, the hand tool pans', async ({ browser }) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Interaktion')
  await addNoteByDoubleClick(page, 'Stadtwerke', { x: 400, y: 300 })

  await dragOnCanvas(page, [400, 300], [700, 300])
  await expectNoteAt(page, 700, 300, 'Stadtwerke') // now 610..790 × 210..390

  await canvas(page).click({ position: { x: 700, y: 300 } })
  await dragOnCanvas(page, [790, 390], [890, 490]) // the south-east handle
  await expectNoteAt(page, 870, 470, 'Stadtwerke')

  // Dragging empty canvas draws a marquee now (navigation.spec.ts); the hand tool (H) pans.
  await page.keyboard.press('h')
  await dragOnCanvas(page, [300, 600], [200, 600])
  await page.keyboard.press('v')
  await expectNoteAt(page, 770, 470, 'Stadtwerke')
  await expect(await noteTexts(page)).toHaveCount(1)
  // Close the list view again: it narrows the canvas and the points below would move.
  await closeListView(page)

  // Undo takes back the resize, all of it (one drag is one step); the view is not undone.
  await page.getByRole('button', { name: 'Rückgängig' }).click()
  await canvas(page).dblclick({ position: { x: 770, y: 470 } })
  await expect(noteEditor(page)).toHaveValue('') // outside the note again: a new one
  await page.keyboard.press('Escape')
})

test('keys: N creates, Enter edits, Delete removes, Ctrl+Z brings back; Space + drag pans', async ({
  browser,
}) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Tastatur')
  const texts = await noteTexts(page)

  await canvas(page).focus()
  await page.keyboard.press('n')
  await expect(noteEditor(page)).toBeFocused()
  await page.keyboard.type('Landkreis')
  await page.keyboard.press('Escape')
  await expect(canvas(page)).toBeFocused()
  await expect(texts).toHaveText(['Landkreis'])

  await page.keyboard.press('Enter') // the new note is still selected
  await expect(noteEditor(page)).toHaveValue('Landkreis')
  await page.keyboard.press('End')
  // N and Backspace in the text field are typing, not shortcuts.
  await page.keyboard.type(' Nord')
  await page.keyboard.press('Backspace')
  await page.keyboard.type('d')
  await page.keyboard.press('Escape')
  await expect(texts).toHaveText(['Landkreis Nord'])

  await page.keyboard.press('Delete')
  await expect(texts).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(texts).toHaveText(['Landkreis Nord'])

  // The note sits in the middle of the view; Space + drag over it pans instead of moving it.
  const box = (await canvas(page).boundingBox())!
  const middle = { x: box.width / 2, y: box.height / 2 }
  await canvas(page).focus()
  await page.keyboard.down(' ')
  await dragOnCanvas(page, [middle.x, middle.y], [middle.x - 300, middle.y])
  await page.keyboard.up(' ')
  await expect(texts).toHaveCount(1)
  await canvas(page).dblclick({ position: { x: middle.x, y: middle.y } })
  await expect(noteEditor(page)).toHaveValue('') // the view moved away from the note
})

test('Ctrl + wheel zooms around the pointer; the % button resets to 100 %', async ({ browser }) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Zoom')
  const readout = page.getByRole('button', { name: /auf 100 % zurücksetzen/ })
  await expect(readout).toHaveText('100 %')
  const box = (await canvas(page).boundingBox())!
  await page.mouse.move(box.x + 300, box.y + 300)
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -200)
  await page.keyboard.up('Control')
  await expect(readout).not.toHaveText('100 %')
  await readout.click()
  await expect(readout).toHaveText('100 %')
  await page.getByRole('button', { name: 'Vergrößern' }).click()
  await expect(readout).toHaveText('125 %')
})
