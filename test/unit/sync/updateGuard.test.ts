import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  MAX_NESTING_DEPTH,
  MAX_UPDATE_ITEMS,
  checkUpdate,
  countDocItems,
  type GuardLimits,
  type GuardVerdict,
} from '../../../server/sync/updateGuard.ts'
import { decodeUpdate } from '../../../server/sync/updateEffect.ts'
import { scanUpdate } from '../../../server/sync/updateScan.ts'
import { createNote } from '../../../shared/ops/createNote.ts'
import { metaMap } from '../../../shared/schema/doc.ts'
import { SERVER_ORIGIN } from '../../../shared/origins.ts'
import {
  deepAnyUpdate,
  deepJsonUpdate,
  deepMapsUpdate,
  emptyMapsUpdate,
} from '../../helpers/hostileUpdates.ts'

const LIMITS: GuardLimits = { maxBoardItems: 300_000 }

function check(doc: Y.Doc, update: Uint8Array, limits = LIMITS): GuardVerdict {
  const decoded = decodeUpdate(update)
  if (decoded === null) throw new Error('update does not decode')
  return checkUpdate(doc, update, decoded, limits)
}

/** What `change` does to a copy of `server`, as the update a client would send. */
function clientEdit(server: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  const before = Y.encodeStateVector(client)
  change(client)
  return Y.encodeStateAsUpdate(client, before)
}

/** Two successive edits of one client, as the updates it sends: the second needs the first. */
function twoEdits(first: (doc: Y.Doc) => void, second: (doc: Y.Doc) => void): Uint8Array[] {
  const client = new Y.Doc()
  const updates: Uint8Array[] = []
  client.on('update', (u: Uint8Array) => updates.push(u))
  first(client)
  second(client)
  return updates
}

function refusal(verdict: GuardVerdict): string | null {
  return verdict.ok ? null : verdict.refusal
}

describe('checkUpdate', () => {
  it('accepts what Werkraum writes: notes with text, nested maps and arrays', () => {
    const server = new Y.Doc()
    const update = clientEdit(server, (doc) => {
      for (let i = 0; i < 50; i++) createNote(doc, { x: i, y: i, text: `Idee ${i}` })
      const el = new Y.Map<unknown>()
      el.set('points', [
        [0, 0],
        [1, 1],
      ])
      const nested = new Y.Array<unknown>()
      nested.push([new Y.Map()])
      el.set('list', nested)
      doc.getMap('elements').set('stroke', el)
    })
    expect(check(server, update)).toEqual({ ok: true, newItems: expect.any(Number) as number })
  })

  it('accepts a paste or offline backlog of 10,000 notes in one update (a full 2 MiB frame)', () => {
    const server = new Y.Doc()
    // The keys createNote writes (its stacking lookup makes 10,000 of it slow for a unit test).
    const update = clientEdit(server, (doc) =>
      doc.transact(() => {
        for (let i = 0; i < 10_000; i++) {
          const note = new Y.Map<unknown>()
          for (const [key, value] of Object.entries({ type: 'note', x: i, y: i, w: 160, h: 160 })) {
            note.set(key, value)
          }
          note.set('z', `a${i}`)
          note.set('color', 'yellow')
          note.set('text', new Y.Text(`Idee ${i}`))
          doc.getMap('elements').set(`note-${i}`, note)
        }
      }),
    )
    expect(update.length).toBeLessThan(2 * 1024 * 1024)
    expect(scanUpdate(update, MAX_UPDATE_ITEMS, MAX_NESTING_DEPTH).ok).toBe(true)
    expect(check(server, update)).toEqual({ ok: true, newItems: 100_000 })
  })

  it('refuses a deep Any value without overflowing its own stack', () => {
    // 2,000 levels: what a test worker's smaller stack still decodes (the server's main thread
    // decodes 20,000, see test/integration/syncIntegrity.test.ts).
    expect(refusal(check(new Y.Doc(), deepAnyUpdate(2_000)))).toBe('too deeply nested')
  })

  it('counts Any depth up to the limit, and one level more is refused', () => {
    // The item is at depth 1 (inside the root map), its value adds the array levels.
    expect(refusal(check(new Y.Doc(), deepAnyUpdate(MAX_NESTING_DEPTH - 1)))).toBe(null)
    expect(refusal(check(new Y.Doc(), deepAnyUpdate(MAX_NESTING_DEPTH)))).toBe('too deeply nested')
  })

  it('refuses old-style Yjs JSON content, which the schema never uses', () => {
    expect(refusal(check(new Y.Doc(), deepJsonUpdate(3)))).toBe('forbidden content')
  })

  it('refuses shared types nested deeper than the limit, in one update', () => {
    expect(refusal(check(new Y.Doc(), deepMapsUpdate(MAX_NESTING_DEPTH)))).toBe(null)
    expect(refusal(check(new Y.Doc(), deepMapsUpdate(20_000)))).toBe('too deeply nested')
  })

  it('measures nesting from where the parent already is in the doc', () => {
    const server = new Y.Doc()
    Y.applyUpdate(server, deepMapsUpdate(MAX_NESTING_DEPTH - 1))
    const deeper = clientEdit(server, (doc) => {
      let map = doc.getMap('elements').get('maps') as Y.Map<unknown>
      while (map.get('k') instanceof Y.Map) map = map.get('k') as Y.Map<unknown>
      map.set('k', new Y.Map())
    })
    expect(refusal(check(server, deeper))).toBe(null)
    Y.applyUpdate(server, deeper)
    const tooDeep = clientEdit(server, (doc) => {
      let map = doc.getMap('elements').get('maps') as Y.Map<unknown>
      while (map.get('k') instanceof Y.Map) map = map.get('k') as Y.Map<unknown>
      map.set('v', 1)
      map.set('k', new Y.Map())
    })
    expect(refusal(check(server, tooDeep))).toBe('too deeply nested')
  })

  it('refuses embeds, formatting, XML types and subdocuments', () => {
    const server = new Y.Doc()
    const cases: ((doc: Y.Doc) => void)[] = [
      (doc) => doc.getText('t').insertEmbed(0, { image: 'x' }),
      (doc) => doc.getText('t').insert(0, 'fett', { bold: true }),
      (doc) => doc.getMap('elements').set('x', new Y.XmlFragment()),
      (doc) => doc.getMap('elements').set('x', new Y.XmlText()),
      (doc) => doc.getMap('elements').set('x', new Y.Doc()),
    ]
    for (const change of cases) {
      expect(refusal(check(server, clientEdit(server, change)))).toBe('forbidden content')
    }
  })

  it('refuses an update with more items than one update may carry', () => {
    expect(refusal(check(new Y.Doc(), emptyMapsUpdate(MAX_UPDATE_ITEMS + 1)))).toBe(
      'too many items',
    )
  })

  it('refuses what would take the board past its item cap, but not deletions', () => {
    const server = new Y.Doc()
    Y.applyUpdate(
      server,
      clientEdit(server, (doc) => createNote(doc, { x: 0, y: 0, id: 'n' })),
    )
    const limits = { maxBoardItems: countDocItems(server) + 5 }
    const note = clientEdit(server, (doc) => createNote(doc, { x: 1, y: 1 }))
    expect(refusal(check(server, note, limits))).toBe('board full')
    const removal = clientEdit(server, (doc) => doc.getMap('elements').delete('n'))
    expect(refusal(check(server, removal, limits))).toBe(null)
  })

  it('refuses a client setting or deleting meta.schemaVersion', () => {
    const server = new Y.Doc()
    metaMap(server).set('schemaVersion', 2)
    for (const value of [-1, 99, 'x']) {
      const write = clientEdit(server, (doc) => metaMap(doc).set('schemaVersion', value))
      expect(refusal(check(server, write))).toBe('server-owned key')
    }
    const removal = clientEdit(server, (doc) => metaMap(doc).delete('schemaVersion'))
    expect(refusal(check(server, removal))).toBe('server-owned key')
  })

  it('lets a client write other meta keys', () => {
    const server = new Y.Doc()
    server.transact(() => metaMap(server).set('schemaVersion', 2), SERVER_ORIGIN)
    const write = clientEdit(server, (doc) => metaMap(doc).set('maxRolesPerPerson', 3))
    expect(refusal(check(server, write))).toBe(null)
  })

  it('refuses a client writing the title: only renaming the board over HTTP changes it', () => {
    const server = new Y.Doc()
    server.transact(() => metaMap(server).set('title', 'Workshop'), SERVER_ORIGIN)
    const write = clientEdit(server, (doc) => metaMap(doc).set('title', 'Gekapert'))
    expect(refusal(check(server, write))).toBe('server-owned key')
  })

  it('refuses an update that would let a stored pending schemaVersion write land', () => {
    const server = new Y.Doc()
    const [first, second] = twoEdits(
      (doc) => metaMap(doc).set('title', 'a'),
      (doc) => metaMap(doc).set('schemaVersion', 99),
    ) as [Uint8Array, Uint8Array]
    // Stored before the server held such updates back: the board loads it as pending...
    Y.applyUpdate(server, second)
    expect(server.store.pendingStructs).not.toBeNull()
    // ...and the update that would let it land is refused.
    expect(refusal(check(server, first))).toBe('server-owned key')
  })

  it('refuses an item that refers to its own clock or later, which Yjs throws on', () => {
    const update = stringItemsUpdate([[5, 0, 5, 1]])
    expect(refusal(check(new Y.Doc(), update))).toBe('impossible reference')
  })

  it('refuses an empty item, which Yjs throws on', () => {
    // A string item of no characters, placed left of the first character of client 1.
    const empty = Uint8Array.of(1, 1, 0x81, 0x8c, 0xab, 0x2c, 0, 0x44, 1, 0, 0, 0)
    const server = new Y.Doc()
    server.clientID = 1
    server.getText('t').insert(0, 'a')
    expect(refusal(check(server, empty))).toBe('empty item')
  })

  it('refuses items whose neighbours refer to each other in a loop, which would wait for ever', () => {
    const loop = stringItemsUpdate([
      [6, 0, 5, 0],
      [5, 0, 6, 0],
    ])
    expect(refusal(check(new Y.Doc(), loop))).toBe('impossible reference')
  })
})

describe('checkUpdate on mutated updates', () => {
  it('lets no update through that then throws while applied or encoded', () => {
    let seed = 20261207
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    const base = new Y.Doc()
    base.clientID = 1
    for (let i = 0; i < 5; i++) createNote(base, { x: i, y: i, text: `ab${i}`, id: `n${i}` })
    const baseUpdate = Y.encodeStateAsUpdate(base)
    let applied = 0
    for (let round = 0; round < 3000; round++) {
      const server = new Y.Doc()
      Y.applyUpdate(server, baseUpdate)
      const client = new Y.Doc()
      client.clientID = 2 + random(2 ** 30)
      Y.applyUpdate(client, baseUpdate)
      const before = Y.encodeStateVector(client)
      const elements = client.getMap<Y.Map<unknown>>('elements')
      const text = elements.get(`n${random(5)}`)!.get('text') as Y.Text
      text.insert(random(3), 'xyz')
      if (random(2)) text.delete(0, 1)
      if (random(2)) elements.set(`k${random(3)}`, new Y.Map())
      const mutated = Y.encodeStateAsUpdate(client, before)
      for (let flips = 1 + random(8); flips > 0; flips--) {
        mutated[random(mutated.length)] = random(256)
      }
      if (!scanUpdate(mutated, MAX_UPDATE_ITEMS, MAX_NESTING_DEPTH).ok) continue
      const decoded = decodeUpdate(mutated)
      if (decoded === null || !checkUpdate(server, mutated, decoded, LIMITS).ok) continue
      expect(() => {
        Y.applyUpdate(server, mutated)
        Y.encodeStateAsUpdate(server)
      }, `round ${round}`).not.toThrow()
      applied++
    }
    // Many mutations hit content (text, numbers) and still apply: the test sees real updates.
    expect(applied).toBeGreaterThan(300)
  })
})

/** One-character string items, each `[client, clock, originClient, originClock]`. */
function stringItemsUpdate(items: [number, number, number, number][]): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, items.length)
  for (const [client, clock, originClient, originClock] of items) {
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint(e, client)
    encoding.writeVarUint(e, clock)
    encoding.writeUint8(e, 4 | 0x80) // a string, with its left neighbour's id
    encoding.writeVarUint(e, originClient)
    encoding.writeVarUint(e, originClock)
    encoding.writeVarString(e, 'x')
  }
  encoding.writeVarUint(e, 0)
  return encoding.toUint8Array(e)
}

describe('countDocItems', () => {
  it('counts once per transaction, and again after every change', () => {
    const doc = new Y.Doc()
    createNote(doc, { x: 0, y: 0 })
    const first = countDocItems(doc)
    expect(countDocItems(doc)).toBe(first)
    createNote(doc, { x: 1, y: 1 })
    expect(countDocItems(doc)).toBeGreaterThan(first)
    const fresh = new Y.Doc()
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc))
    let structs = 0
    for (const list of fresh.store.clients.values()) structs += list.length
    expect(countDocItems(doc)).toBe(structs)
  })
})

describe('assignment letters', () => {
  /** A board with one assignment cell, as the server holds it. */
  function withCell(): Y.Doc {
    const server = new Y.Doc()
    Y.applyUpdate(
      server,
      clientEdit(server, (doc) => {
        const cell = new Y.Map<unknown>()
        cell.set('personId', 'p')
        cell.set('roleId', 'r')
        cell.set('raci', 'R')
        doc.getMap('assignments').set('p|r', cell)
      }),
    )
    return server
  }

  it('refuses a letter other than R, A, C or I, in a new cell or an existing one', () => {
    const server = withCell()
    for (const value of ['Z', 'a', 'RA', '', 7, null, ['A'], { raci: 'A' }]) {
      const fresh = clientEdit(server, (doc) => {
        const cell = new Y.Map<unknown>()
        cell.set('personId', 'q')
        cell.set('roleId', 'r')
        cell.set('raci', value)
        doc.getMap('assignments').set('q|r', cell)
      })
      expect(refusal(check(server, fresh)), String(value)).toBe('invalid value')
      const change = clientEdit(server, (doc) => {
        ;(doc.getMap('assignments').get('p|r') as Y.Map<unknown>).set('raci', value)
      })
      expect(refusal(check(server, change)), String(value)).toBe('invalid value')
    }
    const nested = clientEdit(server, (doc) => {
      ;(doc.getMap('assignments').get('p|r') as Y.Map<unknown>).set('raci', new Y.Map())
    })
    expect(refusal(check(server, nested))).toBe('invalid value')
  })

  it('lets a client write each letter, delete the letter, and use the key elsewhere', () => {
    const server = withCell()
    for (const letter of ['R', 'A', 'C', 'I']) {
      const change = clientEdit(server, (doc) => {
        ;(doc.getMap('assignments').get('p|r') as Y.Map<unknown>).set('raci', letter)
      })
      expect(refusal(check(server, change))).toBe(null)
    }
    const removal = clientEdit(server, (doc) => {
      ;(doc.getMap('assignments').get('p|r') as Y.Map<unknown>).delete('raci')
    })
    expect(refusal(check(server, removal))).toBe(null)
    const elsewhere = clientEdit(server, (doc) => {
      const el = new Y.Map<unknown>()
      el.set('raci', 'whatever')
      doc.getMap('elements').set('n', el)
    })
    expect(refusal(check(server, elsewhere))).toBe(null)
  })
})
