import { describe, expect, it } from 'vitest'
import {
  DEFAULT_ECOSYSTEM_LAYOUT,
  ecosystemCircles,
  placeOnEcosystemMap,
  readEcosystemLayout,
} from '../../../../shared/domain/ecosystemMap.ts'

// A 1000 × 1040 frame: the circle's centre is at (500, 540), its radius 476.
const frame = { x: 0, y: 0, w: 1000, h: 1040 }
const layout = DEFAULT_ECOSYSTEM_LAYOUT

describe('placeOnEcosystemMap', () => {
  it('puts the centre in the innermost ring and no field', () => {
    expect(placeOnEcosystemMap(frame, layout, { x: 500, y: 540 })).toEqual({
      ring: 'administration',
      field: null,
    })
  })

  it('finds the ring by distance from the centre, inside out', () => {
    const { cx, cy, rings } = ecosystemCircles(frame, layout)
    expect(rings).toHaveLength(4)
    const ringAt = (r: number) => placeOnEcosystemMap(frame, layout, { x: cx, y: cy - r }).ring
    expect(ringAt((rings[0]! + rings[1]!) / 2)).toBe('municipalGroup')
    expect(ringAt(rings[2]! - 1)).toBe('localCommunity')
    expect(ringAt(rings[3]! - 1)).toBe('regionStateFederal')
    expect(ringAt(rings[3]! + 1)).toBeNull()
  })

  it('finds the field by sector, clockwise from 12 o’clock', () => {
    const { cx, cy } = ecosystemCircles(frame, layout)
    const at = (dx: number, dy: number) =>
      placeOnEcosystemMap(frame, layout, { x: cx + dx, y: cy + dy }).field
    expect(at(10, -300)).toBe('digitalAdministration')
    expect(at(300, -10)).toBe('mobility')
    expect(at(300, 10)).toBe('energyEnvironment')
    expect(at(10, 300)).toBe('educationCulture')
    expect(at(-10, 300)).toBe('healthSocial')
    expect(at(-300, 10)).toBe('economyTourism')
    expect(at(-300, -10)).toBe('infrastructure')
    expect(at(-10, -300)).toBe('data')
  })

  it('follows the frame when it moves', () => {
    const moved = { ...frame, x: 5000, y: -2000 }
    expect(placeOnEcosystemMap(moved, layout, { x: 5500, y: -1460 }).ring).toBe('administration')
    expect(placeOnEcosystemMap(moved, layout, { x: 500, y: 540 }).ring).toBeNull()
  })
})

describe('readEcosystemLayout', () => {
  it('keeps known ids and refuses what is no layout', () => {
    expect(readEcosystemLayout({ rings: ['administration', 'moon'], fields: ['data', 7] })).toEqual(
      {
        rings: ['administration'],
        fields: ['data'],
      },
    )
    for (const v of [null, 'map', [], { rings: [], fields: [] }, { rings: ['administration'] }]) {
      expect(readEcosystemLayout(v)).toBeNull()
    }
  })
})
