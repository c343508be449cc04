import { create } from 'qrcode'
import { describe, expect, it } from 'vitest'
import { qrPath } from '../../../../client/src/lib/control/qrPath.ts'

/** Paints the path's rectangles back into a grid of modules. */
function paint(d: string, extent: number): boolean[][] {
  const grid = Array.from({ length: extent }, () => Array<boolean>(extent).fill(false))
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])]
    for (let i = 0; i < w; i++) grid[y]![x + i] = true
  }
  return grid
}

describe('qrPath', () => {
  it('draws exactly the dark modules of the code, inside a quiet zone', () => {
    const url = 'https://werkraum.musterstadt.de/b/abc123#tokentokentoken'
    const { modules } = create(url, { errorCorrectionLevel: 'M' })
    const { extent, d } = qrPath(url, 4)
    expect(extent).toBe(modules.size + 8)
    const grid = paint(d, extent)
    for (let row = 0; row < extent; row++) {
      for (let col = 0; col < extent; col++) {
        const inside = row >= 4 && col >= 4 && row < modules.size + 4 && col < modules.size + 4
        const dark = inside && Boolean(modules.get(row - 4, col - 4))
        expect(grid[row]![col], `${row},${col}`).toBe(dark)
      }
    }
  })
})
