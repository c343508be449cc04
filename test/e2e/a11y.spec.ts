import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import {
  addNoteByDoubleClick,
  createBoard,
  listView,
  newPerson,
  openMenu,
  rememberName,
  shareLinks,
  waitConnected,
  noteTexts,
  useServer,
} from './journey.ts'

// BITV 2.0 / WCAG 2.1 AA: axe finds no violations on the start page and on a board with notes.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const server = useServer()

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

test('the start page has no accessibility violations', async ({ browser }) => {
  const page = await newPerson(browser)
  await page.goto(server.url)
  await expect(page.getByRole('heading', { name: 'Neues Board anlegen' })).toBeVisible()
  expect(await violations(page)).toEqual([])
})

test('a board with notes, its list view and share dialog have no violations', async ({
  browser,
}) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Rollen klären')
  await addNoteByDoubleClick(page, 'CDO / Digitalisierungsbeauftragte:r', { x: 400, y: 300 })
  await addNoteByDoubleClick(page, 'Datenschutzbeauftragte:r', { x: 700, y: 300 })
  await expect(await noteTexts(page)).toHaveCount(2)
  await (await listView(page)).getByRole('button', { name: /^Datenschutzbeauftragte:r/ }).click()
  expect(await violations(page)).toEqual([])

  await page.getByRole('button', { name: 'Teilen' }).click()
  await expect(page.getByRole('dialog', { name: 'Board teilen' })).toBeVisible()
  expect(await violations(page)).toEqual([])
})

test('the start page after a board was created ("Meine Boards" filled) has no violations', async ({
  browser,
}) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Agenda')
  await page.goto(server.url)
  await expect(page.getByRole('link', { name: 'Agenda' })).toBeVisible()
  expect(await violations(page)).toEqual([])
})

test("the board menu, the Moderation menu and the phone's overflow menu, open, have no violations", async ({
  browser,
}) => {
  const page = await newPerson(browser)
  await createBoard(page, server.url, 'Menüs')
  const menu = await openMenu(page, /^Board-Menü$/)
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Am Raster ausrichten' })).toBeVisible()
  expect(await violations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await openMenu(page, /^Moderation$/)
  expect(await violations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)

  // The same board on a phone, with the facilitation link: the slim top bar and its overflow menu.
  const phone = await browser.newContext({
    locale: 'de-DE',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  })
  await rememberName(phone, 'Herr Krause')
  const krause = await phone.newPage()
  await krause.goto((await shareLinks(page)).facilitate)
  await waitConnected(krause)
  expect(await violations(krause)).toEqual([])
  const overflow = await openMenu(krause, /^Weitere Funktionen$/)
  await expect(overflow.getByRole('menuitem', { name: 'Alle zu mir' })).toBeVisible()
  expect(await violations(krause)).toEqual([])
  await phone.close()
})
