import type { Point } from '../geometry/geometry.ts'

/**
 * A remote cursor glides from where it was drawn to where it was last reported, over about the
 * time between two reports, so it moves smoothly although updates come in steps: 40–100 ms in
 * a small room, up to 400 ms for each person when 200 move their cursors (the server relays
 * each person less often as more people move, see server/sync/awareness/AwarenessBatcher.ts).
 */
export interface CursorTrack {
  from: Point
  to: Point
  /** When the latest report arrived (ms). */
  start: number
  /** How long the glide to `to` takes (ms). */
  duration: number
}

/**
 * Shortest and longest glide: as long as a report interval in a room of 200 (so the cursor
 * does not stand still between reports), but a cursor that was still for a while and jumps
 * gets there within half a second.
 */
export const MIN_GLIDE_MS = 16
export const MAX_GLIDE_MS = 450

/** Where a track is drawn at `now`. */
export function trackPosition(track: CursorTrack, now: number): Point {
  const t = track.duration <= 0 ? 1 : Math.min(1, Math.max(0, (now - track.start) / track.duration))
  return {
    x: track.from.x + (track.to.x - track.from.x) * t,
    y: track.from.y + (track.to.y - track.from.y) * t,
  }
}

/** True while the cursor is still gliding (the layer keeps drawing frames until it is not). */
export function isGliding(track: CursorTrack, now: number): boolean {
  return now < track.start + track.duration
}

/**
 * The track after a new report `to` at `now`: it starts where the cursor is drawn now and
 * takes as long as the gap since the previous report (clamped), so a steady stream of reports
 * makes a steady motion. A first report places the cursor at once.
 */
export function retarget(track: CursorTrack | undefined, to: Point, now: number): CursorTrack {
  if (!track) return { from: to, to, start: now, duration: 0 }
  const gap = now - track.start
  const duration = Math.min(MAX_GLIDE_MS, Math.max(MIN_GLIDE_MS, gap))
  return { from: trackPosition(track, now), to, start: now, duration }
}
