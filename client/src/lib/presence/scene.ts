import type { PresenceState } from '../../../../shared/presence.ts'
import { boardToScreen, type Camera } from '../geometry/camera.ts'
import type { Rect, Size } from '../geometry/geometry.ts'
import { labelInk } from './colors.ts'
import { trackPosition, type CursorTrack } from './interpolate.ts'

/** Above this many cursors in view, they are drawn without name labels (a crowd stays legible). */
export const MAX_LABELLED_CURSORS = 30
/** Outlines of remote selections drawn at most, over everyone. */
export const MAX_OUTLINES = 300
/** How far (screen pixels) outside the view a cursor is still drawn: its label may reach in. */
const CURSOR_MARGIN = 160

export interface SceneCursor {
  id: number
  name: string
  color: string
  ink: string
  x: number
  y: number
  away: boolean
}

export interface SceneOutline {
  key: string
  x: number
  y: number
  w: number
  h: number
  color: string
  /** The owner's name tag, on their first outlined element only. */
  name: string | null
  ink: string
}

export interface SceneTyping {
  key: string
  x: number
  y: number
  color: string
  ink: string
  names: string[]
}

export interface PresenceScene {
  cursors: SceneCursor[]
  labels: boolean
  outlines: SceneOutline[]
  typing: SceneTyping[]
}

function toScreen(camera: Camera, r: Rect): Rect {
  const p = boardToScreen(camera, r)
  return { x: p.x, y: p.y, w: r.w * camera.zoom, h: r.h * camera.zoom }
}

function onScreen(r: Rect, viewport: Size, margin = 0): boolean {
  return (
    r.x + r.w >= -margin &&
    r.y + r.h >= -margin &&
    r.x <= viewport.width + margin &&
    r.y <= viewport.height + margin
  )
}

/**
 * What the presence layer shows now, in screen pixels: the others' cursors (interpolated, only
 * those in view; without labels when there are many), outlines of what they selected in their
 * colour, and a "… schreibt" tag on elements someone is typing in. Pure: the layer renders it.
 */
export function presenceScene(
  peers: ReadonlyMap<number, PresenceState>,
  tracks: ReadonlyMap<number, CursorTrack>,
  now: number,
  camera: Camera,
  viewport: Size,
  bounds: (id: string) => Rect | undefined,
): PresenceScene {
  const cursors: SceneCursor[] = []
  const outlines: SceneOutline[] = []
  const typing = new Map<string, SceneTyping>()
  for (const [id, state] of peers) {
    const { name, color } = state.user
    const ink = labelInk(color)
    const track = tracks.get(id)
    if (state.cursor && track) {
      const p = boardToScreen(camera, trackPosition(track, now))
      if (onScreen({ x: p.x, y: p.y, w: 0, h: 0 }, viewport, CURSOR_MARGIN)) {
        cursors.push({ id, name, color, ink, x: p.x, y: p.y, away: state.away })
      }
    }
    let tagged = false
    for (const elementId of state.selection) {
      if (outlines.length >= MAX_OUTLINES) break
      const rect = bounds(elementId)
      if (!rect) continue
      const screen = toScreen(camera, rect)
      if (!onScreen(screen, viewport)) continue
      outlines.push({
        key: `${id}:${elementId}`,
        ...screen,
        color,
        ink,
        name: tagged ? null : name,
      })
      tagged = true
    }
    if (state.editing) {
      const rect = bounds(state.editing)
      const screen = rect ? toScreen(camera, rect) : null
      if (screen && onScreen(screen, viewport)) {
        const existing = typing.get(state.editing)
        if (existing) existing.names.push(name)
        else
          typing.set(state.editing, {
            key: state.editing,
            x: screen.x,
            y: screen.y + screen.h,
            color,
            ink,
            names: [name],
          })
      }
    }
  }
  return {
    cursors,
    labels: cursors.length <= MAX_LABELLED_CURSORS,
    outlines,
    typing: [...typing.values()],
  }
}
