import { expect, test, type Locator, type Page } from '@playwright/test'
import { canvas, newPerson, shareLinks, useServer, waitConnected } from './journey.ts'

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
  await yilmaz.getByRole('combobox', { name: 'Kategorie' }).selectOption({ label: 'Wissenschaft' })
  await expect(panel.getByTestId('ecosystem-actors')).toHaveText('6 Akteur:innen auf dem Board')
  await expect(panel.getByRole('checkbox', { name: /^Wissenschaft/ })).toHaveAccessibleName(
    'Wissenschaft (1)',
  )
  await expect(panel.getByTestId('ecosystem-missing')).not.toContainText('Wissenschaft')
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
  await expect(yilmaz.getByTestId('board-announcement')).toHaveText(
    'Herr Özdemir hat jetzt die Rolle „Datenschutzbeauftragte:r“ (R, verantwortlich).',
  )
  await expect(warning).toHaveCount(0)

  await dragCardOnto(yilmaz, 'Herr Özdemir', 'CIO / IT-Leitung')
  // Frau Yilmaz is told at once (the board's live region).
  await expect(yilmaz.getByTestId('board-announcement')).toContainText('Neuer Interessenkonflikt')
  // The conflict, for both of them, with its reason.
  await expect(warning).toBeVisible()
  await expect(warning).toContainText('Art. 38 Abs. 6 DSGVO')
  const yilmazChecks = await openPanel(yilmaz, 'Prüfungen')
  const herWarning = yilmazChecks.getByRole('listitem').filter({ hasText: conflict })
  await expect(herWarning).toBeVisible()

  // Undo takes back the second drag (move and assignment): the warning goes for both.
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
