import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import {
  addNoteWithToolbar,
  canvas,
  insertFromMenu,
  listView,
  newPerson,
  shareLinks,
  useServer,
  waitConnected,
  boardMenu,
  openMenu,
} from './journey.ts'

// Templates: picked on the start page (built in, or a facilitator's own kept in this browser),
// inserted into an open board for everyone, saved from a board, carried to a colleague as a file.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const server = useServer()

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

/** On the start page: a title, a template card, "Board anlegen"; lands on the board connected. */
async function createFromTemplate(page: Page, title: string, template: string): Promise<void> {
  await page.goto(server.url)
  await page.getByLabel('Titel des Boards').fill(title)
  await page.getByRole('radio', { name: template, exact: true }).check()
  await page.getByRole('button', { name: 'Board anlegen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await waitConnected(page)
}

async function elementCount(page: Page, count: number): Promise<void> {
  const list = await listView(page)
  const text = count === 1 ? '1 Element' : `${count} Elemente`
  await expect(list.getByText(text, { exact: true })).toBeVisible()
}

test('the start page offers the templates as radio cards, "Leeres Board" first, in both languages', async ({
  browser,
}) => {
  const page = await newPerson(browser)
  await page.goto(server.url)
  const picker = page.getByRole('group', { name: 'Vorlage' })
  const radios = picker.getByRole('radio')
  await expect(radios).toHaveCount(5)
  await expect(radios.first()).toHaveAccessibleName('Leeres Board')
  await expect(radios.first()).toBeChecked()
  await expect(
    page.getByRole('radio', { name: 'Digitales Ökosystem' }),
  ).toHaveAccessibleDescription(/Akteurslandkarte mit den Ringen/)
  // The arrow keys move through the cards.
  await radios.first().focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: 'Digitales Ökosystem' })).toBeChecked()
  expect(await violations(page)).toEqual([])

  await page.getByRole('button', { name: 'Switch to English' }).click()
  await expect(page.getByRole('radio', { name: 'Roles in the digital municipality' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Digital ecosystem' })).toBeChecked()
})

test('a board from the roles template in English, untitled: named after it, the roles in English', async ({
  browser,
}) => {
  const page = await newPerson(browser)
  await page.goto(server.url)
  await page.getByRole('button', { name: 'Switch to English' }).click()
  await page.getByRole('radio', { name: 'Roles in the digital municipality' }).check()
  await page.getByRole('button', { name: 'Create board' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Roles in the digital municipality' }),
  ).toBeVisible()
  const list = page.getByRole('complementary', { name: 'List view' })
  await boardMenu(page, 'List view')
  await expect(list.getByText(/Data protection officer/).first()).toBeAttached()
})

test('inserting a template: beside the content, selected, seen by the other person, one undo step', async ({
  browser,
}) => {
  const anna = await newPerson(browser, { name: 'Anna' })
  const ben = await newPerson(browser, { name: 'Ben' })
  await createFromTemplate(anna, 'Werkstatt Digitalstrategie', 'Leeres Board')
  await addNoteWithToolbar(anna, 'Agenda')
  const links = await shareLinks(anna)
  await ben.goto(links.edit)
  await waitConnected(ben)
  await elementCount(ben, 1)

  await insertFromMenu(anna, 'Vorlage einfügen')
  const dialog = anna.getByRole('dialog', { name: 'Vorlage einfügen' })
  await expect(dialog).toBeVisible()
  // An empty template makes no sense here.
  await expect(dialog.getByRole('radio', { name: 'Leeres Board' })).toHaveCount(0)
  expect(await violations(anna)).toEqual([])
  await dialog.getByRole('radio', { name: 'Brainstorming' }).check()
  await dialog.getByRole('button', { name: 'Einfügen' }).click()
  await expect(dialog).toBeHidden()
  await expect(anna.getByTestId('board-announcement')).toContainText(
    'Vorlage „Brainstorming“ eingefügt',
  )
  await expect(canvas(anna)).toBeFocused()

  // Nine elements (frames, notes, texts) next to the note: Ben sees them arrive.
  await elementCount(ben, 10)
  await expect(
    (await listView(ben)).getByRole('button', { name: 'Rahmen: Parkplatz' }),
  ).toBeAttached()
  await elementCount(anna, 10)

  // One undo takes the whole template away again, for both; the note stays.
  await anna.getByRole('button', { name: 'Rückgängig' }).click()
  await elementCount(ben, 1)
  await elementCount(anna, 1)
})

test('saving a board as an own template, reusing it for the next board, handing it to a colleague as a file', async ({
  browser,
}) => {
  const anna = await newPerson(browser, { name: 'Anna' })
  await createFromTemplate(anna, 'Werkstatt März', 'Stakeholder-Matrix')
  await addNoteWithToolbar(anna, 'Kreistag')
  const links = await shareLinks(anna)

  // Only facilitators save templates: someone with the edit link has no such button.
  const ben = await newPerson(browser, { name: 'Ben' })
  await ben.goto(links.edit)
  await waitConnected(ben)
  await ben.getByRole('button', { name: 'Einfügen', exact: true }).click()
  await expect(ben.getByRole('menuitem', { name: 'Vorlage einfügen' })).toBeVisible()
  await ben.keyboard.press('Escape')
  await expect(ben.getByRole('button', { name: 'Als Vorlage speichern' })).toHaveCount(0)
  const bensMenu = await openMenu(ben, /^Board-Menü$/)
  await expect(bensMenu.getByRole('menuitem', { name: 'Exportieren' })).toBeVisible()
  await expect(bensMenu.getByRole('menuitem', { name: 'Als Vorlage speichern' })).toHaveCount(0)
  await ben.keyboard.press('Escape')

  await boardMenu(anna, 'Als Vorlage speichern')
  const dialog = anna.getByRole('dialog', { name: 'Als Vorlage speichern' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Name der Vorlage')).toHaveValue('Werkstatt März')
  expect(await violations(anna)).toEqual([])
  await dialog.getByLabel('Name der Vorlage').fill('Stakeholder Kreis')
  await dialog.getByLabel('Kurzbeschreibung (freiwillig)').fill('Matrix mit dem Kreistag')
  await dialog.getByRole('button', { name: 'In diesem Browser speichern' }).click()
  await expect(dialog).toBeHidden()
  await expect(anna.getByTestId('board-announcement')).toContainText(
    'Vorlage „Stakeholder Kreis“ in diesem Browser gespeichert',
  )

  // Next week, same laptop: the start page lists it under "Eigene Vorlagen".
  await anna.goto(server.url)
  const own = anna.getByRole('group', { name: 'Eigene Vorlagen' })
  await expect(own.getByRole('radio', { name: 'Stakeholder Kreis' })).toHaveAccessibleDescription(
    'Matrix mit dem Kreistag',
  )
  expect(await violations(anna)).toEqual([])
  await createFromTemplate(anna, 'Werkstatt April', 'Stakeholder Kreis')
  // The board was created empty and this tab put the template on it: Ben, invited, sees it.
  const april = await shareLinks(anna)
  await ben.goto(april.edit)
  await waitConnected(ben)
  const list = await listView(ben)
  await expect(list.getByRole('button', { name: /^Kreistag/ })).toBeAttached()
  await expect(list.getByRole('button', { name: 'Text: Eng einbinden' })).toBeAttached()

  // As a file for a colleague: Ben loads it on his start page.
  await anna.goto(server.url)
  const [download] = await Promise.all([
    anna.waitForEvent('download'),
    anna.getByRole('button', { name: 'Vorlage „Stakeholder Kreis“ als Datei speichern' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('Stakeholder-Kreis.werkraum-vorlage.json')
  const file = await readFile(await download.path())
  await ben.goto(server.url)
  await ben.getByTestId('template-file-input').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: file,
  })
  await expect(ben.getByText(/Vorlage „Stakeholder Kreis“ geladen/)).toBeVisible()
  await expect(ben.getByRole('radio', { name: 'Stakeholder Kreis' })).toBeChecked()
  // Something else than a template is refused with a reason.
  await ben.getByTestId('template-file-input').setInputFiles({
    name: 'notizen.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"notes":[]}'),
  })
  await expect(ben.getByText('Diese Datei ist keine Werkraum-Vorlage.')).toBeVisible()

  // Removing it from Anna's browser.
  await anna
    .getByRole('button', { name: 'Vorlage „Stakeholder Kreis“ aus diesem Browser entfernen' })
    .click()
  await expect(anna.getByRole('group', { name: 'Eigene Vorlagen' })).toHaveCount(0)
  await expect(anna.getByRole('radio', { name: 'Leeres Board' })).toBeChecked()
})
