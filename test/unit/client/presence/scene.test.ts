import { describe, expect, it } from 'vitest'
import type { PresenceState } from '../../../../shared/presence.ts'
import { MAX_LABELLED_CURSORS, presenceScene } from '../../../../client/src/lib/presence/scene.ts'
import { retarget, type CursorTrack } from '../../../../client/src/lib/presence/interpolate.ts'
import type { Rect } from '../../../../client/src/lib/geometry/geometry.ts'

function person(name: string, patch: Partial<PresenceState> = {}): PresenceState {
  return {
    user: { name, color: '#1a5fb4' },
    right: 'edit',
    cursor: null,
    selection: [],
    editing: null,
    view: null,
    away: false,
    ...patch,
  }
}

const camera = { x: 0, y: 0, zoom: 2 }
const viewport = { width: 800, height: 600 }
const notes: Record<string, Rect> = {
  a: { x: 10, y: 10, w: 100, h: 50 },
  b: { x: 200, y: 10, w: 100, h: 50 },
  far: { x: 5000, y: 5000, w: 100, h: 50 },
}
const bounds = (id: string): Rect | undefined => notes[id]

function withCursors(peers: Map<number, PresenceState>): Map<number, CursorTrack> {
  const tracks = new Map<number, CursorTrack>()
  for (const [id, s] of peers) if (s.cursor) tracks.set(id, retarget(undefined, s.cursor, 0))
  return tracks
}

describe('presenceScene', () => {
  it('places cursors in screen pixels and leaves out those far outside the view', () => {
    const peers = new Map([
      [1, person('Anna', { cursor: { x: 100, y: 50 } })],
      [2, person('Ben', { cursor: { x: 9000, y: 9000 } })],
      [3, person('Carla')],
    ])
    const scene = presenceScene(peers, withCursors(peers), 0, camera, viewport, bounds)
    expect(scene.cursors).toEqual([
      expect.objectContaining({ id: 1, name: 'Anna', x: 200, y: 100, ink: '#ffffff' }),
    ])
    expect(scene.labels).toBe(true)
  })

  it('drops the name labels when a crowd is in view', () => {
    const peers = new Map(
      Array.from({ length: MAX_LABELLED_CURSORS + 1 }, (_, i) => [
        i,
        person(`P${i}`, { cursor: { x: i, y: i } }),
      ]),
    )
    const scene = presenceScene(peers, withCursors(peers), 0, camera, viewport, bounds)
    expect(scene.cursors).toHaveLength(MAX_LABELLED_CURSORS + 1)
    expect(scene.labels).toBe(false)
  })

  it('outlines selected elements in view, with the name on the first one only', () => {
    const peers = new Map([[7, person('Anna', { selection: ['a', 'b', 'far', 'gone'] })]])
    const scene = presenceScene(peers, new Map(), 0, camera, viewport, bounds)
    expect(scene.outlines.map((o) => [o.key, o.x, o.w, o.name])).toEqual([
      ['7:a', 20, 200, 'Anna'],
      ['7:b', 400, 200, null],
    ])
  })

  it('puts one typing tag under an element, naming everyone typing in it', () => {
    const peers = new Map([
      [1, person('Anna', { editing: 'a' })],
      [2, person('Ben', { editing: 'a' })],
      [3, person('Carla', { editing: 'far' })],
    ])
    const scene = presenceScene(peers, new Map(), 0, camera, viewport, bounds)
    expect(scene.typing).toEqual([
      expect.objectContaining({ key: 'a', y: 120, names: ['Anna', 'Ben'] }),
    ])
  })
})
