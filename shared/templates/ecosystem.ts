import type { ActorCategory } from '../vocabulary/actorCategories.ts'
import { DEFAULT_ECOSYSTEM_LAYOUT, ecosystemCircles, sectorStart } from '../domain/ecosystemMap.ts'
import { FIELDS_OF_ACTION, type FieldOfActionId } from '../vocabulary/fieldsOfAction.ts'
import type { Locale } from '../vocabulary/label.ts'
import { ECOSYSTEM_RINGS, type RingId } from '../vocabulary/rings.ts'
import type { FillColor } from '../schema/palette.ts'
import { TemplateBuilder } from './builder.ts'
import type { BoardTemplate } from './template.ts'

const FRAME = { x: 0, y: 0, w: 1600, h: 1640 }
const RING_FILLS: Record<RingId, FillColor> = {
  administration: 'yellow',
  municipalGroup: 'orange',
  localCommunity: 'green',
  regionStateFederal: 'blue',
}

/** Example actors, one per ring, placed in their ring and field; the group removes what it does not need. */
const EXAMPLES: {
  name: { de: string; en: string }
  category: ActorCategory
  ring: RingId
  field: FieldOfActionId
}[] = [
  {
    name: { de: 'Bürgeramt', en: 'Citizens’ office' },
    category: 'administration',
    ring: 'administration',
    field: 'digitalAdministration',
  },
  {
    name: { de: 'Kommunales Rechenzentrum', en: 'Municipal data centre' },
    category: 'itProvider',
    ring: 'municipalGroup',
    field: 'data',
  },
  {
    name: { de: 'Stadtwerke', en: 'Stadtwerke (utilities)' },
    category: 'municipalGroup',
    ring: 'municipalGroup',
    field: 'energyEnvironment',
  },
  {
    name: { de: 'Volkshochschule', en: 'Adult education centre' },
    category: 'civilSociety',
    ring: 'localCommunity',
    field: 'educationCulture',
  },
  {
    name: { de: 'Landkreis', en: 'District' },
    category: 'regionStateFederal',
    ring: 'regionStateFederal',
    field: 'infrastructure',
  },
]

function point(cx: number, cy: number, radius: number, angle: number) {
  return {
    x: Math.round(cx + Math.sin(angle) * radius),
    y: Math.round(cy - Math.cos(angle) * radius),
  }
}

function build(locale: Locale) {
  const b = new TemplateBuilder()
  const layout = DEFAULT_ECOSYSTEM_LAYOUT
  const title = locale === 'de' ? 'Digitales Ökosystem' : 'Digital ecosystem'
  b.frame(FRAME, title, { ecosystemMap: layout })
  const { cx, cy, centre, rings } = ecosystemCircles(FRAME, layout)
  // Outermost first, so each inner ring lies on top of the one around it. The rings and the
  // sector lines only draw the map (its words are the plates and field names): decoration.
  for (let i = layout.rings.length - 1; i >= 0; i--) {
    const r = Math.round(rings[i] ?? 0)
    b.shape(
      { x: cx - r, y: cy - r, w: 2 * r, h: 2 * r },
      { shape: 'ellipse', fill: RING_FILLS[layout.rings[i]!], decoration: true },
    )
  }
  const c = Math.round(centre)
  b.shape(
    { x: cx - c, y: cy - c, w: 2 * c, h: 2 * c },
    {
      shape: 'ellipse',
      fill: 'white',
      label: locale === 'de' ? 'Unsere Kommune' : 'Our municipality',
    },
  )
  const n = layout.fields.length
  const outer = rings[rings.length - 1] ?? centre
  for (let i = 0; i < n; i++) {
    const angle = sectorStart(i, n)
    b.line(point(cx, cy, centre, angle), point(cx, cy, outer, angle), {
      strokeStyle: 'dashed',
      decoration: true,
    })
  }
  // Ring names on white plates down the middle of the first sector; field names near the edge.
  layout.rings.forEach((ring, i) => {
    const mid = ((i === 0 ? centre : rings[i - 1]!) + rings[i]!) / 2
    const at = point(cx, cy, mid, Math.PI / n)
    const label = ECOSYSTEM_RINGS.find((r) => r.id === ring)!.label[locale]
    b.shape(
      { x: at.x - 110, y: at.y - 22, w: 220, h: 44 },
      { shape: 'roundedRectangle', fill: 'white', label },
    )
  })
  layout.fields.forEach((field, i) => {
    const at = point(cx, cy, outer - 40, sectorStart(i, n) + Math.PI / n / 2)
    const label = FIELDS_OF_ACTION.find((f) => f.id === field)!.label[locale]
    b.text({ x: at.x - 120, y: at.y - 18, w: 240, h: 36 }, label, { fontSize: 22, align: 'center' })
  })
  for (const example of EXAMPLES) {
    const i = layout.rings.indexOf(example.ring)
    const f = layout.fields.indexOf(example.field)
    const mid = ((i === 0 ? centre : rings[i - 1]!) + rings[i]!) / 2
    const at = point(cx, cy, mid, sectorStart(f, n) + (Math.PI / n) * 1.1)
    b.actor(at, {
      name: example.name[locale],
      category: example.category,
      ring: example.ring,
      field: example.field,
    })
  }
  return b.elements
}

/** "Digitales Ökosystem": the rings and sectors of the KGSt ecosystem with example actors. */
export const ECOSYSTEM_TEMPLATE: BoardTemplate = {
  id: 'ecosystem',
  label: { de: 'Digitales Ökosystem', en: 'Digital ecosystem' },
  description: {
    de: 'Akteurslandkarte mit den Ringen Verwaltung, Konzern Kommune, Örtliche Gemeinschaft und Region, Land, Bund, nach Handlungsfeldern geteilt, mit Beispielakteur:innen.',
    en: 'Actor map with the rings administration, municipal group, local community and region, state, federation, divided by fields of action, with example actors.',
  },
  build,
}
