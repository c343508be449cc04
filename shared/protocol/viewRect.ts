import { z } from 'zod/mini'

// z.number() refuses Infinity and NaN by itself.
const coordinate = z.number().check(z.gte(-1e8), z.lte(1e8))
const extent = z.number().check(z.positive(), z.lte(1e9))

/**
 * A part of the board, in board units: what someone's screen shows. Sent as a rectangle rather
 * than a camera so that a phone and a projector show the same area, each fitted to its screen.
 */
export const ViewRect = z.strictObject({ x: coordinate, y: coordinate, w: extent, h: extent })
export type ViewRect = z.infer<typeof ViewRect>
