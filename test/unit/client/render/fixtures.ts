import type { Connector, Note } from '../../../../shared/schema/index.ts'

// Elements and a recording 2D context for the renderer's tests.

/** A medium yellow note at (x, 0). */
export function note(id: string, x: number, text: string, z: string): Note {
  return { id, kind: 'note', type: 'note', x, y: 0, w: 180, h: 180, z, color: 'yellow', text }
}

/** A straight ink arrow from element `from` to `to` (an element or a free point). */
export function connector(id: string, from: string, to: Connector['to'], text = ''): Connector {
  return {
    id,
    kind: 'connector',
    type: 'connector',
    x: 0,
    y: 0,
    w: 1,
    h: 1,
    z: 'a9',
    from: { elementId: from, anchor: 'auto' },
    to,
    routing: 'straight',
    startArrowhead: 'none',
    endArrowhead: 'arrow',
    stroke: 'ink',
    strokeWidth: 2,
    strokeStyle: 'solid',
    text,
  }
}

/**
 * A 2D context that records each method called with its first argument (`fillRect:0`) and,
 * with `writes`, each property set (`lineWidth=2`).
 */
export function recordingContext(writes = false): {
  ctx: CanvasRenderingContext2D
  calls: string[]
} {
  const calls: string[] = []
  const ctx = new Proxy(
    {},
    {
      get:
        (_t, prop) =>
        (...args: unknown[]) =>
          calls.push(`${String(prop)}:${String(args[0])}`),
      set: (_t, prop, value) => {
        if (writes) calls.push(`${String(prop)}=${String(value)}`)
        return true
      },
    },
  ) as CanvasRenderingContext2D
  return { ctx, calls }
}
