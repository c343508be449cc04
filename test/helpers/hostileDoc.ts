// What a hostile (or badly broken) editor can write under `elements`: anything Yjs encodes. Used
// by the reader tests and the hostile-editor journey; `writeHostileElements` takes any Y.Doc.
import * as Y from 'yjs'
import { elementsMap } from '../../shared/schema/doc.ts'

/** Characters of the enormous texts: 100 times the 10,000 any field keeps. */
export const ENORMOUS = 1_000_000

/** Ids of the junk written by writeHostileElements, by what they hold. */
export const HOSTILE_IDS = {
  string: 'junk-string',
  number: 'junk-number',
  nul: 'junk-null',
  array: 'junk-array',
  text: 'junk-ytext',
  yarray: 'junk-yarray',
  object: 'junk-object',
  typeNumber: 'junk-type-number',
  nan: 'junk-nan',
  infinite: 'junk-infinite',
  huge: 'junk-huge',
  negative: 'junk-negative-size',
  textNumber: 'junk-text-number',
  textMap: 'junk-text-map',
  enormousNote: 'junk-enormous-note',
  enormousPlain: 'junk-enormous-plain',
  enormousActor: 'junk-enormous-actor',
  enormousRole: 'junk-enormous-role',
  enormousConnector: 'junk-enormous-connector',
  badConnector: 'junk-connector-ends',
  badStroke: 'junk-stroke-points',
  badImage: 'junk-image',
  person: 'junk-person',
} as const

function map(entries: Record<string, unknown>): Y.Map<unknown> {
  const m = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(entries)) m.set(key, value)
  return m
}

function ytext(text: string): Y.Text {
  const t = new Y.Text()
  t.insert(0, text)
  return t
}

/**
 * Writes every kind of junk under `elements`, each in its own transaction (one update each, so a
 * server's frame limit is met by each on its own), its enormous texts `enormous` long.
 */
export function writeHostileElements(doc: Y.Doc, enormous = ENORMOUS): void {
  const big = 'W'.repeat(enormous)
  const box = { x: 0, y: 0, w: 100, h: 100 }
  const inner = elementsMap(doc)
  const elements = {
    set: (id: string, value: unknown) => doc.transact(() => inner.set(id, value)),
  }
  elements.set(HOSTILE_IDS.string, 'not an element')
  elements.set(HOSTILE_IDS.number, 42)
  elements.set(HOSTILE_IDS.nul, null)
  elements.set(HOSTILE_IDS.array, [1, 'two', { three: 3 }])
  elements.set(HOSTILE_IDS.text, ytext('a Y.Text where a map belongs'))
  elements.set(HOSTILE_IDS.yarray, Y.Array.from([1, 2, 3]))
  elements.set(HOSTILE_IDS.object, { type: 'note', x: 1, y: 2, w: 3, h: 4 })
  elements.set(HOSTILE_IDS.typeNumber, map({ ...box, type: 7 }))
  elements.set(HOSTILE_IDS.nan, map({ type: 'note', x: NaN, y: NaN, w: NaN, h: NaN }))
  elements.set(
    HOSTILE_IDS.infinite,
    map({ type: 'shape', x: Infinity, y: -Infinity, w: Infinity, h: 1 }),
  )
  elements.set(HOSTILE_IDS.huge, map({ type: 'note', x: 1e308, y: -1e308, w: 1e300, h: 1e300 }))
  elements.set(HOSTILE_IDS.negative, map({ type: 'frame', x: 0, y: 0, w: -50, h: 0 }))
  elements.set(HOSTILE_IDS.textNumber, map({ ...box, type: 'note', text: 12345, color: {} }))
  elements.set(HOSTILE_IDS.textMap, map({ ...box, type: 'text', text: new Y.Map() }))
  elements.set(HOSTILE_IDS.enormousNote, map({ ...box, type: 'note', text: ytext(big) }))
  elements.set(HOSTILE_IDS.enormousPlain, map({ ...box, type: 'shape', text: big }))
  elements.set(
    HOSTILE_IDS.enormousActor,
    map({ ...box, type: 'actor', text: ytext(big), note: big, customCategory: big }),
  )
  elements.set(
    HOSTILE_IDS.enormousRole,
    map({ ...box, type: 'role', text: big, description: ytext(big), catalogueId: 42 }),
  )
  elements.set(
    HOSTILE_IDS.enormousConnector,
    map({ ...box, type: 'connector', from: { x: 0, y: 0 }, to: { x: 9, y: 9 }, text: big }),
  )
  elements.set(
    HOSTILE_IDS.badConnector,
    map({ ...box, type: 'connector', from: 'nowhere', to: { elementId: 5 } }),
  )
  elements.set(HOSTILE_IDS.badStroke, map({ ...box, type: 'stroke', points: [NaN, 1, 2] }))
  elements.set(HOSTILE_IDS.badImage, map({ ...box, type: 'image', asset: '../../etc/passwd' }))
  elements.set(
    HOSTILE_IDS.person,
    map({ ...box, type: 'person', text: ytext(big), orgUnit: big, groupId: {}, locked: 'yes' }),
  )
}
