import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { importExcalidraw } from '../../../../../shared/import/excalidraw/index.ts'
import type { ExcalidrawConversion } from '../../../../../shared/import/excalidraw/index.ts'

/** The text of a sample file in test/fixtures/excalidraw/. */
export function fixture(name: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../../../../fixtures/excalidraw/${name}`, import.meta.url)),
    'utf8',
  )
}

/** A sample file converted; fails the test when it is refused. */
export function converted(name: string): ExcalidrawConversion {
  const result = importExcalidraw(fixture(name))
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.conversion
}

/** A minimal scene around `elements`. */
export function scene(elements: unknown[], files: Record<string, unknown> = {}): string {
  return JSON.stringify({ type: 'excalidraw', version: 2, elements, appState: {}, files })
}

/** The snapshot data of the element converted from a rectangle etc. at (x, y). */
export function dataAt(conversion: ExcalidrawConversion, type: string, x: number, y: number) {
  const found = conversion.elements.find(
    (s) => s.data.type === type && s.data.x === x && s.data.y === y,
  )
  if (!found) throw new Error(`no ${type} at ${x},${y}`)
  return found
}
