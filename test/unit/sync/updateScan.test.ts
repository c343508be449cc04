import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { scanUpdate } from '../../../server/sync/updateScan.ts'
import { createNote } from '../../../shared/ops/createNote.ts'
import { deepAnyUpdate, deepJsonUpdate, emptyMapsUpdate } from '../../helpers/hostileUpdates.ts'

const LOTS = 1_000_000

/** Everything a Werkraum client writes, with edits and deletions, as one update. */
function boardUpdate(): Uint8Array {
  const doc = new Y.Doc()
  for (let i = 0; i < 20; i++) createNote(doc, { x: i, y: i, text: `Notiz ${i}`, id: `n${i}` })
  const elements = doc.getMap<Y.Map<unknown>>('elements')
  const text = elements.get('n3')!.get('text') as Y.Text
  text.insert(2, 'äöü 🙂')
  text.delete(0, 2)
  elements.delete('n4')
  const stroke = new Y.Map<unknown>()
  stroke.set('points', [
    [0, 1.5],
    [2, -3],
  ])
  stroke.set('end', { id: 'n1', side: null, big: 2 ** 40, yes: true, no: false })
  stroke.set('bytes', new Uint8Array([1, 2, 3]))
  const list = new Y.Array<unknown>()
  list.push([1, 'zwei', new Y.Map(), new Y.Text('drei')])
  stroke.set('list', list)
  elements.set('s', stroke)
  doc.getMap('meta').set('title', 'Workshop')
  return Y.encodeStateAsUpdate(doc)
}

/** Structs plus delete ranges, as Yjs decodes them. */
function items(update: Uint8Array): number {
  const { structs, ds } = Y.decodeUpdate(update)
  let ranges = 0
  for (const list of ds.clients.values()) ranges += list.length
  return structs.length + ranges
}

describe('scanUpdate', () => {
  it('counts the structs and delete ranges of what Werkraum writes, as Yjs decodes them', () => {
    const update = boardUpdate()
    expect(scanUpdate(update, LOTS, 32)).toEqual({ ok: true, structs: items(update) })
  })

  it('reads updates merged from several clients', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    createNote(a, { x: 0, y: 0 })
    createNote(b, { x: 1, y: 1 })
    const merged = Y.mergeUpdates([Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b)])
    expect(scanUpdate(merged, LOTS, 32)).toEqual({ ok: true, structs: items(merged) })
  })

  it('stops counting past the limit', () => {
    expect(scanUpdate(emptyMapsUpdate(1001), 1000, 32)).toEqual({
      ok: false,
      refusal: 'too many items',
    })
    expect(scanUpdate(emptyMapsUpdate(1000), 1000, 32)).toEqual({ ok: true, structs: 1000 })
  })

  it('refuses values nested deeper than the limit, however deep, without recursion', () => {
    expect(scanUpdate(deepAnyUpdate(32), LOTS, 32).ok).toBe(true)
    expect(scanUpdate(deepAnyUpdate(33), LOTS, 32)).toEqual({
      ok: false,
      refusal: 'too deeply nested',
    })
    expect(scanUpdate(deepAnyUpdate(1_000_000), LOTS, 32)).toEqual({
      ok: false,
      refusal: 'too deeply nested',
    })
  })

  it('refuses content types the schema never uses', () => {
    expect(scanUpdate(deepJsonUpdate(1), LOTS, 32)).toEqual({
      ok: false,
      refusal: 'forbidden content',
    })
    const text = (doc: Y.Doc): Y.Text => {
      const t = new Y.Text()
      doc.getMap('elements').set('t', t)
      return t
    }
    const cases: ((doc: Y.Doc) => void)[] = [
      (doc) => text(doc).insertEmbed(0, { image: 'x' }),
      (doc) => text(doc).insert(0, 'fett', { bold: true }),
      (doc) => doc.getMap('elements').set('x', new Y.XmlElement('p')),
      (doc) => doc.getMap('elements').set('x', new Y.Doc()),
    ]
    for (const change of cases) {
      const doc = new Y.Doc()
      change(doc)
      expect(scanUpdate(Y.encodeStateAsUpdate(doc), LOTS, 32)).toEqual({
        ok: false,
        refusal: 'forbidden content',
      })
    }
  })

  it('refuses content under a root the schema does not have, and list content under its maps', () => {
    const cases: ((doc: Y.Doc) => void)[] = [
      (doc) => doc.getArray('junk').insert(0, [1, 2, 3]),
      (doc) => doc.getMap('junk').set('x', new Y.Map()),
      (doc) => doc.getText('junk').insert(0, 'hidden'),
      (doc) => doc.getArray('elements').insert(0, [new Y.Map(), new Y.Map()]),
    ]
    for (const change of cases) {
      const doc = new Y.Doc()
      change(doc)
      expect(scanUpdate(Y.encodeStateAsUpdate(doc), LOTS, 32)).toEqual({
        ok: false,
        refusal: 'unknown root',
      })
    }
    for (const root of ['meta', 'elements', 'assignments', 'conflictRules']) {
      const doc = new Y.Doc()
      doc.getMap(root).set('x', new Y.Map())
      expect(scanUpdate(Y.encodeStateAsUpdate(doc), LOTS, 32).ok).toBe(true)
    }
  })

  it('refuses truncated and lying updates as malformed', () => {
    const update = boardUpdate()
    for (const cut of [1, 10, 100, update.length - 3]) {
      const result = scanUpdate(update.subarray(0, cut), LOTS, 32)
      expect(result, `cut at ${cut}`).toEqual({ ok: false, refusal: 'malformed' })
    }
    // One client claiming 2^40 structs, and none there: no loop over the claim.
    const lie = Uint8Array.of(1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20, 1, 0)
    expect(scanUpdate(lie, LOTS, 32)).toEqual({ ok: false, refusal: 'malformed' })
  })
})
