import { describe, expect, it } from 'vitest'
import { guessListKind, guessMapping } from '../../../../../shared/import/lists/listFields.ts'
import {
  LIST_MAX_COLUMNS,
  LIST_MAX_ROWS,
  ListRefused,
  toListTable,
} from '../../../../../shared/import/lists/listTable.ts'
import {
  matchCategory,
  matchField,
  matchPersonKind,
  matchRing,
  parsePercent,
} from '../../../../../shared/import/lists/matchValues.ts'
import { planCards } from '../../../../../shared/import/lists/planCards.ts'

const ACTORS = [
  ['Name', 'Kategorie', 'Ring', 'Handlungsfeld'],
  ['Stadtwerke Müllheim', 'Konzern Kommune', 'Konzern Kommune', 'Energie und Umwelt'],
  ['', '', '', ''],
  ['Bürgerverein Süd', 'Bürger', '3', ''],
  ['', 'Wirtschaft', '', ''],
  ['Förderkreis Ökologie', 'Stiftung', 'Mars', 'Weltraum'],
]

function refusal(raw: unknown[][]): unknown {
  try {
    toListTable(raw)
  } catch (err) {
    return err instanceof ListRefused ? err.problem : err
  }
  return null
}

describe('toListTable', () => {
  it('takes the first row as headers, drops empty rows and remembers each row’s line', () => {
    const table = toListTable([[], ['Name', '', 'Notiz '], ['  Anna ', 'x'], [' ', ''], ['Ben']])
    expect(table.headers).toEqual(['Name', 'Spalte 2', 'Notiz'])
    expect(table.rows).toEqual([
      ['Anna', 'x', ''],
      ['Ben', '', ''],
    ])
    expect(table.lines).toEqual([3, 5])
  })

  it('refuses an empty file, a header alone, too many rows and too many columns', () => {
    expect(refusal([])).toEqual({ code: 'empty', params: {} })
    expect(refusal([['Name'], ['', '']])).toEqual({ code: 'noRows', params: {} })
    const many = [['Name'], ...Array.from({ length: LIST_MAX_ROWS + 1 }, (_, i) => [`A${i}`])]
    expect(refusal(many)).toEqual({
      code: 'tooManyRows',
      params: { rows: LIST_MAX_ROWS + 1, max: LIST_MAX_ROWS },
    })
    const wide = [Array.from({ length: LIST_MAX_COLUMNS + 1 }, (_, i) => `C${i}`), ['x']]
    expect(refusal(wide)).toMatchObject({ code: 'tooManyColumns' })
    // Formatted but empty columns at the end do not count.
    const padded = [['Name', ...Array<string>(200).fill('')], ['Anna']]
    expect(toListTable(padded).headers).toEqual(['Name'])
  })
})

describe('guessing', () => {
  it('maps German and English headers, Werkraum’s own export included', () => {
    expect(guessMapping('actors', ['Name', 'Kategorie', 'Ring', 'Handlungsfeld', 'Notiz'])).toEqual(
      {
        name: 0,
        category: 1,
        ring: 2,
        field: 3,
        note: 4,
      },
    )
    expect(guessMapping('actors', ['Field of action', 'Actor', 'Category'])).toEqual({
      name: 1,
      category: 2,
      ring: null,
      field: 0,
      note: null,
    })
    expect(
      guessMapping('people', [
        'Name',
        'Art',
        'Organisationseinheit',
        'Verfügbare Zeit',
        'Rollen (R/A)',
      ]),
    ).toEqual({ name: 0, personKind: 1, orgUnit: 2, availability: 3 })
    expect(guessMapping('roles', ['Rolle', 'Gruppe', 'Katalogeintrag', 'Beschreibung'])).toEqual({
      name: 0,
      group: 1,
      description: 3,
    })
  })

  it('takes the first column as the name when no header says so', () => {
    expect(guessMapping('actors', ['Wer', 'Kategorie'])).toMatchObject({ name: 0, category: 1 })
  })

  it('guesses what a list holds from its headers', () => {
    expect(guessListKind(['Name', 'Kategorie', 'Ring'])).toBe('actors')
    expect(guessListKind(['Name', 'Abteilung', 'Stellenanteil'])).toBe('people')
    expect(guessListKind(['Rolle', 'Gruppe'])).toBe('roles')
    expect(guessListKind(['Irgendwas'])).toBe('actors')
  })
})

describe('matching values', () => {
  it('reads categories, rings and fields in either language, with umlauts spelled out', () => {
    expect(matchCategory('Bürger:innen')).toBe('citizens')
    expect(matchCategory('Buergerinnen')).toBe('citizens')
    expect(matchCategory('bürger')).toBe('citizens')
    expect(matchCategory('IT service provider')).toBe('itProvider')
    expect(matchCategory('Stiftung')).toBeNull()
    expect(matchRing('Örtliche Gemeinschaft')).toBe('localCommunity')
    expect(matchRing('Oertliche Gemeinschaft')).toBe('localCommunity')
    expect(matchRing('4')).toBe('regionStateFederal')
    expect(matchRing('Region/Land/Bund')).toBe('regionStateFederal')
    expect(matchRing('5')).toBeNull()
    expect(matchField('Energie und Umwelt')).toBe('energyEnvironment')
    expect(matchField('Gesundheit & Soziales')).toBe('healthSocial')
    expect(matchField('mobility')).toBe('mobility')
  })

  it('reads people’s kind and time in the ways spreadsheets write them', () => {
    expect(matchPersonKind('Organisationseinheit')).toBe('orgUnit')
    expect(matchPersonKind('Team')).toBe('orgUnit')
    expect(matchPersonKind('Person')).toBe('person')
    expect(matchPersonKind('')).toBe('person')
    expect(parsePercent('80 %')).toBe(80)
    expect(parsePercent('80')).toBe(80)
    expect(parsePercent('0,5')).toBe(50)
    expect(parsePercent('0.25')).toBe(25)
    expect(parsePercent('1')).toBe(100)
    expect(parsePercent('150 %')).toBe(100)
    expect(parsePercent('halbtags')).toBeNull()
  })
})

describe('planCards', () => {
  it('makes actors, skips rows without a name and names what matched nothing', () => {
    const table = toListTable(ACTORS)
    const plan = planCards(table, 'actors', guessMapping('actors', table.headers), {
      unknownCategory: 'custom',
    })
    expect(plan.cards).toEqual([
      {
        kind: 'actor',
        name: 'Stadtwerke Müllheim',
        category: 'municipalGroup',
        customCategory: '',
        ring: 'municipalGroup',
        field: 'energyEnvironment',
        note: '',
      },
      {
        kind: 'actor',
        name: 'Bürgerverein Süd',
        category: 'citizens',
        customCategory: '',
        ring: 'localCommunity',
        field: null,
        note: '',
      },
      {
        kind: 'actor',
        name: 'Förderkreis Ökologie',
        category: 'custom',
        customCategory: 'Stiftung',
        ring: null,
        field: null,
        note: '',
      },
    ])
    expect(plan.skippedLines).toEqual([5])
    expect(plan.unmatched).toEqual([
      { line: 6, field: 'category', value: 'Stiftung' },
      { line: 6, field: 'ring', value: 'Mars' },
      { line: 6, field: 'field', value: 'Weltraum' },
    ])
    const other = planCards(table, 'actors', guessMapping('actors', table.headers), {
      unknownCategory: 'civilSociety',
    })
    expect(other.cards[2]).toMatchObject({ category: 'civilSociety', customCategory: '' })
  })

  it('makes people and org units, and roles that know their catalogue entry', () => {
    const people = toListTable([
      ['Name', 'Art', 'Abteilung', 'Stellenanteil'],
      ['Anna Schäfer', 'Person', 'Hauptamt', '50 %'],
      ['IT-Abteilung', 'Organisationseinheit', 'ignored', ''],
      ['Ben Groß', '', '', 'viel'],
    ])
    const plan = planCards(people, 'people', guessMapping('people', people.headers), {
      unknownCategory: 'custom',
    })
    expect(plan.cards).toEqual([
      {
        kind: 'person',
        name: 'Anna Schäfer',
        personKind: 'person',
        orgUnit: 'Hauptamt',
        availability: 50,
      },
      {
        kind: 'person',
        name: 'IT-Abteilung',
        personKind: 'orgUnit',
        orgUnit: '',
        availability: 100,
      },
      { kind: 'person', name: 'Ben Groß', personKind: 'person', orgUnit: '', availability: 100 },
    ])
    expect(plan.unmatched).toEqual([{ line: 4, field: 'availability', value: 'viel' }])

    const roles = toListTable([
      ['Rolle', 'Gruppe'],
      ['Datenschutzbeauftragte:r', ''],
      ['Digitallots:in', 'Umsetzung'],
    ])
    expect(
      planCards(roles, 'roles', guessMapping('roles', roles.headers), { unknownCategory: 'custom' })
        .cards,
    ).toEqual([
      {
        kind: 'role',
        name: 'Datenschutzbeauftragte:r',
        catalogueId: 'dataProtectionOfficer',
        group: null,
        description: '',
      },
      {
        kind: 'role',
        name: 'Digitallots:in',
        catalogueId: null,
        group: 'implementation',
        description: '',
      },
    ])
  })
})
