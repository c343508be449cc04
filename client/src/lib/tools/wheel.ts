import { panBy, zoomBy, type Camera } from '../geometry/camera.ts'

export interface WheelInput {
  x: number
  y: number
  deltaX: number
  deltaY: number
  /** 0 pixels, 1 lines, 2 pages (DOM WheelEvent.deltaMode). */
  deltaMode: number
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
}

const LINE_PIXELS = 16
const PAGE_PIXELS = 800
/** One wheel notch (~100 px) zooms by about e^(0.3) ≈ 1.35; trackpad pinches send small steps. */
const ZOOM_SPEED = 0.003
const MAX_ZOOM_DELTA = 100

/**
 * Wheel and trackpad: scrolling pans, Ctrl/Cmd + wheel and pinch (which browsers report as a
 * wheel with ctrlKey) zoom around the pointer. Shift + wheel pans sideways on mice that have
 * only one axis.
 */
export function applyWheel(camera: Camera, input: WheelInput): Camera {
  const scale = input.deltaMode === 1 ? LINE_PIXELS : input.deltaMode === 2 ? PAGE_PIXELS : 1
  let dx = input.deltaX * scale
  let dy = input.deltaY * scale
  if (input.ctrlKey || input.metaKey) {
    const delta = Math.max(-MAX_ZOOM_DELTA, Math.min(MAX_ZOOM_DELTA, dy))
    return zoomBy(camera, { x: input.x, y: input.y }, Math.exp(-delta * ZOOM_SPEED))
  }
  if (input.shiftKey && dx === 0) {
    dx = dy
    dy = 0
  }
  return panBy(camera, -dx, -dy)
}
