import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test'
import { startServer, type RunningServer, type StartServerOptions } from '../helpers/startServer.ts'

/** Steps of the browser journeys, in the words a person would use (German UI). */

/** Uncaught errors in any page of the journey; a spec checks it stays empty. */
export const pageErrors: string[] = []

/**
 * A person with their own browser (a fresh context: own storage, own tabs). They have been on
 * a board before and gave `name` (no name dialog); `name: null` is a first visit.
 */
export async function newPerson(
  browser: Browser,
  { name = 'Testperson' }: { name?: string | null } = {},
): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE' })
  if (name !== null) await rememberName(context, name)
  const page = await context.newPage()
  page.on('pageerror', (err) => pageErrors.push(err.message))
  return page
}

/** This browser already knows the person's display name, so boards open without asking. */
export async function rememberName(context: BrowserContext, name = 'Testperson'): Promise<void> {
  await context.addInitScript((n) => {
    if (!localStorage.getItem('werkraum.presence.name')) {
      localStorage.setItem('werkraum.presence.name', n)
    }
  }, name)
}

export async function waitConnected(page: Page): Promise<void> {
  // The indicator (its title is the full message; a live region may say the same).
  await expect(page.getByTitle('Verbunden', { exact: true })).toBeVisible()
}

/** Creates a board on the start page and lands on it as facilitator. Returns the board id. */
export async function createBoard(page: Page, baseUrl: string, title: string): Promise<string> {
  await page.goto(baseUrl)
  await page.getByLabel('Titel des Boards').fill(title)
  await page.getByRole('button', { name: 'Board anlegen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByText('Ihr Recht: Moderieren')).toBeVisible()
  await waitConnected(page)
  const id = /\/b\/([^/#?]+)/.exec(page.url())?.[1]
  if (!id) throw new Error(`not on a board: ${page.url()}`)
  return id
}

export function canvas(page: Page): Locator {
  return page.getByLabel('Board-Fläche')
}

export function noteEditor(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Text der Notiz' })
}

/** Double-clicks empty canvas, types the text and ends editing with Escape. */
export async function addNoteByDoubleClick(
  page: Page,
  text: string,
  position: { x: number; y: number },
): Promise<void> {
  await canvas(page).dblclick({ position })
  await expect(noteEditor(page)).toBeFocused()
  await page.keyboard.type(text)
  await page.keyboard.press('Escape')
  await expect(noteEditor(page)).toHaveCount(0)
}

/**
 * The tool bar's "Notiz platzieren", then Enter on the board: a note on a free spot in the
 * middle of the view, open for typing.
 */
export async function placeNoteWithToolbar(page: Page): Promise<void> {
  await pickTool(page, 'Notiz platzieren')
  await canvas(page).press('Enter')
  await expect(noteEditor(page)).toBeFocused()
}

/** A note through the tool bar (placeNoteWithToolbar), then type and end editing. */
export async function addNoteWithToolbar(page: Page, text: string): Promise<void> {
  await placeNoteWithToolbar(page)
  await page.keyboard.type(text)
  await page.keyboard.press('Escape')
  await expect(noteEditor(page)).toHaveCount(0)
}

/** Picks a tool by its name in the tool bar (a button, or under "Weitere Werkzeuge"). */
export async function pickTool(page: Page, name: string): Promise<void> {
  const tools = page.getByRole('group', { name: 'Werkzeug', exact: true })
  const button = tools.getByRole('button', { name, exact: true })
  if ((await button.count()) > 0) {
    await button.click()
    return
  }
  await tools.getByRole('button', { name: 'Weitere Werkzeuge' }).click()
  await page.getByRole('menuitemradio', { name, exact: true }).click()
}

/** Chooses an entry of the tool bar's "Einfügen" menu ("Bild einfügen", "Vorlage einfügen" …). */
export async function insertFromMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Einfügen', exact: true }).click()
  await page.getByRole('menu', { name: 'Einfügen' }).getByRole('menuitem', { name: item }).click()
}

/** The bar beside the selection: colour, duplicate, delete, "Mehr …". */
export function selectionBar(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Auswahl' })
}

/** Gives the selection a colour through the selection bar's "Farbe" menu. */
export async function recolourSelection(page: Page, colour: string): Promise<void> {
  await selectionBar(page).getByRole('button', { name: 'Farbe', exact: true }).click()
  await page
    .getByRole('menu', { name: 'Farbe' })
    .getByRole('menuitemradio', { name: colour })
    .click()
  await page.keyboard.press('Escape')
}

/** Opens all properties and styles of the selection ("Mehr …") and returns the panel. */
export async function selectionProperties(page: Page): Promise<Locator> {
  await selectionBar(page).getByRole('button', { name: 'Mehr …' }).click()
  const panel = page.getByRole('group', { name: 'Stil und Anordnung der Auswahl' })
  await expect(panel).toBeVisible()
  return panel
}

/** The kinds of item a menu holds: commands, settings that are on or off, one of several. */
export type MenuItemRole = 'menuitem' | 'menuitemcheckbox' | 'menuitemradio'

/**
 * Opens the board menu (the ☰ "Board-Menü" in the header; on a phone the top bar's
 * "Weitere Funktionen") and chooses `item`: a command, or a setting (`role`).
 */
export async function boardMenu(
  page: Page,
  item: string | RegExp,
  role: MenuItemRole = 'menuitem',
): Promise<void> {
  await openMenu(page, /^(Board-Menü|Weitere Funktionen|Board menu|More)$/)
  await page.getByRole('menu').getByRole(role, { name: item, exact: true }).click()
}

/** Opens the facilitator's "Moderation" menu and chooses `item` ("Alle zu mir", "Präsentieren" …). */
export async function moderation(page: Page, item: string): Promise<void> {
  await openMenu(page, /^Moderation$/)
  await page.getByRole('menu').getByRole('menuitem', { name: item, exact: true }).click()
}

/** Opens the menu of the header's menu button named `name` and returns the open menu. */
export async function openMenu(page: Page, name: RegExp): Promise<Locator> {
  const button = page.getByRole('button', { name })
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click()
  const menu = page.getByRole('menu')
  await expect(menu).toBeVisible()
  return menu
}

/** Opens the list view (if closed) through the board menu and returns it. */
export async function listView(page: Page): Promise<Locator> {
  const list = page.getByRole('complementary', { name: 'Listenansicht' })
  if (!(await list.isVisible())) await boardMenu(page, 'Listenansicht')
  await expect(list).toBeVisible()
  return list
}

/** Closes the list view (if open) through the board menu, where it then says "schließen". */
export async function closeListView(page: Page): Promise<void> {
  const list = page.getByRole('complementary', { name: 'Listenansicht' })
  if (await list.isVisible()) await boardMenu(page, 'Listenansicht schließen')
  await expect(list).toBeHidden()
}

/**
 * The notes' texts, as the list view shows them: one per note, in reading order (frames with
 * their content first, then top to bottom, left to right; shared/board/readingOrder.ts).
 */
export async function noteTexts(page: Page): Promise<Locator> {
  const list = await listView(page)
  return list.getByRole('listitem').getByTestId('note-text')
}

/**
 * The notes' texts in the list view, sorted: for checks of which notes there are, where their
 * reading order depends on where each person's view put them. Use with `expect.poll`.
 */
export async function sortedNoteTexts(page: Page): Promise<string[]> {
  return (await (await noteTexts(page)).allTextContents()).sort()
}

/** Reads the share links from the share dialog (facilitators see all three). */
export async function shareLinks(
  page: Page,
): Promise<{ edit: string; view: string; facilitate: string }> {
  await page.getByRole('button', { name: 'Teilen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Board teilen' })
  await expect(dialog).toBeVisible()
  const read = (name: string): Promise<string> => dialog.getByRole('textbox', { name }).inputValue()
  const links = {
    edit: await read('Link zum Bearbeiten'),
    view: await read('Link zum Ansehen'),
    facilitate: await read('Link zum Moderieren'),
  }
  await dialog.getByRole('button', { name: 'Schließen' }).click()
  await expect(dialog).toBeHidden()
  return links
}

/**
 * Starts one real server for the spec file (stopped after it) and checks after each test that
 * no page threw. Read `url` inside tests: the server starts in beforeAll.
 */
export function useServer(options?: StartServerOptions): { readonly url: string } {
  let server: RunningServer | undefined
  test.beforeAll(async () => {
    server = await startServer(options)
  })
  test.afterAll(async () => {
    await server?.cleanup()
  })
  test.afterEach(() => {
    expect(pageErrors).toEqual([])
  })
  return {
    get url(): string {
      if (!server) throw new Error('the server has not started')
      return server.url
    },
  }
}

/** Presses at `from`, moves to `to` in `steps` and releases (canvas coordinates). */
export async function dragOnCanvas(
  page: Page,
  from: [number, number],
  to: [number, number],
  steps = 8,
): Promise<void> {
  const box = await canvas(page).boundingBox()
  if (!box) throw new Error('no canvas')
  await page.mouse.move(box.x + from[0], box.y + from[1])
  await page.mouse.down()
  await page.mouse.move(box.x + to[0], box.y + to[1], { steps })
  await page.mouse.up()
}

/**
 * The middle of the part of the canvas that no floating control covers (the toolbar on the left,
 * the zoom controls at the bottom): where the board centres what it shows, in canvas pixels.
 */
export async function freeMiddle(page: Page): Promise<{ x: number; y: number }> {
  const box = await canvas(page).boundingBox()
  const tools = await page.getByRole('group', { name: 'Werkzeuge', exact: true }).boundingBox()
  const zoom = await page.getByRole('group', { name: 'Zoom', exact: true }).boundingBox()
  if (!box || !tools || !zoom) throw new Error('canvas, toolbar or zoom controls not shown')
  // The board keeps 12 px beside the toolbar and 24 px above the zoom controls free as well.
  const left = tools.x + tools.width - box.x + 12
  const bottom = box.y + box.height - zoom.y + 24
  return { x: (left + box.width) / 2, y: (box.height - bottom) / 2 }
}

/**
 * Where a note is, checked the way a person would: double-clicking the spot opens the note with
 * `text` for editing ('' when nothing was there and a new one opened).
 */
export async function expectNoteAt(page: Page, x: number, y: number, text: string): Promise<void> {
  await canvas(page).dblclick({ position: { x, y } })
  await expect(noteEditor(page)).toHaveValue(text)
  await page.keyboard.press('Escape')
  await expect(noteEditor(page)).toHaveCount(0)
}

/**
 * The chooser that opens when a person card is let go on a role card ("Wie ist … an „…“
 * beteiligt?"): answers with a letter key, or Enter for the marked one (A for a new cell).
 */
export async function answerRaci(page: Page, letter: 'R' | 'A' | 'C' | 'I' | 'Enter' = 'Enter') {
  const chooser = page.getByRole('dialog', { name: /^Wie ist .* beteiligt\?$/ })
  await expect(chooser).toBeVisible()
  await page.keyboard.press(letter === 'Enter' ? 'Enter' : letter.toLowerCase())
  await expect(chooser).toHaveCount(0)
}
