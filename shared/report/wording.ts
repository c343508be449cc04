import type { Label, Locale } from '../vocabulary/label.ts'

/**
 * Every fixed word of the workshop report, German and English, in the wording of DOMAIN.md and
 * the app (gender-inclusive forms with a colon, „…“ quotes in German). `{name}` is filled in.
 */
export const REPORT_WORDING = {
  title: { de: 'Workshop-Bericht: {title}', en: 'Workshop report: {title}' },
  untitled: { de: 'Board ohne Titel', en: 'Untitled board' },
  unnamed: { de: '(ohne Namen)', en: '(unnamed)' },
  date: { de: 'Stand: {date}', en: 'As of: {date}' },
  address: { de: 'Adresse des Boards: ', en: 'Address of the board: ' },
  access: {
    de: 'Zugang über den Link der Moderation: Diese Adresse allein öffnet das Board nicht.',
    en: 'Access through the link from the facilitators: this address alone does not open the board.',
  },
  countsCaption: { de: 'Das Board in Zahlen', en: 'The board in figures' },
  countsWhat: { de: 'Was', en: 'What' },
  countsNumber: { de: 'Anzahl', en: 'Number' },
  countElements: { de: 'Elemente', en: 'Elements' },
  countActors: { de: 'Akteur:innen', en: 'Actors' },
  countRelations: { de: 'Beziehungen', en: 'Relations' },
  countRoles: { de: 'Rollen', en: 'Roles' },
  countPeople: { de: 'Personen und Organisationseinheiten', en: 'People and org units' },
  countNotes: { de: 'Notizen', en: 'Notes' },
  countFrames: { de: 'Rahmen', en: 'Frames' },

  ecosystem: { de: 'Ökosystem', en: 'Ecosystem' },
  noActors: {
    de: 'Auf dem Board sind keine Akteur:innen.',
    en: 'There are no actors on the board.',
  },
  actorsByRing: { de: 'Akteur:innen nach Ring', en: 'Actors by ring' },
  actorsByCategory: { de: 'Akteur:innen nach Kategorie', en: 'Actors by category' },
  ring: { de: 'Ring', en: 'Ring' },
  noRing: { de: 'ohne Ring', en: 'no ring' },
  category: { de: 'Kategorie', en: 'Category' },
  customCategory: { de: 'eigene Kategorie', en: 'own category' },
  number: { de: 'Anzahl', en: 'Number' },
  actors: { de: 'Akteur:innen', en: 'Actors' },
  relationsByKind: { de: 'Beziehungen nach Art', en: 'Relations by kind' },
  noRelations: {
    de: 'Zwischen den Akteur:innen sind keine Beziehungen eingetragen.',
    en: 'No relations between the actors are recorded.',
  },
  relationKind: { de: 'Art', en: 'Kind' },
  relationFrom: { de: 'Von', en: 'From' },
  relationTo: { de: 'Zu', en: 'To' },
  missingCategories: { de: 'Fehlende Kategorien', en: 'Missing categories' },
  missingCategoriesIntro: {
    de: 'Aus diesen Kategorien ist noch niemand auf dem Board:',
    en: 'Nobody from these categories is on the board yet:',
  },
  noMissingCategories: {
    de: 'Alle Kategorien des Katalogs sind vertreten.',
    en: 'Every category of the catalogue is present.',
  },
  involvement: {
    de: '{share} % der Kommunen beziehen sie stark ein (Trendreport Digitaler Staat 2022)',
    en: '{share} % of municipalities involve them to a high degree (Trendreport Digitaler Staat 2022)',
  },
  unrelatedActors: { de: 'Akteur:innen ohne Beziehung', en: 'Actors without a relation' },

  roles: { de: 'Rollen', en: 'Roles' },
  noRoles: { de: 'Auf dem Board sind keine Rollen.', en: 'There are no roles on the board.' },
  holders: { de: 'Wer hält welche Rolle', en: 'Who holds which role' },
  holdersCaption: {
    de: 'Zuordnungen mit RACI (R verantwortlich, A rechenschaftspflichtig, C konsultiert, I informiert) und Zeitanteil',
    en: 'Assignments with RACI (Responsible, Accountable, Consulted, Informed) and share of time',
  },
  noAssignments: {
    de: 'Noch niemand ist einer Rolle zugeordnet.',
    en: 'Nobody is assigned to a role yet.',
  },
  role: { de: 'Rolle', en: 'Role' },
  group: { de: 'Gruppe', en: 'Group' },
  holder: { de: 'Person oder Organisationseinheit', en: 'Person or org unit' },
  raci: { de: 'RACI', en: 'RACI' },
  share: { de: 'Zeitanteil', en: 'Share of time' },
  people: { de: 'Personen und Organisationseinheiten', en: 'People and org units' },
  name: { de: 'Name', en: 'Name' },
  kind: { de: 'Art', en: 'Kind' },
  kindPerson: { de: 'Person', en: 'Person' },
  kindOrgUnit: { de: 'Organisationseinheit', en: 'Org unit' },
  orgUnit: { de: 'Organisationseinheit', en: 'Org unit' },
  availability: { de: 'Verfügbar', en: 'Available' },
  rolesHeld: { de: 'Rollen (R oder A)', en: 'Roles (R or A)' },
  shareTotal: { de: 'Zeitanteil gesamt', en: 'Total share of time' },
  vacantRoles: { de: 'Unbesetzte Rollen', en: 'Vacant roles' },
  noVacantRoles: {
    de: 'Jede Rolle ist besetzt (jemand ist mit R oder A eingetragen).',
    en: 'Every role is held (someone is down as R or A).',
  },
  conflicts: { de: 'Konflikte und Überlastungen', en: 'Conflicts and overloads' },
  noConflicts: {
    de: 'Keine Interessenkonflikte und keine Überlastungen.',
    en: 'No conflicts of interest and no overloads.',
  },
  accountability: { de: 'Verantwortung (A)', en: 'Accountability (A)' },
  reason: { de: 'Begründung: ', en: 'Reason: ' },

  notes: { de: 'Notizen', en: 'Notes' },
  noNotes: { de: 'Auf dem Board sind keine Notizen.', en: 'There are no notes on the board.' },
  frameTitle: { de: 'Rahmen „{title}“', en: 'Frame “{title}”' },
  untitledFrame: { de: 'Rahmen ohne Titel', en: 'Untitled frame' },
  noNotesInFrame: { de: 'Keine Notizen in diesem Rahmen.', en: 'No notes in this frame.' },
  notesOutside: { de: 'Notizen außerhalb von Rahmen', en: 'Notes outside frames' },

  figures: { de: 'Die Rahmen im Bild', en: 'The frames as pictures' },
  noFrames: {
    de: 'Das Board hat keine Rahmen, daher kein Bild je Rahmen.',
    en: 'The board has no frames, so there is no picture per frame.',
  },
  figuresLimited: {
    de: 'Bilder gibt es für die ersten {shown} Rahmen, damit der Bericht handlich bleibt; die übrigen {left} Rahmen stehen mit ihren Notizen im Abschnitt „Notizen“.',
    en: 'There are pictures of the first {shown} frames, to keep the report manageable; the other {left} frames are listed with their notes under “Notes”.',
  },
  figureCaption: { de: 'Bild: {alt}', en: 'Picture: {alt}' },
  figureAlt: { de: '{frame} mit {content}.', en: '{frame} with {content}.' },
  figureAltEmpty: { de: '{frame}, leer.', en: '{frame}, empty.' },
  and: { de: ' und ', en: ' and ' },
} as const satisfies Record<string, Label>

export type ReportWord = keyof typeof REPORT_WORDING

/** The report's word for `key` in `language`, with `{name}` filled in from `params`. */
export function say(
  key: ReportWord,
  language: Locale,
  params: Record<string, string | number> = {},
): string {
  return fill(REPORT_WORDING[key][language], params)
}

/** Fills `{name}` placeholders; an unknown placeholder stays as it is. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  )
}

/** A card's name, or "(ohne Namen)" when it has none. */
export function nameOr(name: string, language: Locale): string {
  return name.trim() === '' ? say('unnamed', language) : name
}

/** A count of things in words: "1 Notiz", "3 Notizen" (German and English). */
export function countOf(count: number, one: Label, many: Label, language: Locale): string {
  return `${count} ${(count === 1 ? one : many)[language]}`
}
