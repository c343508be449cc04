import { expect, test, type Page } from '@playwright/test'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import {
  canvas,
  createBoard,
  dragOnCanvas,
  listView,
  newPerson,
  noteEditor,
  pageErrors,
  shareLinks,
  waitConnected,
  closeListView,
} from './journey.ts'

// Element kinds and tools: a facilitator draws text, shapes, a frame and a pen stroke; a
// participant sees each of them, and moving a frame carries the note inside it for both.
// Both join the empty board, so both views start alike (100 %, same place): the same canvas
// point is the same board point for both of them.
test.describe.configure({ mode: 'serial' })

let server: RunningServer
let facilitator: Page
let participant: Page

test.beforeAll(async () => {
  server = await startServer()
})

test.afterAll(async () => {
  await server?.cleanup()
})

test.afterEach(() => {
  expect(pageErrors).toEqual([])
})

function tool(page: Page, name: string) {
  return page.getByRole('group', { name: 'Werkzeug' }).getByRole('button', { name, exact: true })
}

/**
 * The list view's entries by accessible name: type and text (notes: text and colour). The list
 * is closed again afterwards, because it narrows the canvas and shifts the view.
 */
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

test('both join the empty board', async ({ browser }) => {
  facilitator = await newPerson(browser)
  await createBoard(facilitator, server.url, 'Formen und Rahmen')
  const links = await shareLinks(facilitator)
  participant = await newPerson(browser)
  await participant.goto(links.edit)
  await waitConnected(participant)
})

test('a text block, a rectangle with a label, an ellipse by its key and a pen stroke', async () => {
  const page = facilitator
  // Text: pick the tool, click, type.
  await tool(page, 'Text').click()
  await expect(tool(page, 'Text')).toHaveAttribute('aria-pressed', 'true')
  await canvas(page).click({ position: { x: 300, y: 80 } })
  const textField = page.getByRole('textbox', { name: 'Text', exact: true })
  await expect(textField).toBeFocused()
  await page.keyboard.type('Agenda')
  await page.keyboard.press('Escape')
  await expect(textField).toHaveCount(0)
  // Back to the select tool after creating.
  await expect(tool(page, 'Auswählen')).toHaveAttribute('aria-pressed', 'true')

  // Rectangle: drawn by a drag, then its label typed after a double-click.
  await tool(page, 'Rechteck').click()
  await dragOnCanvas(page, [250, 200], [450, 320])
  await canvas(page).dblclick({ position: { x: 350, y: 260 } })
  const label = page.getByRole('textbox', { name: 'Beschriftung der Form' })
  await expect(label).toBeFocused()
  await page.keyboard.type('Verwaltung')
  await page.keyboard.press('Escape')

  // Ellipse with the keyboard: O on the canvas picks the tool.
  await canvas(page).focus()
  await page.keyboard.press('o')
  await expect(tool(page, 'Ellipse')).toHaveAttribute('aria-pressed', 'true')
  await canvas(page).click({ position: { x: 350, y: 450 } })

  // Pen: a drawn line.
  await tool(page, 'Stift').click()
  await dragOnCanvas(page, [250, 600], [480, 640], 12)

  const expected = ['Text: Agenda', 'Rechteck: Verwaltung', 'Ellipse', 'Freihandzeichnung']
  await expect.poll(() => entries(facilitator)).toEqual(expected)
  await expect.poll(() => entries(participant)).toEqual(expected)
})

test('the eraser takes the pen stroke away, and undo brings it back', async () => {
  const page = facilitator
  await tool(page, 'Radierer').click()
  await dragOnCanvas(page, [360, 580], [360, 690])
  await expect.poll(() => entries(participant)).not.toContain('Freihandzeichnung')
  await page.getByRole('button', { name: 'Rückgängig' }).click()
  await expect.poll(() => entries(participant)).toContain('Freihandzeichnung')
  await tool(page, 'Auswählen').click()
})

test('a frame with a note inside: moving the frame moves the note, for both people', async () => {
  const page = facilitator
  await tool(page, 'Rahmen').click()
  await dragOnCanvas(page, [500, 100], [950, 500])
  // Its title, typed after a double-click on the title band.
  await canvas(page).dblclick({ position: { x: 600, y: 115 } })
  await expect(page.getByRole('textbox', { name: 'Titel des Rahmens' })).toBeFocused()
  await page.keyboard.type('Schritt 1')
  await page.keyboard.press('Enter')
  // A note inside (double-click on the frame's empty inside).
  await canvas(page).dblclick({ position: { x: 700, y: 320 } })
  await expect(noteEditor(page)).toBeFocused()
  await page.keyboard.type('Bürgerbüro')
  await page.keyboard.press('Escape')

  await expect.poll(() => entries(participant)).toContain('Rahmen: Schritt 1')
  await expect.poll(() => entries(participant)).toContain('Bürgerbüro, Gelb')

  // The participant drags the frame by its title band, 200 to the right and 100 down.
  await dragOnCanvas(participant, [520, 115], [720, 215])

  // Both find the note 200 right and 100 down of where it was: a double-click there edits it.
  for (const person of [participant, facilitator]) {
    await canvas(person).dblclick({ position: { x: 900, y: 420 } })
    await expect(noteEditor(person)).toHaveValue('Bürgerbüro')
    await person.keyboard.press('Escape')
  }

  // The frames navigator lists it.
  await facilitator.getByRole('button', { name: 'Rahmen (1)' }).click()
  await expect(
    facilitator.getByRole('navigation', { name: 'Rahmen des Boards' }).getByRole('button', {
      name: 'Schritt 1',
    }),
  ).toBeVisible()
})
