import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import writeXlsxFile from 'write-excel-file/node'
import {
  canvas,
  insertFromMenu,
  listView,
  newPerson,
  shareLinks,
  useServer,
  waitConnected,
} from './journey.ts'

// Lists from a spreadsheet: a facilitator prepared the actors and the people of the workshop in
// a table and brings them onto the ecosystem board as cards, for everyone at once.

const server = useServer()
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** German Excel's CSV: BOM, semicolons, CRLF. One column's header is not one Werkraum knows. */
const ACTORS_CSV =
  '\ufeffOrganisation;Art;Ebene;Sektor laut Konzept;Bemerkung\r\n' +
  'Stadtwerke Müllheim;Konzern Kommune;2;Energie & Umwelt;Glasfaser und Strom\r\n' +
  ';;;;\r\n' +
  'Bürgerverein Süd;Bürger:innen;Örtliche Gemeinschaft;Mobilität;\r\n' +
  'Stiftung Lernort;Stiftung;3;Bildung & Kultur;\r\n'

async function createEcosystemBoard(page: Page, title: string): Promise<void> {
  await page.goto(server.url)
  await page.getByLabel('Titel des Boards').fill(title)
  await page.getByRole('radio', { name: 'Digitales Ökosystem', exact: true }).check()
  await page.getByRole('button', { name: 'Board anlegen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await waitConnected(page)
}

async function openImport(page: Page) {
  await insertFromMenu(page, 'Liste importieren …')
  const dialog = page.getByRole('dialog', { name: 'Liste importieren' })
  await expect(dialog).toBeVisible()
  return dialog
}

test('a facilitator imports an actors CSV and a people XLSX (through Importieren); the cards are in their rings for everyone; one undo per list', async ({
  browser,
}) => {
  const anna = await newPerson(browser, { name: 'Anna' })
  const ben = await newPerson(browser, { name: 'Ben' })
  await createEcosystemBoard(anna, 'Ökosystem Müllheim')
  const links = await shareLinks(anna)
  // Ben's window is tall enough for his list view to show every element at once.
  await ben.setViewportSize({ width: 1280, height: 4000 })
  await ben.goto(links.edit)
  await waitConnected(ben)
  const bensList = await listView(ben)

  // The actors: the columns guessed from the headers, one chosen by hand.
  let dialog = await openImport(anna)
  await dialog.getByLabel('Datei (CSV, XLSX oder ODS)').setInputFiles({
    name: 'akteure.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(ACTORS_CSV, 'utf-8'),
  })
  await expect(dialog.getByRole('status')).toHaveText('3 Zeilen aus „akteure.csv“ gelesen.')
  await expect(dialog.getByRole('radio', { name: 'Akteur:innen' })).toBeChecked()
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue('0')
  await expect(dialog.getByLabel('Kategorie', { exact: true })).toHaveValue('1')
  await expect(dialog.getByLabel('Ring', { exact: true })).toHaveValue('2')
  await expect(dialog.getByLabel('Handlungsfeld', { exact: true })).toHaveValue('-1')
  await dialog.getByLabel('Handlungsfeld', { exact: true }).selectOption('Sektor laut Konzept')
  await dialog
    .getByLabel('Eine Kategorie, die nicht im Katalog steht, wird zu')
    .selectOption('Zivilgesellschaft')
  const preview = dialog.getByRole('table', { name: 'Vorschau der ersten 3 Karten' })
  await expect(preview.getByRole('row').nth(1)).toHaveText(
    /Stadtwerke Müllheim\s*Konzern Kommune\s*Konzern Kommune\s*Energie & Umwelt\s*Glasfaser und Strom/,
  )
  await expect(preview.getByRole('row').nth(3)).toContainText('Zivilgesellschaft')
  await expect(dialog.getByText('1 Wert passt zu keinem Eintrag', { exact: false })).toBeVisible()
  await expect(dialog.getByText('Zeile 5, Kategorie: „Stiftung“')).toBeVisible()
  const found = await new AxeBuilder({ page: anna }).withTags(TAGS).analyze()
  expect(found.violations.map((v) => v.id)).toEqual([])
  await dialog.getByRole('button', { name: '3 Karten anlegen' }).click()
  await expect(dialog).toBeHidden()
  await expect(anna.getByTestId('board-announcement')).toContainText(
    '3 Karten aus der Liste angelegt.',
  )
  await expect(canvas(anna)).toBeFocused()

  // Ben sees them, each in its ring and field of action on the map.
  await expect(
    bensList.getByRole('button', {
      name: 'Akteur:in: Stadtwerke Müllheim, Konzern Kommune, Konzern Kommune · Energie & Umwelt',
      exact: true,
    }),
  ).toBeAttached()
  await expect(
    bensList.getByRole('button', {
      name: 'Akteur:in: Bürgerverein Süd, Bürger:innen, Örtliche Gemeinschaft · Mobilität',
      exact: true,
    }),
  ).toBeAttached()
  await expect(
    bensList.getByRole('button', {
      name: 'Akteur:in: Stiftung Lernort, Zivilgesellschaft, Örtliche Gemeinschaft · Bildung & Kultur',
      exact: true,
    }),
  ).toBeAttached()

  // The people, from an XLSX: a person with her org unit and share, and an org unit.
  const xlsx = await writeXlsxFile([
    ['Name', 'Abteilung', 'Stellenanteil', 'Art'],
    ['Anna Schäfer', 'Hauptamt', { type: Number, value: 0.5, format: '0%' }, 'Person'],
    ['IT-Abteilung', null, null, 'Organisationseinheit'],
  ]).toBuffer()
  // This time through "Aus Datei importieren …", which hands a list over to the list import.
  await insertFromMenu(anna, 'Aus Datei importieren …')
  const general = anna.getByRole('dialog', { name: 'Importieren', exact: true })
  await expect(general).toContainText('Eine Liste (.csv, .xlsx, .ods)')
  await general.getByTestId('import-file-input').setInputFiles({
    name: 'personen.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsx,
  })
  await expect(general).toBeHidden()
  dialog = anna.getByRole('dialog', { name: 'Liste importieren' })
  await expect(dialog.getByRole('status')).toHaveText('2 Zeilen aus „personen.xlsx“ gelesen.')
  await expect(dialog.getByRole('radio', { name: 'Personen und Org.-Einheiten' })).toBeChecked()
  await expect(dialog.getByLabel('Verfügbare Zeit in %')).toHaveValue('2')
  await expect(
    dialog.getByRole('table', { name: 'Vorschau der ersten 2 Karten' }).getByRole('row').nth(1),
  ).toHaveText(/Anna Schäfer\s*Person\s*Hauptamt\s*50 %/)
  await dialog.getByRole('button', { name: '2 Karten anlegen' }).click()
  await expect(dialog).toBeHidden()
  await expect(
    bensList.getByRole('button', {
      name: 'Person: Anna Schäfer, Hauptamt, Zeit: 0 % von 50 %',
      exact: true,
    }),
  ).toBeAttached()
  await expect(
    bensList.getByRole('button', {
      name: 'Org.-Einheit: IT-Abteilung, Zeit: 0 % von 100 %',
      exact: true,
    }),
  ).toBeAttached()

  // One undo takes the people away again, for both; the next one the actors.
  await anna.getByRole('button', { name: 'Rückgängig' }).click()
  await expect(
    bensList.getByRole('button', {
      name: 'Person: Anna Schäfer, Hauptamt, Zeit: 0 % von 50 %',
      exact: true,
    }),
  ).toHaveCount(0)
  await expect(
    bensList.getByRole('button', {
      name: 'Org.-Einheit: IT-Abteilung, Zeit: 0 % von 100 %',
      exact: true,
    }),
  ).toHaveCount(0)
  await expect(
    bensList.getByRole('button', { name: /Akteur:in: Stadtwerke Müllheim/ }),
  ).toBeAttached()
  await anna.getByRole('button', { name: 'Rückgängig' }).click()
  await expect(
    bensList.getByRole('button', {
      name: /Akteur:in: (Stadtwerke Müllheim|Bürgerverein Süd|Stiftung Lernort)/,
    }),
  ).toHaveCount(0)
})

test('a workbook of several sheets: the sheet is chosen, and what it holds guessed anew', async ({
  browser,
}) => {
  const anna = await newPerson(browser, { name: 'Anna' })
  await createEcosystemBoard(anna, 'Mappe')
  const xlsx = await writeXlsxFile([
    {
      sheet: 'Akteure',
      data: [
        ['Name', 'Kategorie'],
        ['Stadtwerke', 'Konzern Kommune'],
      ],
    },
    {
      sheet: 'Rollen',
      data: [
        ['Rolle', 'Gruppe'],
        ['Datenschutzbeauftragte:r', ''],
        ['Digitallots:in', 'Umsetzung'],
      ],
    },
  ]).toBuffer()
  const dialog = await openImport(anna)
  await dialog.getByLabel('Datei (CSV, XLSX oder ODS)').setInputFiles({
    name: 'mappe.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsx,
  })
  await expect(dialog.getByRole('status')).toHaveText(
    '1 Zeile aus „mappe.xlsx“, Tabellenblatt „Akteure“ gelesen.',
  )
  await dialog.getByLabel('Tabellenblatt').selectOption('Rollen')
  await expect(dialog.getByRole('radio', { name: 'Rollen' })).toBeChecked()
  const preview = dialog.getByRole('table', { name: 'Vorschau der ersten 2 Karten' })
  await expect(preview.getByRole('row').nth(1)).toContainText('Schutz und Mitbestimmung')
  await expect(preview.getByRole('row').nth(2)).toContainText('Umsetzung')
  await dialog.getByRole('button', { name: '2 Karten anlegen' }).click()
  await expect(anna.getByTestId('board-announcement')).toContainText(
    '2 Karten aus der Liste angelegt.',
  )
})

test('a file that is no list, or too long, is refused with what is wrong, and nothing is made', async ({
  browser,
}) => {
  const anna = await newPerson(browser, { name: 'Anna' })
  await createEcosystemBoard(anna, 'Listen prüfen')
  const dialog = await openImport(anna)
  const input = dialog.getByLabel('Datei (CSV, XLSX oder ODS)')
  await input.setInputFiles({
    name: 'kaputt.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('PK\u0003\u0004kaputt'),
  })
  await expect(dialog.getByRole('alert')).toHaveText(
    '„kaputt.xlsx“ lässt sich nicht als CSV-, XLSX- oder ODS-Tabelle lesen.',
  )
  const long = ['Name', ...Array.from({ length: 1001 }, (_, i) => `Akteur ${i}`)].join('\r\n')
  await input.setInputFiles({ name: 'lang.csv', mimeType: 'text/csv', buffer: Buffer.from(long) })
  await expect(dialog.getByRole('alert')).toHaveText(
    'Die Liste hat 1001 Zeilen; höchstens 1000 werden auf einmal importiert. Bitte teilen Sie sie auf.',
  )
  await expect(dialog.getByRole('button', { name: '0 Karten anlegen' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Abbrechen' }).click()
  await expect(dialog).toBeHidden()
})
