import { z } from 'zod'

const coordinate = z.number().finite().min(-1e8).max(1e8)
const extent = z.number().finite().positive().max(1e9)

/**
 * A part of the board, in board units: what someone's screen shows. Sent as a rectangle rather
 * than a camera so that a phone and a projector show the same area, each fitted to its screen.
 */
export const ViewRect = z.object({ x: coordinate, y: coordinate, w: extent, h: extent }).strict()
export type ViewRect = z.infer<typeof ViewRect>
