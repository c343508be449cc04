// The fuzz generator itself: a seed must rebuild exactly the same sends (or a failure could
// not be replayed), and damaged frames must really differ from the valid ones.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { makeSend, type FuzzTarget } from '../../helpers/fuzzFrames.ts'
import { FUZZ_KINDS, type FuzzKind } from '../../helpers/fuzzKinds.ts'
import { equalBytes, mutateBytes } from '../../helpers/fuzzMutate.ts'
import { parseKinds, parseSend, planRun } from '../../helpers/fuzzPlan.ts'
import { FuzzRandom } from '../../helpers/fuzzRandom.ts'
import {
  deepAnyUpdate,
  deepTypesUpdate,
  missingDependencyUpdate,
} from '../../helpers/fuzzUpdates.ts'

/** A board as the honest people hold it: a schema version and a note of a known client. */
function target(): FuzzTarget {
  const doc = new Y.Doc()
  doc.clientID = 42
  doc.getMap('meta').set('schemaVersion', 2)
  doc.getMap('elements').set('n1', new Y.Map([['type', 'note']]))
  return { honestClientIds: [42], honestDoc: doc }
}

/** Kinds cheap enough to build many times in a unit test. */
const LIGHT_KINDS = (Object.keys(FUZZ_KINDS) as FuzzKind[]).filter(
  (kind) => !['manyItems', 'awarenessFlood', 'editFlood'].includes(kind),
)

describe('fuzz generator', () => {
  it('builds the same frames from the same seed, for every kind', () => {
    for (const kind of Object.keys(FUZZ_KINDS) as FuzzKind[]) {
      const a = makeSend(kind, new FuzzRandom(7), target())
      const b = makeSend(kind, new FuzzRandom(7), target())
      expect(b.detail, kind).toBe(a.detail)
      expect(b.right, kind).toBe(a.right)
      expect(b.frames.length, kind).toBe(a.frames.length)
      a.frames.forEach((frame, i) =>
        expect(equalBytes(frame, b.frames[i]!), `${kind} ${i}`).toBe(true),
      )
    }
  })

  it('builds different frames from different seeds', () => {
    for (const kind of LIGHT_KINDS) {
      const details = new Set<string>()
      for (let seed = 1; seed <= 20; seed++) {
        const send = makeSend(kind, new FuzzRandom(seed), target())
        details.add(
          `${send.detail} ${send.frames.map((f) => Buffer.from(f).toString('hex')).join()}`,
        )
      }
      expect(details.size, kind).toBeGreaterThan(1)
    }
  })

  it('plans the same run from the same seed, with every attack kind in it', () => {
    const plan = planRun(new FuzzRandom(3), { rounds: 3, sendsPerRound: 6 })
    expect(planRun(new FuzzRandom(3), { rounds: 3, sendsPerRound: 6 })).toEqual(plan)
    const kinds = new Set(plan.flat().map((send) => send.kind))
    for (const [kind, finding] of Object.entries(FUZZ_KINDS)) {
      if (finding !== null) expect(kinds.has(kind as FuzzKind), kind).toBe(true)
    }
  })

  it('reads FUZZ_KINDS and FUZZ_SEND as a failure prints them, and refuses unknown kinds', () => {
    expect(parseKinds('deepAny, schemaVersion')).toEqual(['deepAny', 'schemaVersion'])
    expect(parseKinds(undefined)).toBeUndefined()
    expect(() => parseKinds('deepAny,nope')).toThrow(/unknown kind "nope"/)
    expect(parseSend('deepTypes:1916104871')).toEqual({ kind: 'deepTypes', seed: 1916104871 })
    expect(() => parseSend('nope:1')).toThrow(/FUZZ_SEND/)
  })

  it('plans only the kinds asked for', () => {
    const plan = planRun(new FuzzRandom(3), { rounds: 2, sendsPerRound: 4, kinds: ['deepAny'] })
    expect(new Set(plan.flat().map((send) => send.kind))).toEqual(new Set(['deepAny']))
  })
})

describe('mutations', () => {
  it('never return the valid bytes, and replay from a seed', () => {
    const valid = Y.encodeStateAsUpdate(target().honestDoc)
    for (let seed = 1; seed <= 500; seed++) {
      const mutated = mutateBytes(valid, new FuzzRandom(seed))
      expect(equalBytes(mutated.bytes, valid), `seed ${seed}: ${mutated.mutation}`).toBe(false)
      expect(mutateBytes(valid, new FuzzRandom(seed))).toEqual(mutated)
    }
  })

  it('differ from the valid frame in every mutatedFrame send', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const send = makeSend('mutatedFrame', new FuzzRandom(seed), target())
      expect(send.frames).toHaveLength(1)
      expect(send.detail).toMatch(/frame, /)
    }
  })
})

describe('hand-built updates', () => {
  it('decode as Yjs updates of the intended shape', () => {
    const deep = Y.decodeUpdate(deepAnyUpdate(5, { root: 'meta', key: 'k' }, 100, 'object'))
    expect(deep.structs).toHaveLength(1)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, deepTypesUpdate(6, { root: 'elements', key: 'x' }, 50, 'map'))
    let depth = 0
    for (let m = doc.getMap('elements').get('x'); m instanceof Y.Map; m = m.get('c')) depth++
    expect(depth).toBe(50)
  })

  it('a missing dependency stays pending', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, missingDependencyUpdate(7, 10, { root: 'meta', key: 'z' }, 'text'))
    expect(doc.store.pendingStructs?.missing.has(7)).toBe(true)
    expect(Y.getState(doc.store, 7)).toBe(0)
  })
})
