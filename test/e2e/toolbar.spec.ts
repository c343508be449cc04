import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  addNoteByDoubleClick,
  canvas,
  createBoard,
  insertFromMenu,
  listView,
  newPerson,
  recolourSelection,
  selectionBar,
  selectionProperties,
  shareLinks,
  useServer,
  waitConnected,
} from './journey.ts'
import { phonePerson } from './phone.ts'

// Frau Yilmaz at her laptop works with the floating tool bar and the bar beside a selection;
// Herr Krause joins from his phone by the edit link and works with the bottom bar, the
// selection bar above it, the bottom sheet and a long press.

const server = useServer()

type Box = { x: number; y: number; width: number; height: number }

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox()
  if (!b) throw new Error('not shown')
  return b
}

/** The screen rectangle (page pixels) of the only element of `kind` on the board. */
async function elementBox(page: Page, kind: string): Promise<Box> {
  const canvasBox = await box(canvas(page))
  const r = await page.evaluate((k) => {
    const { editor } = (
      window as unknown as {
        __werkraum: {
          editor: {
            session: { camera: { x: number; y: number; zoom: number } }
            board: { elements: { kind: string; x: number; y: number; w: number; h: number }[] }
          }
        }
      }
    ).__werkraum
    const el = editor.board.elements.find((e) => e.kind === k)
    if (!el) return null
    const { x, y, zoom } = editor.session.camera
    return { x: (el.x - x) * zoom, y: (el.y - y) * zoom, width: el.w * zoom, height: el.h * zoom }
  }, kind)
  if (!r) throw new Error(`no ${kind} on the board`)
  return { ...r, x: r.x + canvasBox.x, y: r.y + canvasBox.y }
}

/** The entries of the list view, as a screen reader hears them. */
async function entries(page: Page): Promise<string[]> {
  const list = await listView(page)
  return list.getByRole('listitem').locator('.entry .visually-hidden').allTextContents()
}

test('laptop: a floating tool bar with tooltips; colour, delete and more beside the selection', async ({
  browser,
}) => {
  const page = await newPerson(browser, { name: 'Frau Yilmaz' })
  await createBoard(page, server.url, 'Werkzeuge')
  const bar = page.getByRole('group', { name: 'Werkzeuge', exact: true })
  // One slim column at the left of the board, every tool an icon with its name and key.
  const barBox = await box(bar)
  const canvasBox = await box(canvas(page))
  expect(barBox.width).toBeLessThanOrEqual(48)
  expect(barBox.x - canvasBox.x).toBeLessThan(24)
  const select = bar.getByRole('button', { name: 'Auswählen', exact: true })
  await expect(select).toHaveAttribute('aria-keyshortcuts', 'V')
  await select.hover()
  await expect(page.getByText('Auswählen (V)', { exact: true })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByText('Auswählen (V)', { exact: true })).toBeHidden()
  // The tool lock is a toggle.
  const lock = bar.getByRole('button', { name: 'Werkzeug beibehalten' })
  await expect(lock).toHaveAttribute('aria-pressed', 'false')
  await lock.click()
  await expect(lock).toHaveAttribute('aria-pressed', 'true')
  await lock.click()

  // Nothing about a selection shows without one.
  await addNoteByDoubleClick(page, 'Kämmerei', { x: 500, y: 400 })
  await canvas(page).click({ position: { x: 20 + barBox.width + 200, y: 60 } })
  await expect(selectionBar(page)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Löschen', exact: true })).toHaveCount(0)

  // Selected: the bar floats beside the note without covering it.
  await canvas(page).click({ position: { x: 500, y: 400 } })
  await expect(selectionBar(page)).toBeVisible()
  const note = await elementBox(page, 'note')
  expect(overlap(await box(selectionBar(page)), note)).toBe(false)

  await recolourSelection(page, 'Blau')
  expect(await entries(page)).toContain('Kämmerei, Blau')

  // By keyboard: Tab from the board reaches the selection's colour.
  await canvas(page).focus()
  await page.keyboard.press('Tab')
  await expect(selectionBar(page).getByRole('button', { name: 'Farbe', exact: true })).toBeFocused()

  await selectionBar(page).getByRole('button', { name: 'Löschen', exact: true }).click()
  await expect.poll(() => entries(page)).not.toContain('Kämmerei, Blau')
  await expect(selectionBar(page)).toHaveCount(0)

  // "Einfügen" holds what is not drawn with a tool: here the roles catalogue.
  await insertFromMenu(page, 'Rollenkatalog …')
  await expect(page.getByRole('heading', { name: 'Rollen aus dem Katalog' })).toBeVisible()
})

test('laptop: Mehr … opens the properties beside the selection, never over it', async ({
  browser,
}) => {
  const page = await newPerson(browser, { name: 'Frau Yilmaz' })
  await createBoard(page, server.url, 'Eigenschaften')
  const canvasBox = await box(canvas(page))
  // A note at the right edge, where the panel opens.
  const at = { x: canvasBox.width - 120, y: 300 }
  await addNoteByDoubleClick(page, 'Kämmerei', at)
  await canvas(page).click({ position: at })
  await expect(selectionBar(page)).toBeVisible()
  await expect(page.getByRole('group', { name: 'Stil und Anordnung der Auswahl' })).toHaveCount(0)
  const panel = await selectionProperties(page)
  await expect(panel.getByRole('heading', { name: 'Eigenschaften' })).toBeFocused()
  await expect
    .poll(async () => overlap(await box(panel), await elementBox(page, 'note')))
    .toBe(false)
  expect(overlap(await box(selectionBar(page)), await box(panel))).toBe(false)
  // Closing gives the focus back to "Mehr …".
  await panel.getByRole('button', { name: 'Eigenschaften schließen' }).click()
  await expect(panel).toBeHidden()
  await expect(selectionBar(page).getByRole('button', { name: 'Mehr …' })).toBeFocused()
})

/** Every visible button in `scope` lies fully on the screen. */
async function expectOnScreen(page: Page, scope: Locator): Promise<void> {
  const size = page.viewportSize()
  if (!size) throw new Error('no viewport')
  for (const button of await scope.getByRole('button').all()) {
    if (!(await button.isVisible())) continue
    const b = await box(button)
    const name = await button.getAttribute('aria-label')
    expect({ name, left: b.x >= 0, right: b.x + b.width <= size.width }).toEqual({
      name,
      left: true,
      right: true,
    })
    expect(b.y + b.height).toBeLessThanOrEqual(size.height)
  }
}

test('phone: join by the edit link, add an actor card from the bottom bar, recolour it, long-press, delete', async ({
  browser,
}) => {
  const laptop = await newPerson(browser, { name: 'Frau Yilmaz' })
  await createBoard(laptop, server.url, 'Vom Telefon')
  const links = await shareLinks(laptop)
  const phone = await phonePerson(browser, 'Herr Krause')
  await phone.goto(links.edit)
  await waitConnected(phone)

  // The bottom bar: the tools a participant needs, the rest and Einfügen in menus.
  const bar = phone.getByRole('group', { name: 'Werkzeuge', exact: true })
  const size = phone.viewportSize()
  if (!size) throw new Error('no viewport')
  const barBox = await box(bar)
  expect(barBox.y + barBox.height).toBeCloseTo(size.height, 0)
  expect(barBox.height).toBeLessThanOrEqual(60)
  for (const name of [
    'Auswählen',
    'Ansicht verschieben',
    'Notiz platzieren',
    'Akteur:in',
    'Person oder Org.-Einheit',
    'Stift',
    'Weitere Werkzeuge',
    'Einfügen',
  ]) {
    await expect(bar.getByRole('button', { name, exact: true })).toBeVisible()
  }
  await expect(bar.getByRole('button', { name: 'Rechteck', exact: true })).toHaveCount(0)
  await expectOnScreen(phone, bar)

  // An actor card where the finger taps, its name typed in place.
  await bar.getByRole('button', { name: 'Akteur:in', exact: true }).tap()
  const canvasBox = await box(canvas(phone))
  await phone.touchscreen.tap(canvasBox.x + 120, canvasBox.y + 200)
  const field = phone.getByRole('textbox', { name: 'Name auf der Karte' })
  await expect(field).toBeFocused()
  await phone.keyboard.type('Stadtwerke')
  await phone.keyboard.press('Escape')
  await expect(field).toHaveCount(0)
  await expect
    .poll(async () => (await entries(laptop)).join(' | '))
    .toContain('Akteur:in: Stadtwerke')

  // Selected: the bar above the bottom bar, on screen; its colour is the card's category.
  const selection = selectionBar(phone)
  await expect(selection).toBeVisible()
  expect((await box(selection)).y + (await box(selection)).height).toBeLessThanOrEqual(barBox.y)
  await expectOnScreen(phone, selection)
  // A new actor has no category yet: the bar says so in words and offers the categories.
  const choose = selection.getByRole('button', { name: 'Kategorie wählen', exact: true })
  await expect(choose).toContainText('Kategorie wählen')
  await choose.tap()
  await phone.getByRole('menuitemradio', { name: 'Verwaltung' }).tap()
  await expect.poll(() => entries(laptop)).toContain('Akteur:in: Stadtwerke, Verwaltung')
  await phone.keyboard.press('Escape')

  // "Mehr …": the properties as a bottom sheet, at most half the screen, closed by its button.
  await selection.getByRole('button', { name: 'Mehr …' }).tap()
  const sheet = phone.getByRole('group', { name: 'Stil und Anordnung der Auswahl' })
  await expect(sheet.getByRole('combobox', { name: 'Kategorie' })).toBeVisible()
  const sheetBox = await box(sheet)
  expect(sheetBox.height).toBeLessThanOrEqual(size.height / 2 + 1)
  expect(sheetBox.y + sheetBox.height).toBeCloseTo(size.height, 0)
  await sheet.getByRole('button', { name: 'Eigenschaften schließen' }).tap()
  await expect(sheet).toBeHidden()

  // A long press on the card: the context menu at the finger, on screen.
  await phone.getByRole('button', { name: 'Auswählen', exact: true }).tap()
  const card = await elementBox(phone, 'actor')
  const finger = { x: card.x + card.width / 2, y: card.y + card.height / 2 }
  const cdp = await phone.context().newCDPSession(phone)
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [{ x: finger.x, y: finger.y, id: 0 }],
  })
  const menu = phone.getByRole('menu', { name: 'Kontextmenü' })
  await expect(menu).toBeVisible()
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  const menuBox = await box(menu)
  expect(menuBox.x).toBeGreaterThanOrEqual(0)
  expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(size.width)
  expect(Math.abs(menuBox.x - finger.x) < 200 && Math.abs(menuBox.y - finger.y) < 400).toBe(true)
  await expect(menu.getByRole('menuitem', { name: /Auswahl löschen/ })).toBeVisible()
  // The card is what the menu is about: delete it from there.
  await menu.getByRole('menuitem', { name: /Auswahl löschen/ }).tap()
  await expect.poll(() => entries(laptop)).not.toContain('Akteur:in: Stadtwerke, Verwaltung')
})

test('phone: colour and delete of a note through the selection bar', async ({ browser }) => {
  const laptop = await newPerson(browser, { name: 'Frau Yilmaz' })
  await createBoard(laptop, server.url, 'Notizen am Telefon')
  const links = await shareLinks(laptop)
  const phone = await phonePerson(browser, 'Herr Krause')
  await phone.goto(links.edit)
  await waitConnected(phone)
  await phone.getByRole('button', { name: 'Notiz platzieren', exact: true }).tap()
  const canvasBox = await box(canvas(phone))
  await phone.touchscreen.tap(canvasBox.x + 150, canvasBox.y + 200)
  await phone.keyboard.type('Bürgerbüro')
  await phone.keyboard.press('Escape')
  await recolourSelection(phone, 'Grün')
  await expect.poll(() => entries(laptop)).toContain('Bürgerbüro, Grün')
  await selectionBar(phone).getByRole('button', { name: 'Löschen', exact: true }).tap()
  await expect.poll(() => entries(laptop)).not.toContain('Bürgerbüro, Grün')
})
