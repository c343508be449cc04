import type { Label } from './label.ts'

/**
 * The rings of the ecosystem map, from the centre outwards (KGSt, "Denkanstöße zur Digitalen
 * Kommune" No. 1). Ids are stored in the document; labels are only shown.
 */
export const ECOSYSTEM_RINGS = [
  {
    id: 'administration',
    label: { de: 'Verwaltung', en: 'Administration' },
    description: {
      de: 'Verwaltungsspitze, Fachbereiche, Querschnittsbereiche',
      en: 'Leadership, departments, cross-cutting units',
    },
  },
  {
    id: 'municipalGroup',
    label: { de: 'Konzern Kommune', en: 'Municipal group' },
    description: {
      de: 'Kommunale Unternehmen und Eigenbetriebe, Stadtwerke, kommunales Rechenzentrum',
      en: 'Municipal companies, Stadtwerke, the municipal data centre or IT provider',
    },
  },
  {
    id: 'localCommunity',
    label: { de: 'Örtliche Gemeinschaft', en: 'Local community' },
    description: {
      de: 'Bürger:innen, Wirtschaft, Vereine und Verbände, Wissenschaft, Zivilgesellschaft, Politik',
      en: 'Citizens, local business, associations, science, civil society, council',
    },
  },
  {
    id: 'regionStateFederal',
    label: { de: 'Region, Land, Bund', en: 'Region, state, federation' },
    description: {
      de: 'Nachbarkommunen und Kreis, Land, Bund, IT-Planungsrat, FITKO, OZG',
      en: 'Neighbouring municipalities and the district, the state, the federation, federal bodies',
    },
  },
] as const satisfies readonly { id: string; label: Label; description: Label }[]

export type RingId = (typeof ECOSYSTEM_RINGS)[number]['id']
export const RING_IDS: readonly RingId[] = ECOSYSTEM_RINGS.map((r) => r.id)

export function isRingId(v: unknown): v is RingId {
  return typeof v === 'string' && (RING_IDS as readonly string[]).includes(v)
}
