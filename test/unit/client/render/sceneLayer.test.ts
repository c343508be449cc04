import { expect, test } from 'vitest'
import {
  LAYER_MARGIN,
  MAX_LAYER_PIXELS,
  MIN_LAYER_MARGIN,
  layerCovers,
  layerMarginFor,
  layerOffset,
  layerRegionFor,
} from '../../../../client/src/lib/render/sceneLayer.ts'

const viewport = { width: 800, height: 600 }

test('a new layer covers its own view with a margin on every side', () => {
  const camera = { x: 100, y: -50, zoom: 0.5 }
  const layer = layerRegionFor(camera, viewport, 'k')
  expect(layer.width).toBe(800 * (1 + 2 * LAYER_MARGIN))
  expect(layer.height).toBe(600 * (1 + 2 * LAYER_MARGIN))
  expect(layerCovers(layer, camera, viewport, 'k')).toBe(true)
  expect(layerOffset(layer, camera, 2)).toEqual({ x: -400, y: -300 })
})

test('panning within the margin is covered, beyond it or at another zoom or key it is not', () => {
  const camera = { x: 0, y: 0, zoom: 2 }
  const layer = layerRegionFor(camera, viewport, 'k')
  // 200 screen pixels of margin = 100 board units at zoom 2.
  expect(layerCovers(layer, { ...camera, x: 100 }, viewport, 'k')).toBe(true)
  expect(layerCovers(layer, { ...camera, x: -100, y: 75 }, viewport, 'k')).toBe(true)
  expect(layerCovers(layer, { ...camera, x: 100.5 }, viewport, 'k')).toBe(false)
  expect(layerCovers(layer, { ...camera, y: -75.5 }, viewport, 'k')).toBe(false)
  expect(layerCovers(layer, { ...camera, zoom: 2.01 }, viewport, 'k')).toBe(false)
  expect(layerCovers(layer, camera, viewport, 'other')).toBe(false)
  expect(layerCovers(layer, camera, { width: 1300, height: 600 }, 'k')).toBe(false)
})

test('random pans: covered exactly when the view lies inside the layer', () => {
  let seed = 7
  const rand = (): number => {
    seed = (seed * 16807) % 2147483647
    return seed / 2147483647
  }
  for (let i = 0; i < 500; i++) {
    const zoom = 0.02 + rand() * 4
    const camera = { x: (rand() - 0.5) * 1e4, y: (rand() - 0.5) * 1e4, zoom }
    const layer = layerRegionFor(camera, viewport, 'k')
    const moved = {
      x: camera.x + ((rand() - 0.5) * 1000) / zoom,
      y: camera.y + ((rand() - 0.5) * 800) / zoom,
      zoom,
    }
    const inside =
      moved.x >= layer.x - 1e-9 &&
      moved.y >= layer.y - 1e-9 &&
      moved.x + viewport.width / zoom <= layer.x + layer.width / zoom + 1e-9 &&
      moved.y + viewport.height / zoom <= layer.y + layer.height / zoom + 1e-9
    const covers = layerCovers(layer, moved, viewport, 'k')
    // Never claims coverage of a view that reaches outside the layer (that would hide elements).
    if (covers) expect(inside).toBe(true)
  }
})

test('the layer keeps its quarter margin within the pixel budget and shrinks it above', () => {
  // 1280 × 800 at dpr 1: 2.25 × 1 M pixels fits.
  expect(layerMarginFor({ width: 1280, height: 800 }, 1)).toBe(LAYER_MARGIN)
  // 1920 × 1080 at dpr 2: 8.3 M pixels of view, a quarter margin would be 18.7 M (75 MB).
  const margin = layerMarginFor({ width: 1920, height: 1080 }, 2)
  expect(margin).not.toBeNull()
  expect(margin).toBeLessThan(LAYER_MARGIN)
  expect(margin).toBeGreaterThanOrEqual(MIN_LAYER_MARGIN)
  const region = layerRegionFor(
    { x: 0, y: 0, zoom: 1 },
    { width: 1920, height: 1080 },
    'k',
    margin ?? 0,
  )
  expect(region.width * region.height * 4).toBeLessThanOrEqual(MAX_LAYER_PIXELS)
})

test('a view too large for any useful margin gets no layer (drawn directly)', () => {
  expect(layerMarginFor({ width: 3840, height: 2160 }, 2)).toBeNull()
  expect(layerMarginFor({ width: 0, height: 0 }, 1)).toBeNull()
  expect(layerMarginFor({ width: 100, height: 100 }, 1, 100 * 100 * 1.2)).toBeNull()
})

test('random views: a layer never exceeds the budget and its margin never exceeds a quarter', () => {
  let seed = 11
  const rand = (): number => {
    seed = (seed * 16807) % 2147483647
    return seed / 2147483647
  }
  for (let i = 0; i < 500; i++) {
    const viewport = {
      width: Math.round(200 + rand() * 4000),
      height: Math.round(200 + rand() * 2500),
    }
    const dpr = [1, 1.25, 1.5, 2, 3][Math.floor(rand() * 5)] ?? 1
    const margin = layerMarginFor(viewport, dpr)
    if (margin === null) continue
    expect(margin).toBeLessThanOrEqual(LAYER_MARGIN)
    const region = layerRegionFor({ x: 0, y: 0, zoom: 1 }, viewport, 'k', margin)
    // Rounding each side up to whole CSS pixels may add a row or column.
    const pixels = (region.width - 1) * (region.height - 1) * dpr * dpr
    expect(pixels).toBeLessThanOrEqual(MAX_LAYER_PIXELS)
  }
})
