import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  answerRaci,
  canvas,
  createBoard,
  dragOnCanvas,
  listView,
  newPerson,
  shareLinks,
  useServer,
  waitConnected,
  closeListView,
  selectionProperties,
} from './journey.ts'

// The typed cards of an ecosystem map and a role clarification, with two people: Frau Yilmaz
// adds actors by keyboard and by mouse and sets a category in the properties, joins two actors
// with a relation of a kind, and drags a person onto a role; Herr Krause reads all of it in his
// list view as it arrives.
test.describe.configure({ mode: 'serial' })
const server = useServer()
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

let facilitator: Page
let participant: Page

const announcement = (page: Page) => page.getByTestId('board-announcement')
/** The card's properties, opened from "Mehr …" beside the selection when not open yet. */
async function properties(page: Page): Promise<Locator> {
  const panel = page.locator('[data-card-properties]')
  if (!(await panel.isVisible())) await selectionProperties(page)
  await expect(panel).toBeVisible()
  return panel
}

/** What the list view says about every element, then closed again. */
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

/** Picks a card tool in the toolbar, clicks the canvas there and types the card's name. */
async function cardByMouse(page: Page, tool: string, at: [number, number], name: string) {
  await page.getByRole('button', { name: tool, exact: true }).click()
  await canvas(page).click({ position: { x: at[0], y: at[1] } })
  const field = page.getByRole('textbox', { name: /^(Name|Titel) auf der Karte$/ })
  await expect(field).toBeFocused()
  await page.keyboard.type(name)
  await page.keyboard.press('Escape')
  await expect(field).toHaveCount(0)
}

test('two people join the board', async ({ browser }) => {
  facilitator = await newPerson(browser, { name: 'Frau Yilmaz' })
  await createBoard(facilitator, server.url, 'Ökosystem Musterstadt')
  const links = await shareLinks(facilitator)
  participant = await newPerson(browser, { name: 'Herr Krause' })
  await participant.goto(links.edit)
  await waitConnected(participant)
})

test('an actor by keyboard: Shift+A, Enter, its name; the other person reads it', async () => {
  await canvas(facilitator).focus()
  await facilitator.keyboard.press('Shift+A')
  await facilitator.keyboard.press('Enter')
  const name = facilitator.getByRole('textbox', { name: 'Name auf der Karte', exact: true })
  await expect(name).toBeFocused()
  await expect(announcement(facilitator)).toHaveText(
    'Akteurskarte in der Mitte eingefügt und ausgewählt.',
  )
  await facilitator.keyboard.type('Volkshochschule')
  await facilitator.keyboard.press('Escape')
  await expect(name).toHaveCount(0)
  await expect
    .poll(() => entries(participant))
    .toEqual(['Akteur:in: Volkshochschule, noch keine Kategorie'])
})

test('an actor by mouse, its category picked as a chip right after naming; the other person sees it', async () => {
  await cardByMouse(facilitator, 'Akteur:in', [350, 200], 'Stadtwerke')
  // No category yet: the properties say so in the card's words and offer the categories.
  const chips = (await properties(facilitator)).getByRole('group', { name: 'Kategorie' })
  await expect(chips).toContainText('noch keine Kategorie')
  await expect
    .poll(() => entries(participant))
    .toContain('Akteur:in: Stadtwerke, noch keine Kategorie')
  await chips.getByRole('button', { name: 'Konzern Kommune' }).click()
  await expect(chips).toHaveCount(0)
  const category = (await properties(facilitator)).getByRole('combobox', { name: 'Kategorie' })
  await expect(category).toHaveValue('municipalGroup')
  await expect.poll(() => entries(participant)).toContain('Akteur:in: Stadtwerke, Konzern Kommune')
  // axe on the properties of an actor.
  const results = await new AxeBuilder({ page: facilitator })
    .include('[data-card-properties]')
    .withTags(TAGS)
    .analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})

test('a relation between two actors gets its kind; the other person reads the kind', async () => {
  await cardByMouse(facilitator, 'Akteur:in', [800, 200], 'Kommunales Rechenzentrum')
  await canvas(facilitator).click({ position: { x: 350, y: 200 } })
  await canvas(facilitator).click({ position: { x: 800, y: 200 }, modifiers: ['Shift'] })
  await facilitator.keyboard.press('ControlOrMeta+K')
  await expect(announcement(facilitator)).toContainText('Verbunden')
  // The line between them: selecting it offers the relation kinds.
  await canvas(facilitator).click({ position: { x: 575, y: 200 } })
  const kind = (await properties(facilitator)).getByRole('combobox', {
    name: 'Art der Beziehung',
  })
  await kind.selectOption({ label: 'liefert Daten an' })
  await expect
    .poll(async () => (await entries(participant)).some((e) => e.includes('liefert Daten an')))
    .toBe(true)
  const results = await new AxeBuilder({ page: facilitator })
    .include('[data-card-properties]')
    .withTags(TAGS)
    .analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})

test('a person dragged onto a role is asked for the letter and holds it; the other person sees the role held', async () => {
  await cardByMouse(facilitator, 'Rolle', [800, 480], 'Datenschutzbeauftragte:r')
  await cardByMouse(facilitator, 'Person oder Org.-Einheit', [350, 480], 'Anna Berg')
  await expect
    .poll(async () => (await entries(participant)).find((e) => e.startsWith('Rolle:')))
    .toBe('Rolle: Datenschutzbeauftragte:r, Rolle, unbesetzt')
  await dragOnCanvas(facilitator, [350, 480], [800, 480], 12)
  await answerRaci(facilitator, 'R')
  await expect(announcement(facilitator)).toHaveText(
    'Anna Berg ist jetzt bei „Datenschutzbeauftragte:r“ eingetragen: R, führt durch.',
  )
  await expect
    .poll(async () => (await entries(participant)).find((e) => e.startsWith('Rolle:')))
    .toBe('Rolle: Datenschutzbeauftragte:r, Rolle, besetzt von Anna Berg (R)')
  // One undo takes back the assignment with the seat, for everyone; the next one the drag.
  await canvas(facilitator).focus()
  await facilitator.keyboard.press('ControlOrMeta+Z')
  await expect
    .poll(async () => (await entries(participant)).find((e) => e.startsWith('Rolle:')))
    .toBe('Rolle: Datenschutzbeauftragte:r, Rolle, unbesetzt')
  await facilitator.keyboard.press('ControlOrMeta+Z')
  await expect
    .poll(() =>
      facilitator.evaluate(() => {
        const editor = (
          window as unknown as {
            __werkraum: { editor: { elements: readonly { kind: string; x: number; w: number }[] } }
          }
        ).__werkraum.editor
        const person = editor.elements.find((el) => el.kind === 'person')
        const role = editor.elements.find((el) => el.kind === 'role')
        return person && role ? person.x + person.w < role.x : null
      }),
    )
    .toBe(true)
})

test('a person joined to a role by a connector holds it; undo takes both back', async () => {
  const role = () => entries(participant).then((all) => all.find((e) => e.startsWith('Rolle:')))
  await canvas(facilitator).click({ position: { x: 350, y: 480 } })
  await canvas(facilitator).click({ position: { x: 800, y: 480 }, modifiers: ['Shift'] })
  await facilitator.keyboard.press('ControlOrMeta+K')
  await expect(announcement(facilitator)).toContainText('Verbunden')
  await expect.poll(role).toBe('Rolle: Datenschutzbeauftragte:r, Rolle, besetzt von Anna Berg (R)')
  await canvas(facilitator).focus()
  await facilitator.keyboard.press('ControlOrMeta+Z')
  await expect.poll(role).toBe('Rolle: Datenschutzbeauftragte:r, Rolle, unbesetzt')
})
