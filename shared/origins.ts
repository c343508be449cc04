/**
 * Transaction origins. Every operation a person performs runs in a transaction with
 * LOCAL_ORIGIN; the undo manager tracks only that origin, so undo never reverts what
 * arrived from someone else (remote updates carry the provider as origin).
 */
export const LOCAL_ORIGIN: unique symbol = Symbol('werkraum.local')

/** Changes made by the server itself (board creation, migrations). Never undoable. */
export const SERVER_ORIGIN: unique symbol = Symbol('werkraum.server')

/** A board's first content put there by the browser that created it (from a template kept in
 * that browser): part of making the board, like SERVER_ORIGIN, so never undoable. */
export const SETUP_ORIGIN: unique symbol = Symbol('werkraum.setup')
