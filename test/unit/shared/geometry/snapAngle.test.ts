import { describe, expect, test } from 'vitest'
import { snapAngle } from '../../../../shared/geometry/snapAngle.ts'

describe('snapAngle', () => {
  test('a nearly horizontal or vertical end becomes exactly so, at the same distance', () => {
    expect(snapAngle({ x: 0, y: 0 }, { x: 100, y: 4 })).toEqual({ x: 100.079968, y: 0 })
    const up = snapAngle({ x: 10, y: 10 }, { x: 13, y: -90 })
    expect(up.x).toBe(10)
    expect(up.y).toBeCloseTo(10 - Math.hypot(3, 100), 5)
  })

  test('goes in 15° steps: 40° becomes 45°, 50° stays 45°, 53° becomes 60°', () => {
    const at = (deg: number) => {
      const r = (deg * Math.PI) / 180
      const p = snapAngle({ x: 0, y: 0 }, { x: 100 * Math.cos(r), y: 100 * Math.sin(r) })
      return Math.round((Math.atan2(p.y, p.x) * 180) / Math.PI)
    }
    expect(at(40)).toBe(45)
    expect(at(50)).toBe(45)
    expect(at(53)).toBe(60)
    expect(at(-100)).toBe(-105)
    expect(at(179)).toBe(180)
  })

  test('the start itself and a zero step leave the point alone', () => {
    expect(snapAngle({ x: 5, y: 5 }, { x: 5, y: 5 })).toEqual({ x: 5, y: 5 })
    expect(snapAngle({ x: 0, y: 0 }, { x: 3, y: 7 }, 0)).toEqual({ x: 3, y: 7 })
  })
})
