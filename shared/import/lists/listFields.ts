import { normalizeKey } from './normalize.ts'

/** What a list's rows become: actor cards, person or org-unit cards, or role cards. */
export const LIST_KINDS = ['actors', 'people', 'roles'] as const
export type ListKind = (typeof LIST_KINDS)[number]

/** The card fields a column can fill, per kind; `name` is the one every row needs. */
export const LIST_FIELDS = {
  actors: ['name', 'category', 'ring', 'field', 'note'],
  people: ['name', 'personKind', 'orgUnit', 'availability'],
  roles: ['name', 'group', 'description'],
} as const satisfies Record<ListKind, readonly string[]>

export type ListField = (typeof LIST_FIELDS)[ListKind][number]

/**
 * Header names each field is guessed from, German and English, as `normalizeKey` writes them.
 * Werkraum's own table exports (shared/export/tables) come back in with every column guessed.
 */
const HEADER_WORDS: Record<ListKind, Partial<Record<ListField, string[]>>> = {
  actors: {
    name: [
      'name',
      'akteur',
      'akteurin',
      'akteure',
      'akteurinnen',
      'actor',
      'organisation',
      'organization',
      'bezeichnung',
      'titel',
      'title',
    ],
    category: ['kategorie', 'category', 'typ', 'type', 'art', 'kind', 'gruppe'],
    ring: ['ring', 'ebene', 'level', 'kreis'],
    field: ['handlungsfeld', 'fieldofaction', 'field', 'themenfeld', 'thema', 'sektor', 'sector'],
    note: [
      'notiz',
      'note',
      'notes',
      'bemerkung',
      'anmerkung',
      'kommentar',
      'comment',
      'beschreibung',
      'description',
    ],
  },
  people: {
    name: [
      'name',
      'person',
      'personen',
      'people',
      'mitarbeiterin',
      'mitarbeiter',
      'vollername',
      'fullname',
      'bezeichnung',
    ],
    personKind: ['art', 'typ', 'type', 'kind'],
    orgUnit: [
      'organisationseinheit',
      'orgeinheit',
      'orgunit',
      'abteilung',
      'amt',
      'fachbereich',
      'department',
      'unit',
      'team',
      'bereich',
    ],
    availability: [
      'verfugbarezeit',
      'verfugbarkeit',
      'availability',
      'availabletime',
      'stellenanteil',
      'zeitanteil',
      'kapazitat',
      'capacity',
      'umfang',
      'zeit',
    ],
  },
  roles: {
    name: ['rolle', 'role', 'name', 'titel', 'title', 'bezeichnung', 'katalogeintrag'],
    group: ['gruppe', 'group', 'rollengruppe', 'rolegroup', 'bereich'],
    description: ['beschreibung', 'description', 'aufgaben', 'aufgabe', 'tasks', 'notiz', 'note'],
  },
}

/** Which column fills which field; null for a field no column fills. */
export type ListMapping = Partial<Record<ListField, number | null>>

function matches(header: string, words: readonly string[]): boolean {
  const key = normalizeKey(header)
  return key !== '' && words.includes(key)
}

/**
 * The mapping a person most likely means, from the header names: each field takes the first
 * column whose header is one of its words, each column at most one field. Without a name
 * column the first column still free is the name, since a list leads with what it lists.
 */
export function guessMapping(kind: ListKind, headers: readonly string[]): ListMapping {
  const mapping: ListMapping = {}
  const used = new Set<number>()
  for (const field of LIST_FIELDS[kind]) {
    const words = HEADER_WORDS[kind][field] ?? []
    const column = headers.findIndex((h, i) => !used.has(i) && matches(h, words))
    mapping[field] = column < 0 ? null : column
    if (column >= 0) used.add(column)
  }
  if (mapping.name === null) {
    const first = headers.findIndex((_, i) => !used.has(i))
    mapping.name = first < 0 ? null : first
  }
  return mapping
}

/**
 * What a list most likely holds, from its headers: the kind with the most fields besides the
 * name recognised; actors when nothing tells.
 */
export function guessListKind(headers: readonly string[]): ListKind {
  let best: ListKind = 'actors'
  let bestScore = 0
  for (const kind of LIST_KINDS) {
    const score = LIST_FIELDS[kind].filter(
      (field) =>
        field !== 'name' && headers.some((h) => matches(h, HEADER_WORDS[kind][field] ?? [])),
    ).length
    const named = headers.some((h) => matches(h, HEADER_WORDS[kind].name ?? []))
    const total = score + (named && kind !== 'actors' ? 0.5 : 0)
    if (total > bestScore) {
      best = kind
      bestScore = total
    }
  }
  return best
}
