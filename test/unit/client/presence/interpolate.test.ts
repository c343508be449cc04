import { describe, expect, it } from 'vitest'
import {
  MAX_GLIDE_MS,
  isGliding,
  retarget,
  trackPosition,
} from '../../../../client/src/lib/presence/interpolate.ts'

describe('cursor interpolation', () => {
  it('places a first report at once', () => {
    const track = retarget(undefined, { x: 100, y: 50 }, 1000)
    expect(trackPosition(track, 1000)).toEqual({ x: 100, y: 50 })
    expect(isGliding(track, 1000)).toBe(false)
  })

  it('glides from where it is drawn to the new report over the gap between reports', () => {
    let track = retarget(undefined, { x: 0, y: 0 }, 0)
    track = retarget(track, { x: 100, y: 0 }, 50)
    expect(track.duration).toBe(50)
    expect(trackPosition(track, 50)).toEqual({ x: 0, y: 0 })
    expect(trackPosition(track, 75)).toEqual({ x: 50, y: 0 })
    expect(isGliding(track, 75)).toBe(true)
    expect(trackPosition(track, 100)).toEqual({ x: 100, y: 0 })
    expect(trackPosition(track, 5000)).toEqual({ x: 100, y: 0 })
    expect(isGliding(track, 100)).toBe(false)
  })

  it('a report mid-glide continues from the drawn point, without a jump', () => {
    let track = retarget(undefined, { x: 0, y: 0 }, 0)
    track = retarget(track, { x: 100, y: 100 }, 40)
    const drawn = trackPosition(track, 60)
    track = retarget(track, { x: 200, y: 0 }, 60)
    expect(trackPosition(track, 60)).toEqual(drawn)
  })

  it('keeps moving between reports that come every 400 ms, as in a room of 200', () => {
    let track = retarget(undefined, { x: 0, y: 0 }, 0)
    track = retarget(track, { x: 400, y: 0 }, 400)
    expect(trackPosition(track, 700).x).toBe(300)
    expect(isGliding(track, 790)).toBe(true)
  })

  it('never glides longer than MAX_GLIDE_MS after a pause', () => {
    let track = retarget(undefined, { x: 0, y: 0 }, 0)
    track = retarget(track, { x: 10, y: 10 }, 60_000)
    expect(track.duration).toBe(MAX_GLIDE_MS)
  })
})
