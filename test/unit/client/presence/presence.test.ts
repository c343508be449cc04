import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { Presence } from '../../../../client/src/lib/presence/presence.svelte.ts'
import { Session } from '../../../../client/src/lib/editor/session.svelte.ts'
import { visibleRect } from '../../../../client/src/lib/geometry/camera.ts'
import { memoryStore, type KeyValueStore } from '../../../../client/src/lib/storage/safeStorage.ts'
import type { Right } from '../../../../shared/rights.ts'
import { PRESENCE_COLORS } from '../../../../shared/presenceColors.ts'
import { manualScheduler } from './manualScheduler.ts'

const messages = {
  defaultName: (n: number) => `Gast ${n}`,
  banner: (name: string) => `Sie folgen ${name}`,
  started: (name: string) => `folgt ${name}`,
  stopped: (name: string) => `folgt ${name} nicht mehr`,
}

/** Awarenesses of several people, wired to each other in memory (as the server relays them). */
function room() {
  const awarenesses: Awareness[] = []
  const cleanups: (() => void)[] = []
  return {
    join(): Awareness {
      const doc = new Y.Doc()
      const awareness = new Awareness(doc)
      const onUpdate = ({ added, updated, removed }: Record<string, number[]>): void => {
        const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])]
        const update = encodeAwarenessUpdate(awareness, changed)
        for (const other of awarenesses)
          if (other !== awareness) applyAwarenessUpdate(other, update, 'remote')
      }
      // Someone joining late gets everyone's state, as the server sends it on open.
      for (const other of awarenesses) {
        applyAwarenessUpdate(
          awareness,
          encodeAwarenessUpdate(other, [...other.getStates().keys()]),
          'remote',
        )
      }
      awareness.on('update', onUpdate)
      awarenesses.push(awareness)
      cleanups.push(() => {
        awareness.destroy()
        doc.destroy()
      })
      return awareness
    },
    destroy() {
      for (const c of cleanups.splice(0)) c()
    },
  }
}

let current = room()
afterEach(() => {
  current.destroy()
  current = room()
})

function person(
  name: string | null,
  options: { right?: Right; store?: KeyValueStore; size?: [number, number] } = {},
) {
  const store = options.store ?? memoryStore()
  if (name !== null) store.set('werkraum.presence.name', name)
  const clock = manualScheduler()
  const session = new Session()
  const [width, height] = options.size ?? [1280, 800]
  session.setViewport({ width, height })
  const awareness = current.join()
  const presence = new Presence(awareness, session, {
    right: options.right ?? 'edit',
    store,
    scheduler: clock,
    random: () => 0.5,
    idleMs: 60_000,
    messages,
  })
  /** Lets the coalesced messages go out. */
  const tick = (): void => {
    clock.advance(60)
    clock.runFrame()
  }
  return { presence, session, clock, store, tick, awareness }
}

const names = (p: Presence): string[] => p.participants.map((x) => x.name)

describe('Presence', () => {
  it('asks a first-time visitor for a name, offers a default and shows no one until then', () => {
    const anna = person(null)
    const ben = person('Ben')
    expect(anna.presence.nameDialogOpen).toBe(true)
    expect(anna.presence.name).toBe('Gast 55')
    expect(names(ben.presence)).toEqual(['Ben'])

    anna.presence.setName('  Anna  ')
    expect(anna.presence.nameDialogOpen).toBe(false)
    expect(anna.store.get('werkraum.presence.name')).toBe('Anna')
    expect(names(ben.presence)).toEqual(['Ben', 'Anna'])
    expect(names(anna.presence)).toEqual(['Anna', 'Ben'])
  })

  it('remembers the name and colour: coming back does not ask again', () => {
    const first = person(null)
    first.presence.setName('Herr Krause')
    const again = person(null, { store: first.store })
    expect(again.presence.nameDialogOpen).toBe(false)
    expect(again.presence.name).toBe('Herr Krause')
    expect(again.presence.color).toBe(first.presence.color)
  })

  it('lists the others with colour, right and away, me first, and changes the list only when those do', () => {
    const yilmaz = person('Frau Yilmaz', { right: 'facilitate' })
    const krause = person('Herr Krause', { right: 'view' })
    const list = yilmaz.presence.participants
    expect(list.map((p) => [p.name, p.right, p.self])).toEqual([
      ['Frau Yilmaz', 'facilitate', true],
      ['Herr Krause', 'view', false],
    ])
    expect(list[1]?.color).toMatch(/^#[0-9a-f]{6}$/)

    krause.presence.setCursor({ x: 5, y: 5 })
    krause.tick()
    expect(yilmaz.presence.peer(krause.presence.clientId)?.cursor).toEqual({ x: 5, y: 5 })
    expect(yilmaz.presence.participants).toBe(list)

    krause.presence.setHidden(true)
    expect(yilmaz.presence.participants[1]?.away).toBe(true)
  })

  it('sends cursor, selection, typing and view coalesced, and tells listeners who changed', () => {
    const anna = person('Anna')
    const ben = person('Ben')
    const changed: number[][] = []
    ben.presence.onChange((ids) => changed.push([...ids]))
    anna.presence.setCursor({ x: 1, y: 1 })
    anna.presence.setCursor({ x: 2, y: 3 })
    anna.presence.setSelection(['n1'])
    anna.presence.setEditing('n1')
    anna.presence.setView({ x: 0, y: 0, w: 100, h: 50 })
    expect(changed).toEqual([])
    anna.tick()
    expect(changed).toEqual([[anna.presence.clientId]])
    expect(ben.presence.peer(anna.presence.clientId)).toMatchObject({
      cursor: { x: 2, y: 3 },
      selection: ['n1'],
      editing: 'n1',
      view: { x: 0, y: 0, w: 100, h: 50 },
    })
    expect(ben.presence.participants[1]?.editing).toBe('n1')
  })

  it('sends no selection and no typing with a view link', () => {
    const vera = person('Vera', { right: 'view' })
    const ben = person('Ben')
    vera.presence.setSelection(['n1'])
    vera.presence.setEditing('n1')
    vera.presence.setCursor({ x: 4, y: 4 })
    vera.tick()
    expect(ben.presence.peer(vera.presence.clientId)).toMatchObject({
      cursor: { x: 4, y: 4 },
      selection: [],
      editing: null,
    })
  })

  it('takes the colour the server gave it instead of the one it asked for, and keeps it', () => {
    const anna = person('Anna')
    const ben = person('Ben')
    const asked = anna.presence.color
    const given = PRESENCE_COLORS.find((c) => c !== asked)!
    // The server sends Anna's own state back, one clock ahead, with the colour it gave her.
    const own = new Awareness(new Y.Doc())
    own.clientID = anna.presence.clientId
    const ownClock = anna.awareness.meta.get(anna.presence.clientId)!.clock
    own.setLocalState({ ...anna.awareness.getLocalState(), user: { name: 'Anna', color: given } })
    own.meta.get(own.clientID)!.clock = ownClock + 1
    applyAwarenessUpdate(anna.awareness, encodeAwarenessUpdate(own, [own.clientID]), 'remote')
    own.destroy()

    expect(anna.presence.color).toBe(given)
    expect(anna.presence.participants[0]?.color).toBe(given)
    expect(anna.store.get('werkraum.presence.color')).toBe(given)
    // What she sends from now on carries it.
    anna.presence.setCursor({ x: 1, y: 1 })
    anna.tick()
    expect(ben.presence.peer(anna.presence.clientId)?.user.color).toBe(given)
  })

  it('shows me as away after the idle time, and back on activity', () => {
    const anna = person('Anna')
    const ben = person('Ben')
    anna.clock.advance(59_000)
    expect(anna.presence.away).toBe(false)
    anna.presence.noteActivity()
    anna.clock.advance(59_000)
    expect(anna.presence.away).toBe(false)
    anna.clock.advance(1_000)
    expect(anna.presence.away).toBe(true)
    expect(ben.presence.participants[1]?.away).toBe(true)
    anna.presence.setCursor({ x: 0, y: 0 })
    expect(anna.presence.away).toBe(false)
    expect(ben.presence.participants[1]?.away).toBe(false)
  })

  it('leaving removes me from the others’ lists at once', () => {
    const anna = person('Anna')
    const ben = person('Ben')
    anna.presence.destroy()
    expect(names(ben.presence)).toEqual(['Ben'])
  })
})

describe('follow a participant', () => {
  it('fits their view into my screen, follows it as it moves, and stops when I move', () => {
    const anna = person('Anna', { size: [1280, 800] })
    const ben = person('Ben', { size: [640, 400] })
    anna.presence.setView({ x: 1000, y: 500, w: 1280, h: 800 })
    anna.tick()

    ben.presence.follow(anna.presence.clientId)
    expect(ben.presence.followedClient).toBe(anna.presence.clientId)
    expect(ben.session.announcement).toBe('folgt Anna')
    expect(ben.presence.followMode.target?.banner()).toBe('Sie folgen Anna')
    const seen = visibleRect(ben.session.camera, ben.session.viewport)
    expect(seen.x).toBeCloseTo(1000)
    expect(seen.w).toBeCloseTo(1280)

    anna.presence.setView({ x: 3000, y: 500, w: 1280, h: 800 })
    anna.tick()
    expect(visibleRect(ben.session.camera, ben.session.viewport).x).toBeCloseTo(3000)

    ben.presence.followMode.ownCameraMoved()
    expect(ben.presence.followedClient).toBeNull()
    expect(ben.session.announcement).toBe('folgt Anna nicht mehr')
    anna.presence.setView({ x: 0, y: 0, w: 1280, h: 800 })
    anna.tick()
    expect(visibleRect(ben.session.camera, ben.session.viewport).x).toBeCloseTo(3000)
  })

  it('stops when they leave, and tells stop listeners why', () => {
    const anna = person('Anna')
    const ben = person('Ben')
    const reasons: string[] = []
    ben.presence.followMode.onStop((_target, reason) => reasons.push(reason))
    ben.presence.follow(anna.presence.clientId)
    anna.presence.destroy()
    expect(ben.presence.followedClient).toBeNull()
    expect(reasons).toEqual(['gone'])
  })

  it('follows any target, e.g. the facilitator’s presentation, and one target at a time', () => {
    const anna = person('Anna')
    const ben = person('Ben')
    const reasons: string[] = []
    ben.presence.followMode.onStop((target, reason) => reasons.push(`${target.key} ${reason}`))
    ben.presence.follow(anna.presence.clientId)
    ben.presence.followMode.start({
      key: 'presenter',
      banner: () => 'Präsentation',
      started: () => 'folgt der Präsentation',
      stopped: () => 'folgt der Präsentation nicht mehr',
      view: () => ({ x: -100, y: -100, w: 200, h: 100 }),
    })
    expect(ben.presence.followMode.target?.banner()).toBe('Präsentation')
    expect(reasons).toEqual([`client:${anna.presence.clientId} replaced`])
    expect(ben.presence.followedClient).toBeNull()
    // 200 × 100 on a 1280 × 800 screen: the zoom stops at 400 %, centred on their middle.
    expect(ben.session.camera.zoom).toBe(4)
    expect(visibleRect(ben.session.camera, ben.session.viewport).y).toBeCloseTo(-50 - 100)
    ben.presence.stopFollow()
    expect(reasons.at(-1)).toBe('presenter stopped')
  })

  it('does not follow myself or someone unknown', () => {
    const anna = person('Anna')
    anna.presence.follow(anna.presence.clientId)
    anna.presence.follow(999)
    expect(anna.presence.followMode.target).toBeNull()
  })
})
