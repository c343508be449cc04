import type { Label } from './label.ts'

/** Fields of action that divide the ecosystem map into sectors, clockwise from the top. */
export const FIELDS_OF_ACTION = [
  {
    id: 'digitalAdministration',
    label: { de: 'Verwaltung digital', en: 'Digital administration' },
  },
  { id: 'mobility', label: { de: 'Mobilität', en: 'Mobility' } },
  { id: 'energyEnvironment', label: { de: 'Energie & Umwelt', en: 'Energy & environment' } },
  { id: 'educationCulture', label: { de: 'Bildung & Kultur', en: 'Education & culture' } },
  { id: 'healthSocial', label: { de: 'Gesundheit & Soziales', en: 'Health & social affairs' } },
  { id: 'economyTourism', label: { de: 'Wirtschaft & Tourismus', en: 'Economy & tourism' } },
  { id: 'infrastructure', label: { de: 'Infrastruktur', en: 'Infrastructure' } },
  { id: 'data', label: { de: 'Daten', en: 'Data' } },
] as const satisfies readonly { id: string; label: Label }[]

export type FieldOfActionId = (typeof FIELDS_OF_ACTION)[number]['id']
export const FIELD_IDS: readonly FieldOfActionId[] = FIELDS_OF_ACTION.map((f) => f.id)

export function isFieldOfActionId(v: unknown): v is FieldOfActionId {
  return typeof v === 'string' && (FIELD_IDS as readonly string[]).includes(v)
}
