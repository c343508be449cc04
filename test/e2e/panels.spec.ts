import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { canvas, newPerson, useServer, waitConnected } from './journey.ts'

// The panels that help while the group works, with two people on one board: the roles matrix
// (RACI cells by keyboard, live for the other), the checks (no Accountable, a conflict of
// interest that appears in both browsers and goes with an undo) and the ecosystem counts.
test.describe.configure({ mode: 'serial' })
const server = useServer()

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function expectNoViolations(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(TAGS).analyze()
  const found = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
  expect(found).toEqual([])
}

/** A board from a template, made through the API; both people open it by their links. */
async function boardFromTemplate(
  page: Page,
  title: string,
  template: string,
): Promise<{ edit: string; facilitate: string }> {
  const response = await page.request.post(`${server.url}/api/boards`, {
    data: { title, template },
  })
  expect(response.status()).toBe(201)
  const { links } = (await response.json()) as { links: { edit: string; facilitate: string } }
  return { edit: server.url + links.edit, facilitate: server.url + links.facilitate }
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

/** The person tool by keyboard: Enter puts a card in the middle of the view; type its name. */
async function addPerson(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Person oder Org.-Einheit', exact: true }).click()
  await canvas(page).focus()
  await page.keyboard.press('Enter')
  const field = page.getByRole('textbox').and(page.locator(':focus'))
  await expect(field).toBeFocused()
  await page.keyboard.type(name)
  await page.keyboard.press('Escape')
  await expect(field).toHaveCount(0)
}

/** The matrix cell of a role (row, by its title) and a person (column, by position). */
function cell(panel: Locator, role: string, column: number): Locator {
  return panel
    .getByRole('row')
    .filter({ has: panel.page().getByRole('rowheader', { name: role }) })
    .getByRole('gridcell')
    .nth(column)
}

function finding(panel: Locator, text: string | RegExp): Locator {
  return panel.getByRole('listitem').filter({ hasText: text })
}

let anna: Page
let ben: Page

test('roles: two people on a roles board, people added by keyboard, the matrix lists them', async ({
  browser,
}) => {
  anna = await newPerson(browser, { name: 'Anna' })
  const links = await boardFromTemplate(anna, 'Rollen klären', 'roles')
  await anna.goto(links.facilitate)
  await waitConnected(anna)
  ben = await newPerson(browser, { name: 'Ben' })
  await ben.goto(links.edit)
  await waitConnected(ben)

  await addPerson(anna, 'Frau Berg')
  await addPerson(anna, 'Herr Lang')
  const matrix = await openPanel(anna, 'Matrix')
  const grid = matrix.getByRole('grid', { name: 'Rollenmatrix (RACI)' })
  await expect(grid.getByRole('columnheader', { name: /Frau Berg/ })).toBeVisible()
  await expect(grid.getByRole('columnheader', { name: /Herr Lang/ })).toBeVisible()
  // The catalogue's roles by group; all vacant so far, said in words.
  await expect(grid.getByRole('rowheader', { name: /Datenschutzbeauftragte:r/ })).toContainText(
    'unbesetzt',
  )
  await expectNoViolations(anna, '#domain-panels')

  // The header row and the role column stay in place while the grid scrolls.
  const header = grid.getByRole('columnheader', { name: /Frau Berg/ })
  await expect(header).toHaveCSS('position', 'sticky')
  await expect(grid.getByRole('rowheader', { name: /Datenschutzbeauftragte:r/ })).toHaveCSS(
    'position',
    'sticky',
  )
  const box = matrix.locator('.scroll')
  await box.evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await expect(header).toBeInViewport()

  // Full screen for many people: a dialog over the page; Escape returns to the button.
  await matrix.getByRole('button', { name: 'Vollbild' }).click()
  const full = anna.getByRole('dialog', { name: 'Rollenmatrix (RACI)' })
  await expect(full).toBeVisible()
  await expect(full.getByRole('grid', { name: 'Rollenmatrix (RACI)' })).toBeVisible()
  await expect(full.getByRole('gridcell').first()).toBeFocused()
  const inFull = await full.boundingBox()
  expect(inFull?.width).toBeGreaterThan(1000)
  await expectNoViolations(anna, 'dialog')
  await anna.keyboard.press('Escape')
  await expect(full).toHaveCount(0)
  await expect(matrix.getByRole('button', { name: 'Vollbild' })).toBeFocused()
})

test('A sets R and then A in the matrix by keyboard; B sees the cells and "kein A" go', async () => {
  const matrix = await openPanel(anna, 'Matrix')
  const checks = await openPanel(ben, 'Prüfungen')
  const cdo = 'CDO / Digitalisierungsbeauftragte:r'
  const noA = finding(checks, `„${cdo}“ hat kein A`)

  await cell(matrix, cdo, 0).click()
  await expect(cell(matrix, cdo, 0)).toBeFocused()
  await anna.keyboard.press('r')
  await expect(cell(matrix, cdo, 0)).toContainText('R')
  await expect(noA).toBeVisible()
  await expect(finding(checks, `„${cdo}“ ist unbesetzt`)).toHaveCount(0)

  // Arrow right to Herr Lang, A: the role has its one Accountable.
  await anna.keyboard.press('ArrowRight')
  await expect(cell(matrix, cdo, 1)).toBeFocused()
  await anna.keyboard.press('a')
  await expect(noA).toHaveCount(0)
  const bensMatrix = await openPanel(ben, 'Matrix')
  await expect(cell(bensMatrix, cdo, 0)).toContainText('R')
  await expect(cell(bensMatrix, cdo, 1)).toContainText('A')

  // The time share of the chosen cell, in the form under the grid.
  await matrix.getByRole('spinbutton', { name: 'Zeitanteil in Prozent' }).fill('60')
  await matrix.getByRole('spinbutton', { name: 'Zeitanteil in Prozent' }).press('Enter')
  await expect(cell(bensMatrix, cdo, 1)).toContainText('60 %')
  await expectNoViolations(ben, '#domain-panels')
})

test('a conflict of interest appears in both browsers, points at the cards, and goes with undo', async () => {
  const matrix = await openPanel(anna, 'Matrix')
  const checks = await openPanel(ben, 'Prüfungen')
  const conflict =
    /Interessenkonflikt: Herr Lang hat „Datenschutzbeauftragte:r“ und „CIO \/ IT-Leitung“/

  await cell(matrix, 'Datenschutzbeauftragte:r', 1).click()
  await anna.keyboard.press('a')
  await cell(matrix, 'CIO / IT-Leitung', 1).click()
  await anna.keyboard.press('r')

  await expect(finding(checks, conflict)).toBeVisible()
  await expect(finding(checks, conflict)).toContainText('Art. 38 Abs. 6 DSGVO')
  // Ben was told without looking: the board's polite live region.
  await expect(ben.getByTestId('board-announcement')).toContainText('Neuer Interessenkonflikt')
  // Sighted people see it as well: a toast names the conflict.
  await expect(ben.getByTestId('toast')).toContainText('Neuer Interessenkonflikt')
  // The header counts the warnings for everyone.
  await expect(anna.getByRole('button', { name: /^Auswertung.*Warnungen/ })).toBeVisible()
  const annasChecks = await openPanel(anna, 'Prüfungen')
  await expect(finding(annasChecks, conflict)).toBeVisible()
  await expectNoViolations(ben, '#domain-panels')

  // Most urgent first: the conflict, then the missing Accountables, then the vacant roles
  // folded into one line that opens their list.
  const lines = await checks.locator('.findings').first().locator(':scope > li').allInnerTexts()
  const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line))
  expect(at(/Interessenkonflikt/)).toBe(0)
  expect(at(/hat kein A/)).toBeGreaterThan(0)
  expect(at(/^\W*\d+ Rollen unbesetzt/)).toBeGreaterThan(at(/hat kein A/))
  const vacancies = checks.getByText(/^\d+ Rollen unbesetzt$/)
  const pilots = checks.getByRole('button', { name: /^„Digitale Lots:innen“ ist unbesetzt/ })
  await expect(pilots).toBeHidden()
  await vacancies.click()
  await expect(pilots).toBeVisible()
  await expectNoViolations(ben, '#domain-panels')

  // Activating it selects the person and both role cards and brings them into view.
  await finding(annasChecks, conflict).getByRole('button').click()
  await expect(anna.getByTestId('board-announcement')).toHaveText(
    '3 Karten ausgewählt und gezeigt.',
  )

  await anna.getByRole('button', { name: 'Rückgängig', exact: true }).click()
  await expect(finding(checks, conflict)).toHaveCount(0)
  await expect(finding(annasChecks, conflict)).toHaveCount(0)
})

test('ecosystem: B watches the counts while A adds an actor; the filter dims for B only', async ({
  browser,
}) => {
  const author = await newPerson(browser, { name: 'Anna' })
  const links = await boardFromTemplate(author, 'Ökosystem Musterstadt', 'ecosystem')
  await author.goto(links.facilitate)
  await waitConnected(author)
  const watcher = await newPerson(browser, { name: 'Ben' })
  await watcher.goto(links.edit)
  await waitConnected(watcher)

  const panel = await openPanel(watcher, 'Ökosystem')
  const total = panel.getByTestId('ecosystem-actors')
  await expect(total).toHaveText(/\d+ Akteur:innen auf dem Board/)
  const before = Number(/(\d+)/.exec((await total.textContent()) ?? '')?.[1])

  await author.getByRole('button', { name: 'Akteur:in', exact: true }).click()
  await canvas(author).focus()
  await author.keyboard.press('Enter')
  await expect(author.getByRole('textbox').and(author.locator(':focus'))).toBeFocused()
  await author.keyboard.type('Digitalagentur Nord')
  await author.keyboard.press('Escape')

  await expect(total).toHaveText(`${before + 1} Akteur:innen auf dem Board`)
  await expect(panel.getByRole('button', { name: 'Digitalagentur Nord' })).toBeVisible()

  // Unticking a category dims its cards on Ben's canvas, said in words; the author's stays.
  await panel.getByRole('checkbox', { name: /^IT-Dienstleister/ }).uncheck()
  await expect(panel.getByRole('status').filter({ hasText: 'Filter aktiv' })).toBeVisible()
  await panel.getByRole('button', { name: 'Filter zurücksetzen' }).click()
  await expect(panel.getByRole('status').filter({ hasText: 'Filter aktiv' })).toHaveCount(0)
  await expectNoViolations(watcher, '#domain-panels')
})
