import { expect, test, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import {
  answerRaci,
  canvas,
  newPerson,
  selectionProperties,
  shareLinks,
  useServer,
  waitConnected,
} from './journey.ts'

// The two journeys of the ecosystem map and role clarification, each with two people, from the
// start page on: a board made from the ecosystem template where an actor is added and related
// to another, and the other person's legend and counts follow; a board made from the roles
// template where one person gets two roles that conflict, the warning appears for both and goes
// with an undo.

const server = useServer()

/** On the start page: a title, a template card, "Board anlegen"; lands connected as facilitator. */
async function createFromTemplate(page: Page, title: string, template: string): Promise<void> {
  await page.goto(server.url)
  await page.getByLabel('Titel des Boards').fill(title)
  await page.getByRole('radio', { name: template, exact: true }).check()
  await page.getByRole('button', { name: 'Board anlegen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await waitConnected(page)
}

/** Opens the side panel from the header and picks a tab. */
async function openPanel(page: Page, tab: 'Matrix' | 'Prüfungen' | 'Ökosystem'): Promise<Locator> {
  const toggle = page.getByRole('button', { name: /^Auswertung(?! schließen)/ })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  const panel = page.getByRole('complementary', { name: 'Auswertung' })
  await expect(panel).toBeVisible()
  await panel.getByRole('tab', { name: tab }).click()
  await expect(panel.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true')
  return panel
}

/** A card tool by its button, Enter on the canvas places the card; type its name. */
async function addCard(page: Page, tool: string, name: string): Promise<void> {
  await page.getByRole('button', { name: tool, exact: true }).click()
  await canvas(page).focus()
  await page.keyboard.press('Enter')
  const field = page.getByRole('textbox').and(page.locator(':focus'))
  await expect(field).toBeFocused()
  await page.keyboard.type(name)
  await page.keyboard.press('Escape')
  await expect(field).toHaveCount(0)
}

/**
 * Where an element is on the screen (its centre), read from the open board's camera: a card by
 * its name or title, or (no text) the newest connector.
 */
async function centreOf(
  page: Page,
  kind: string,
  text?: string,
): Promise<{ x: number; y: number }> {
  const box = await canvas(page).boundingBox()
  if (!box) throw new Error('no canvas')
  const at = await page.evaluate(
    ({ kind, text }) => {
      type Element = { kind: string; x: number; y: number; w: number; h: number }
      const editor = (
        window as unknown as {
          __werkraum: {
            editor: {
              elements: readonly (Element & { name?: string; title?: string })[]
              session: { camera: { x: number; y: number; zoom: number } }
            }
          }
        }
      ).__werkraum.editor
      const found = editor.elements.filter(
        (el) => el.kind === kind && (text === undefined || el.name === text || el.title === text),
      )
      const el = found[found.length - 1]
      if (!el) return null
      const { camera } = editor.session
      return {
        x: (el.x + el.w / 2 - camera.x) * camera.zoom,
        y: (el.y + el.h / 2 - camera.y) * camera.zoom,
      }
    },
    { kind, text },
  )
  if (!at) throw new Error(`no ${kind} "${text ?? ''}"`)
  return { x: box.x + at.x, y: box.y + at.y }
}

/** Drags one card onto another with the mouse, as a person does on the board. */
async function dragCardOnto(page: Page, card: string, target: string): Promise<void> {
  const from = await centreOf(page, 'person', card)
  const to = await centreOf(page, 'role', target)
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(to.x, to.y, { steps: 12 })
  await page.mouse.up()
}

test('ecosystem: a board from the template, an actor added and related; the other person sees legend and counts follow', async ({
  browser,
}) => {
  const yilmaz = await newPerson(browser, { name: 'Frau Yilmaz' })
  await createFromTemplate(yilmaz, 'Digitales Ökosystem Musterstadt', 'Digitales Ökosystem')
  const links = await shareLinks(yilmaz)
  const krause = await newPerson(browser, { name: 'Herr Krause' })
  await krause.goto(links.edit)
  await waitConnected(krause)

  // Herr Krause watches the ecosystem panel: the template's five example actors, no relations.
  const panel = await openPanel(krause, 'Ökosystem')
  await expect(panel.getByTestId('ecosystem-actors')).toHaveText('5 Akteur:innen auf dem Board')
  const dataKind = panel.getByRole('checkbox', { name: /^liefert Daten an/ })
  await expect(dataKind).toHaveAccessibleName('liefert Daten an (0)')
  await expect(panel.getByRole('checkbox', { name: /^Wissenschaft/ })).toHaveAccessibleName(
    'Wissenschaft (0)',
  )
  await expect(panel.getByTestId('ecosystem-missing')).toContainText('Wissenschaft')
  const unrelated = panel.getByRole('button', { name: 'Landkreis' })
  await expect(unrelated).toBeVisible()

  // Frau Yilmaz adds the Hochschule as an actor in Wissenschaft.
  await addCard(yilmaz, 'Akteur:in', 'Hochschule Musterstadt')
  await expect(panel.getByTestId('ecosystem-actors')).toHaveText('6 Akteur:innen auf dem Board')
  // Until she picks one it has no category: Wissenschaft is still missing.
  await expect(panel.getByTestId('ecosystem-missing')).toContainText('Wissenschaft')
  await expect(panel.getByTestId('ecosystem-uncategorised')).toHaveText('noch keine Kategorie (1)')
  const properties = await selectionProperties(yilmaz)
  await properties
    .getByRole('group', { name: 'Kategorie' })
    .getByRole('button', { name: 'Wissenschaft' })
    .click()
  await expect(panel.getByRole('checkbox', { name: /^Wissenschaft/ })).toHaveAccessibleName(
    'Wissenschaft (1)',
  )
  await expect(panel.getByTestId('ecosystem-missing')).not.toContainText('Wissenschaft')
  await expect(panel.getByTestId('ecosystem-uncategorised')).toHaveCount(0)
  await expect(panel.getByRole('button', { name: 'Hochschule Musterstadt' })).toBeVisible()

  // She connects it with the Landkreis (on the left of the map, clear of the properties): the
  // new card is selected, Shift+click adds the other, Ctrl+K draws the arrow.
  const other = await centreOf(yilmaz, 'actor', 'Landkreis')
  await yilmaz.keyboard.down('Shift')
  await yilmaz.mouse.click(other.x, other.y)
  await yilmaz.keyboard.up('Shift')
  await yilmaz.keyboard.press('Control+K')
  await expect(yilmaz.getByTestId('board-announcement')).toContainText(
    'Verbunden: Pfeil von „Hochschule Musterstadt“ zu „Landkreis“',
  )
  // A click on the arrow, and it becomes a relation of a kind.
  const arrow = await centreOf(yilmaz, 'connector')
  await yilmaz.mouse.click(arrow.x, arrow.y)
  await yilmaz
    .getByRole('combobox', { name: 'Art der Beziehung' })
    .selectOption({ label: 'liefert Daten an' })

  // Herr Krause's legend counts the relation; both actors now have one.
  await expect(dataKind).toHaveAccessibleName('liefert Daten an (1)')
  await expect(unrelated).toHaveCount(0)
  await expect(panel.getByRole('button', { name: 'Hochschule Musterstadt' })).toHaveCount(0)
})

test('roles: one person dragged onto two roles that conflict; the warning appears in both browsers and goes with undo', async ({
  browser,
}) => {
  const yilmaz = await newPerson(browser, { name: 'Frau Yilmaz' })
  await createFromTemplate(yilmaz, 'Rollen klären Musterstadt', 'Rollen in der Digitalen Kommune')
  const links = await shareLinks(yilmaz)
  const krause = await newPerson(browser, { name: 'Herr Krause' })
  await krause.goto(links.edit)
  await waitConnected(krause)
  const krausesChecks = await openPanel(krause, 'Prüfungen')
  const conflict =
    /Interessenkonflikt: Herr Özdemir hat „Datenschutzbeauftragte:r“ und „CIO \/ IT-Leitung“/
  const warning = krausesChecks.getByRole('listitem').filter({ hasText: conflict })

  await addCard(yilmaz, 'Person oder Org.-Einheit', 'Herr Özdemir')
  await dragCardOnto(yilmaz, 'Herr Özdemir', 'Datenschutzbeauftragte:r')
  await answerRaci(yilmaz, 'R')
  await expect(yilmaz.getByTestId('board-announcement')).toHaveText(
    'Herr Özdemir ist jetzt bei „Datenschutzbeauftragte:r“ eingetragen: R, führt durch.',
  )
  await expect(warning).toHaveCount(0)

  await dragCardOnto(yilmaz, 'Herr Özdemir', 'CIO / IT-Leitung')
  await answerRaci(yilmaz)
  // Frau Yilmaz is told at once (the board's live region).
  await expect(yilmaz.getByTestId('board-announcement')).toContainText('Neuer Interessenkonflikt')
  // The conflict, for both of them, with its reason.
  await expect(warning).toBeVisible()
  await expect(warning).toContainText('Art. 38 Abs. 6 DSGVO')
  const yilmazChecks = await openPanel(yilmaz, 'Prüfungen')
  const herWarning = yilmazChecks.getByRole('listitem').filter({ hasText: conflict })
  await expect(herWarning).toBeVisible()

  // Undo takes back the second assignment (the move is a step of its own): the warning goes
  // for both.
  await yilmaz.getByRole('button', { name: 'Rückgängig', exact: true }).click()
  await expect(herWarning).toHaveCount(0)
  await expect(warning).toHaveCount(0)
  // The first role is still held.
  const matrix = await openPanel(krause, 'Matrix')
  await expect(matrix.getByRole('columnheader', { name: /Herr Özdemir/ })).toBeVisible()
  await expect(
    matrix.getByRole('rowheader', { name: /Datenschutzbeauftragte:r/ }),
  ).not.toContainText('unbesetzt')
  await expect(matrix.getByRole('rowheader', { name: /CIO \/ IT-Leitung/ })).toContainText(
    'unbesetzt',
  )
})

/** A card's bounds on the board (board units), read from the open board. */
async function rectOf(
  page: Page,
  kind: string,
  text: string,
): Promise<{ x: number; y: number; w: number; h: number }> {
  const rect = await page.evaluate(
    ({ kind, text }) => {
      type Element = { kind: string; x: number; y: number; w: number; h: number }
      const editor = (
        window as unknown as {
          __werkraum: {
            editor: { elements: readonly (Element & { name?: string; title?: string })[] }
          }
        }
      ).__werkraum.editor
      const el = editor.elements.find(
        (e) => e.kind === kind && (e.name === text || e.title === text),
      )
      return el ? { x: el.x, y: el.y, w: el.w, h: el.h } : null
    },
    { kind, text },
  )
  if (!rect) throw new Error(`no ${kind} "${text}"`)
  return rect
}

/** The matrix cell of a role (row, by its title) and a person (column, by name). */
async function matrixLetter(panel: Locator, role: string, person: string): Promise<Locator> {
  const headers = await panel.getByRole('columnheader').allTextContents()
  const column = headers.findIndex((h) => h.includes(person)) - 1
  return panel
    .getByRole('row')
    .filter({ has: panel.page().getByRole('rowheader', { name: role }) })
    .getByRole('gridcell')
    .nth(column)
}

test('roles: a person dropped on a role is asked R, A, C or I; A by Enter seats them under the title, the keyboard picks C, Escape only moves; search finds the name on the role card', async ({
  browser,
}) => {
  const yilmaz = await newPerson(browser, { name: 'Frau Yilmaz' })
  await createFromTemplate(yilmaz, 'Rollen Musterstadt', 'Rollen in der Digitalen Kommune')
  const role = 'Datenschutzbeauftragte:r'
  const announcement = yilmaz.getByTestId('board-announcement')

  // Drop, then the chooser at the drop: A is marked and focused, Enter takes it.
  await addCard(yilmaz, 'Person oder Org.-Einheit', 'Frau Berg')
  await dragCardOnto(yilmaz, 'Frau Berg', role)
  const chooser = yilmaz.getByRole('dialog', { name: `Wie ist Frau Berg an „${role}“ beteiligt?` })
  await expect(chooser).toBeVisible()
  await expect(chooser.getByRole('button', { name: /^A\b/ })).toBeFocused()
  const axe = await new AxeBuilder({ page: yilmaz })
    .include('[data-raci-chooser]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await yilmaz.keyboard.press('Enter')
  await expect(chooser).toHaveCount(0)
  await expect(announcement).toHaveText(
    `Frau Berg ist jetzt bei „${role}“ eingetragen: A, trägt die Verantwortung.`,
  )
  // She sits in a slot under the role's title (badge and a title line), inside the card.
  const card = await rectOf(yilmaz, 'role', role)
  const berg = await rectOf(yilmaz, 'person', 'Frau Berg')
  expect(berg.y).toBeGreaterThanOrEqual(card.y + 58)
  expect(berg.y + berg.h).toBeLessThanOrEqual(card.y + card.h)
  expect(berg.x).toBeGreaterThanOrEqual(card.x)
  expect(berg.x + berg.w).toBeLessThanOrEqual(card.x + card.w)
  const matrix = await openPanel(yilmaz, 'Matrix')
  await expect(await matrixLetter(matrix, role, 'Frau Berg')).toContainText('A')

  // By keyboard: the arrow moves from A to C, Enter takes it; the next slot is below hers.
  await addCard(yilmaz, 'Person oder Org.-Einheit', 'Herr Lang')
  await dragCardOnto(yilmaz, 'Herr Lang', role)
  await expect(yilmaz.getByRole('dialog', { name: /^Wie ist Herr Lang/ })).toBeVisible()
  await yilmaz.keyboard.press('ArrowRight')
  await expect(
    yilmaz
      .getByRole('dialog', { name: /^Wie ist Herr Lang/ })
      .getByRole('button', { name: /^C\b/ }),
  ).toBeFocused()
  await yilmaz.keyboard.press('Enter')
  await expect(announcement).toHaveText(
    `Herr Lang ist jetzt bei „${role}“ eingetragen: C, wird beteiligt.`,
  )
  const lang = await rectOf(yilmaz, 'person', 'Herr Lang')
  expect(lang.y).toBeGreaterThanOrEqual(berg.y + berg.h)
  const grown = await rectOf(yilmaz, 'role', role)
  expect(lang.y + lang.h).toBeLessThanOrEqual(grown.y + grown.h)
  await expect(await matrixLetter(matrix, role, 'Herr Lang')).toContainText('C')

  // Escape keeps the move and assigns nothing.
  await addCard(yilmaz, 'Person oder Org.-Einheit', 'Ben Kurz')
  await dragCardOnto(yilmaz, 'Ben Kurz', 'CIO / IT-Leitung')
  await expect(yilmaz.getByRole('dialog', { name: /^Wie ist Ben Kurz/ })).toBeVisible()
  await yilmaz.keyboard.press('Escape')
  await expect(yilmaz.getByRole('dialog', { name: /^Wie ist Ben Kurz/ })).toHaveCount(0)
  await expect(announcement).toHaveText(
    'Nur verschoben: Die Zuordnung zu „CIO / IT-Leitung“ bleibt, wie sie war.',
  )
  await expect(matrix.getByRole('rowheader', { name: /CIO \/ IT-Leitung/ })).toContainText(
    'unbesetzt',
  )

  // Search finds Frau Berg on her own card and on the role card that names her.
  await canvas(yilmaz).focus()
  await yilmaz.keyboard.press('ControlOrMeta+F')
  const search = yilmaz.getByRole('searchbox', { name: 'Auf dem Board suchen' })
  await expect(search).toBeFocused()
  await search.fill('berg')
  await expect(yilmaz.getByRole('search')).toContainText('1 von 2')
})
