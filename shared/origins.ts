/**
 * Transaction origins. Every operation a person performs runs in a transaction with
 * LOCAL_ORIGIN; the undo manager tracks only that origin, so undo never reverts what
 * arrived from someone else (remote updates carry the provider as origin).
 */
export const LOCAL_ORIGIN: unique symbol = Symbol('werkraum.local')

/** Changes made by the server itself (board creation, migrations). Never undoable. */
export const SERVER_ORIGIN: unique symbol = Symbol('werkraum.server')
