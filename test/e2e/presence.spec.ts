import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import {
  canvas,
  createBoard,
  listView,
  newPerson,
  noteEditor,
  shareLinks,
  useServer,
  waitConnected,
} from './journey.ts'

// Joining and presence with three people: names asked once, the participant list, cursors with
// name labels, selections and typing seen by the others, and following someone's view.
const server = useServer()

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

function nameDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Wie möchten Sie heißen?' })
}

/** Answers the name dialog of a first visit. */
async function giveName(page: Page, name: string): Promise<void> {
  const dialog = nameDialog(page)
  await expect(dialog).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Ihr Name' }).fill(name)
  await dialog.getByRole('button', { name: 'Zum Board' }).click()
  await expect(dialog).toBeHidden()
}

/** Opens the participant list from the header and returns it. */
async function participants(page: Page): Promise<Locator> {
  const toggle = page.getByRole('button', { name: /^Teilnehmende \(\d+\)$/ })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  const panel = page.getByRole('region', { name: 'Teilnehmende' })
  await expect(panel).toBeVisible()
  return panel
}

function cursorOf(page: Page, name: string): Locator {
  return page.getByTestId('remote-cursor').filter({ hasText: name })
}

/** Where a remote cursor's tip is, relative to the board canvas. */
async function cursorAt(page: Page, name: string): Promise<{ x: number; y: number }> {
  const [box, board] = await Promise.all([
    cursorOf(page, name).boundingBox(),
    canvas(page).boundingBox(),
  ])
  if (!box || !board) throw new Error(`no cursor of ${name}`)
  return { x: box.x - board.x, y: box.y - board.y }
}

/**
 * Where a remote cursor comes to rest: it glides to each new position (up to 450 ms,
 * client/src/lib/presence/interpolate.ts), so a read in between is on the way.
 */
async function settledCursorAt(page: Page, name: string): Promise<{ x: number; y: number }> {
  let last: { x: number; y: number } | undefined
  await expect
    .poll(async () => {
      const now = await cursorAt(page, name)
      const moved = last ? Math.hypot(now.x - last.x, now.y - last.y) : Infinity
      last = now
      return moved
    })
    .toBeLessThan(0.5)
  return last!
}

/** Moves the mouse over the board canvas to (x, y) in canvas pixels. */
async function pointAt(page: Page, x: number, y: number): Promise<void> {
  const board = await canvas(page).boundingBox()
  if (!board) throw new Error('no canvas')
  await page.mouse.move(board.x + x, board.y + y, { steps: 4 })
}

async function zoomPercent(page: Page): Promise<number> {
  const text = await page
    .getByRole('button', { name: /^Zoom \d+ %, auf 100 % zurücksetzen$/ })
    .innerText()
  return Number.parseInt(text, 10)
}

/**
 * A board with Anna (facilitator), Ben (edit) and Carla (view), all connected; with `color`,
 * each browser asks for that colour (as if each had been given it on another board).
 */
async function threePeople(browser: Browser, color?: string): Promise<Page[]> {
  const person = async (name: string): Promise<Page> => {
    const page = await newPerson(browser, { name })
    if (color !== undefined) {
      await page.context().addInitScript((c) => {
        localStorage.setItem('werkraum.presence.color', c)
      }, color)
    }
    return page
  }
  const anna = await person('Anna')
  await createBoard(anna, server.url, 'Ökosystem Musterstadt')
  const links = await shareLinks(anna)
  const ben = await person('Ben')
  await ben.goto(links.edit)
  await waitConnected(ben)
  const carla = await person('Carla')
  await carla.goto(links.view)
  await waitConnected(carla)
  return [anna, ben, carla]
}

test('each person is asked for a name once; the list shows names, rights and the count', async ({
  browser,
}) => {
  const yilmaz = await newPerson(browser, { name: null })
  await createBoard(yilmaz, server.url, 'Digitales Ökosystem')
  await expect(nameDialog(yilmaz).getByRole('textbox', { name: 'Ihr Name' })).toHaveValue(
    /^Gast \d\d$/,
  )
  expect(await violations(yilmaz)).toEqual([])
  await giveName(yilmaz, 'Frau Yilmaz')
  const links = await shareLinks(yilmaz)

  const krause = await newPerson(browser, { name: null })
  await krause.goto(links.edit)
  await giveName(krause, 'Herr Krause')
  const adebayo = await newPerson(browser, { name: null })
  await adebayo.goto(links.view)
  await expect(nameDialog(adebayo)).toBeVisible()
  await adebayo.getByRole('textbox', { name: 'Ihr Name' }).fill('Frau Adebayo')
  await adebayo.keyboard.press('Enter')
  await expect(nameDialog(adebayo)).toBeHidden()

  const list = await participants(yilmaz)
  await expect(list.getByText('3 Personen auf dem Board')).toBeVisible()
  await expect(yilmaz.getByRole('button', { name: 'Teilnehmende (3)' })).toBeVisible()
  const rows = list.getByRole('listitem')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(0)).toContainText('Frau Yilmaz (Sie)')
  await expect(rows.nth(0)).toContainText('Moderieren · online')
  await expect(rows.filter({ hasText: 'Herr Krause' })).toContainText('Bearbeiten · online')
  await expect(rows.filter({ hasText: 'Frau Adebayo' })).toContainText('Ansehen · online')
  expect(await violations(yilmaz)).toEqual([])

  // Coming back does not ask again, and the others see the same name.
  await krause.reload()
  await waitConnected(krause)
  await expect(krause.getByRole('heading', { level: 1, name: 'Digitales Ökosystem' })).toBeVisible()
  await expect(nameDialog(krause)).toHaveCount(0)
  await expect(rows.filter({ hasText: 'Herr Krause' })).toHaveCount(1)
  const own = await participants(krause)
  await expect(own.getByRole('listitem').first()).toContainText('Herr Krause (Sie)')

  // Renaming from the list: the others see the new name.
  await own.getByRole('button', { name: 'Name ändern' }).click()
  const dialog = nameDialog(krause)
  await expect(dialog.getByRole('textbox', { name: 'Ihr Name' })).toHaveValue('Herr Krause')
  await dialog.getByRole('textbox', { name: 'Ihr Name' }).fill('Jens Krause')
  await dialog.getByRole('button', { name: 'Speichern' }).click()
  await expect(rows.filter({ hasText: 'Jens Krause' })).toContainText('Bearbeiten')
  await expect(rows.filter({ hasText: 'Herr Krause' })).toHaveCount(0)

  // Leaving: the count goes down for the others.
  await adebayo.close()
  await expect(list.getByText('2 Personen auf dem Board')).toBeVisible()
})

test('the others see my cursor with my name, what I select and where I type', async ({
  browser,
}) => {
  const [anna, ben, carla] = (await threePeople(browser)) as [Page, Page, Page]

  await pointAt(anna, 300, 250)
  for (const other of [ben, carla]) await expect(cursorOf(other, 'Anna')).toBeVisible()
  const before = await settledCursorAt(ben, 'Anna')
  await pointAt(anna, 500, 250)
  // Same zoom on both (a new, empty board opens at 100 %): the cursor moves as far as Anna's.
  await expect.poll(async () => (await cursorAt(ben, 'Anna')).x - before.x).toBeCloseTo(200, -1)
  await expect.poll(async () => (await cursorAt(ben, 'Anna')).y - before.y).toBeCloseTo(0, -1)

  // Typing: an indicator on the note for the others, and in the participant list.
  await canvas(anna).dblclick({ position: { x: 400, y: 300 } })
  await expect(noteEditor(anna)).toBeFocused()
  await anna.keyboard.type('Bürgeramt')
  await expect(ben.getByText('Anna schreibt …')).toBeVisible()
  const list = await participants(carla)
  await expect(list.getByRole('listitem').filter({ hasText: 'Anna' })).toContainText(
    'schreibt gerade',
  )
  // In words for screen readers: the list view says it at the note.
  const carlasList = await listView(carla)
  await expect(
    carlasList.getByRole('listitem').filter({ hasText: 'Hier schreibt gerade: Anna' }),
  ).toContainText('Bürgeramt')
  await anna.keyboard.press('Escape')
  await expect(ben.getByText('Anna schreibt …')).toHaveCount(0)
  await expect(carlasList.getByText('Hier schreibt gerade: Anna')).toHaveCount(0)

  // The note Anna still has selected is outlined for Ben, tagged with her name.
  const outline = ben.getByTestId('remote-selection').filter({ hasText: 'Anna' })
  await expect(outline).toBeVisible()
  await expect(outline).toHaveCSS('border-top-color', /^rgb\(/)
  await anna.keyboard.press('Escape')
  await expect(outline).toHaveCount(0)

  // Anna's pointer leaves the board: her cursor goes away for the others.
  await anna.mouse.move(5, 5)
  await expect(cursorOf(ben, 'Anna')).toHaveCount(0)
})

test('following someone: my view follows theirs until I move it myself', async ({ browser }) => {
  const [anna, ben] = (await threePeople(browser)) as [Page, Page, Page]
  // Her view fitted into Ben's screen (a facilitator's header may be taller, her canvas lower).
  const [a, b] = await Promise.all([canvas(anna).boundingBox(), canvas(ben).boundingBox()])
  if (!a || !b) throw new Error('no canvas')
  const fit = Math.min(b.width / a.width, b.height / a.height)

  // Ben looks elsewhere first, so following is visible.
  await canvas(ben).focus()
  await ben.keyboard.press('-')
  await expect.poll(() => zoomPercent(ben)).toBeLessThan(100)

  const list = await participants(ben)
  await list.getByRole('button', { name: 'Anna folgen' }).click()
  await expect(ben.getByText('Sie folgen Anna.', { exact: true })).toBeVisible()
  await expect(ben.getByTestId('board-announcement')).toContainText('Sie folgen Anna')
  await expect(list.getByRole('button', { name: 'Anna nicht mehr folgen' })).toBeVisible()
  await expect.poll(() => zoomPercent(ben)).toBe(Math.round(100 * fit))

  // Anna zooms and pans: Ben's view goes along; he sees her pointer where she has it.
  await canvas(anna).focus()
  await anna.keyboard.press('+')
  await expect.poll(() => zoomPercent(anna)).toBe(125)
  await pointAt(anna, 640, 400)
  await anna.mouse.wheel(0, 240)
  await pointAt(anna, 700, 350)
  await expect.poll(() => zoomPercent(ben)).toBe(Math.round(125 * fit))
  await expect
    .poll(async () => (await cursorAt(ben, 'Anna')).x)
    .toBeCloseTo((700 - a.width / 2) * fit + b.width / 2, -1)
  await expect
    .poll(async () => (await cursorAt(ben, 'Anna')).y)
    .toBeCloseTo((350 - a.height / 2) * fit + b.height / 2, -1)

  // Ben pans himself: following stops and Anna's zoom no longer moves his view.
  await pointAt(ben, 640, 400)
  await ben.mouse.wheel(0, 200)
  await expect(ben.getByText('Sie folgen Anna.', { exact: true })).toHaveCount(0)
  await expect(ben.getByTestId('board-announcement')).toContainText('Sie folgen Anna nicht mehr')
  const seen = await settledCursorAt(ben, 'Anna')
  await anna.keyboard.press('+')
  await expect.poll(() => zoomPercent(anna)).toBe(156)
  await pointAt(anna, 600, 300)
  // Her newer state (pointer and view) has arrived, and Ben's view stayed where he put it.
  await expect.poll(async () => (await cursorAt(ben, 'Anna')).x).not.toBeCloseTo(seen.x, 0)
  expect(await zoomPercent(ben)).toBe(Math.round(125 * fit))

  // Following again, Escape ends it too.
  await (await participants(ben)).getByRole('button', { name: 'Anna folgen' }).click()
  await expect(ben.getByText('Sie folgen Anna.', { exact: true })).toBeVisible()
  await expect.poll(() => zoomPercent(ben)).toBe(Math.round(156.25 * fit))
  await canvas(ben).focus()
  await ben.keyboard.press('Escape')
  await expect(ben.getByText('Sie folgen Anna.', { exact: true })).toHaveCount(0)
})

/** The colour of someone's cursor label as `page` sees it. */
async function cursorColor(page: Page, name: string): Promise<string> {
  return cursorOf(page, name)
    .locator('.label')
    .evaluate((label) => getComputedStyle(label).backgroundColor)
}

test('everyone has a colour of their own, even when their browsers all ask for the same one', async ({
  browser,
}) => {
  const [anna, ben, carla] = (await threePeople(browser, '#1a5fb4')) as [Page, Page, Page]
  await pointAt(anna, 300, 250)
  await pointAt(ben, 500, 250)
  await expect(cursorOf(carla, 'Anna')).toBeVisible()
  await expect(cursorOf(carla, 'Ben')).toBeVisible()
  const annas = await cursorColor(carla, 'Anna')
  const bens = await cursorColor(carla, 'Ben')
  expect(annas).not.toBe(bens)
  // The same colour for everyone who sees it.
  await pointAt(carla, 400, 400)
  await expect(cursorOf(anna, 'Carla')).toBeVisible()
  await expect(cursorOf(ben, 'Anna')).toBeVisible()
  expect(await cursorColor(ben, 'Anna')).toBe(annas)
  const carlas = await cursorColor(anna, 'Carla')
  expect([annas, bens]).not.toContain(carlas)
  // Each one's own avatar in the header (me first) has the colour the others see.
  const ownDot = carla
    .getByRole('button', { name: /^Teilnehmende/ })
    .locator('.avatar')
    .first()
  await expect
    .poll(() => ownDot.evaluate((dot) => getComputedStyle(dot).backgroundColor))
    .toBe(carlas)
})

test("a viewer's selection is shown to nobody; an editor's is", async ({ browser }) => {
  const [anna, ben, carla] = (await threePeople(browser)) as [Page, Page, Page]
  await canvas(anna).dblclick({ position: { x: 400, y: 300 } })
  await anna.keyboard.type('Bürgeramt')
  // The note has reached both once they see Anna typing in it.
  for (const page of [ben, carla]) await expect(page.getByText('Anna schreibt …')).toBeVisible()
  await anna.keyboard.press('Escape')
  await anna.keyboard.press('Escape')

  // Ben selects the note: Anna sees his outline.
  await canvas(ben).click({ position: { x: 400, y: 300 } })
  const bensOutline = anna.getByTestId('remote-selection').filter({ hasText: 'Ben' })
  await expect(bensOutline).toBeVisible()

  // Carla, with the view link, selects it too, then points elsewhere: Anna sees her pointer
  // arrive there (sent after the selection), but never an outline of hers.
  await pointAt(carla, 200, 420)
  await expect(cursorOf(anna, 'Carla')).toBeVisible()
  const before = await settledCursorAt(anna, 'Carla')
  await canvas(carla).click({ position: { x: 400, y: 300 } })
  await pointAt(carla, 650, 420)
  // Same zoom on both: the pointer moved 450 pixels for Anna too.
  await expect
    .poll(async () => (await settledCursorAt(anna, 'Carla')).x - before.x)
    .toBeCloseTo(450, -1)
  await expect(anna.getByTestId('remote-selection').filter({ hasText: 'Carla' })).toHaveCount(0)
  await expect(ben.getByTestId('remote-selection').filter({ hasText: 'Carla' })).toHaveCount(0)
  await expect(bensOutline).toBeVisible()
})

test('the facilitator renames the board; everyone sees the new title at once', async ({
  browser,
}) => {
  const [anna, ben] = (await threePeople(browser)) as [Page, Page, Page]
  // Only the facilitator has the pencil.
  await expect(ben.getByRole('button', { name: 'Board umbenennen' })).toHaveCount(0)

  const rename = anna.getByRole('button', { name: 'Board umbenennen' })
  await rename.focus()
  await anna.keyboard.press('Enter')
  const field = anna.getByRole('textbox', { name: 'Titel des Boards' })
  await expect(field).toBeFocused()
  await expect(field).toHaveValue('Ökosystem Musterstadt')
  // Escape leaves it as it was, and the focus goes back to the pencil.
  await field.fill('Verworfen')
  await field.press('Escape')
  await expect(anna.getByRole('heading', { level: 1, name: 'Ökosystem Musterstadt' })).toBeVisible()
  await expect(rename).toBeFocused()

  // An empty title is refused, said in a toast and as the field's description; it stays open.
  await anna.keyboard.press('Enter')
  await field.fill('   ')
  await field.press('Enter')
  await expect(anna.getByTestId('toast').filter({ hasText: '1 bis 200 Zeichen' })).toBeVisible()
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(field).toHaveAccessibleDescription(/1 bis 200 Zeichen/)
  await expect(field).toBeFocused()

  await field.fill('Digitales Ökosystem Musterstadt 2027')
  await field.press('Enter')
  for (const page of [anna, ben]) {
    await expect(
      page.getByRole('heading', { level: 1, name: 'Digitales Ökosystem Musterstadt 2027' }),
    ).toBeVisible()
  }
  await expect(rename).toBeFocused()
  await expect(ben).toHaveTitle(/Digitales Ökosystem Musterstadt 2027/)
  expect(await violations(anna)).toEqual([])

  // A double-click on the title opens the field too; after a reload the new title is there.
  await anna.getByRole('heading', { level: 1 }).dblclick()
  await expect(field).toBeFocused()
  await field.press('Escape')
  await ben.reload()
  await expect(
    ben.getByRole('heading', { level: 1, name: 'Digitales Ökosystem Musterstadt 2027' }),
  ).toBeVisible()
})
