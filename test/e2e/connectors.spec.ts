import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  addNoteByDoubleClick,
  canvas,
  createBoard,
  dragOnCanvas,
  listView,
  newPerson,
  noteTexts,
  shareLinks,
  useServer,
  waitConnected,
} from './journey.ts'

// Two people, one connector: drawn with the arrow tool by one, it follows its note and goes away
// with it for the other; undo brings both back. The list view is the readout a person (and a
// screen reader) checks: it names the arrow's ends and the way it runs on the board, derived from
// the same path the canvas draws.
const server = useServer()

async function arrowEntry(page: Page, name: string): Promise<Locator> {
  const list = await listView(page)
  return list.getByRole('button', { name, exact: true })
}

test('an arrow between two notes follows a moved note and goes away with a deleted one', async ({
  browser,
}) => {
  const facilitator = await newPerson(browser)
  await createBoard(facilitator, server.url, 'Meldewege')
  await addNoteByDoubleClick(facilitator, 'Bürgeramt', { x: 300, y: 250 })
  await addNoteByDoubleClick(facilitator, 'Ordnungsamt', { x: 700, y: 250 })
  const links = await shareLinks(facilitator)

  const participant = await newPerson(browser)
  await participant.goto(links.edit)
  await waitConnected(participant)
  await expect(await noteTexts(participant)).toHaveText(['Bürgeramt', 'Ordnungsamt'])

  // The arrow tool: press on one note, drag to the other, release.
  await facilitator.getByRole('button', { name: 'Pfeil', exact: true }).click()
  await expect(facilitator.getByRole('button', { name: 'Pfeil', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await dragOnCanvas(facilitator, [300, 250], [700, 250], 10)
  // Back to the select tool, with the new arrow selected.
  await expect(facilitator.getByRole('button', { name: 'Auswählen', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )

  const across = 'Pfeil von „Bürgeramt“ zu „Ordnungsamt“, nach rechts'
  // (The facilitator keeps the list view closed until the end: opening it narrows the canvas.)
  await expect(await arrowEntry(participant, across)).toBeVisible()

  // The facilitator drags "Ordnungsamt" down; the participant sees the arrow follow it.
  await dragOnCanvas(facilitator, [700, 250], [700, 480], 10)
  const downward = 'Pfeil von „Bürgeramt“ zu „Ordnungsamt“, nach rechts unten'
  await expect(await arrowEntry(participant, downward)).toBeVisible()
  await expect(await arrowEntry(participant, across)).toHaveCount(0)

  // A double-click on the arrow edits its label in place.
  await canvas(facilitator).dblclick({ position: { x: 500, y: 365 } })
  const labelField = facilitator.getByRole('textbox', { name: 'Beschriftung der Verbindung' })
  await expect(labelField).toBeFocused()
  await facilitator.keyboard.type('meldet')
  await facilitator.keyboard.press('Escape')
  await expect(labelField).toHaveCount(0)
  const labelled = 'Pfeil „meldet“ von „Bürgeramt“ zu „Ordnungsamt“, nach rechts unten'
  await expect(await arrowEntry(participant, labelled)).toBeVisible()

  // Deleting the note takes its arrow along, for both.
  await canvas(facilitator).click({ position: { x: 700, y: 480 } })
  await facilitator.keyboard.press('Delete')
  await expect(await noteTexts(participant)).toHaveText(['Bürgeramt'])
  await expect(await arrowEntry(participant, labelled)).toHaveCount(0)

  // One undo brings back the note and its arrow.
  await facilitator.getByRole('button', { name: 'Rückgängig' }).click()
  await expect(await noteTexts(participant)).toHaveText(['Bürgeramt', 'Ordnungsamt'])
  await expect(await arrowEntry(participant, labelled)).toBeVisible()
  await expect(await arrowEntry(facilitator, labelled)).toBeVisible()
})
