// The realtime document plane's wire constants (y-websocket protocol at `/yjs/<boardId>`): what
// the server in server/sync/ and the browser in client/src/lib/sync/ must agree on. Documented in
// sync.md beside this file; the codecs are the server's `server/sync/protocol.ts` and, in the
// browser, the stock y-websocket provider.

/** Where the stock provider connects: `new WebsocketProvider(origin + SYNC_PATH, boardId, …)`. */
export const SYNC_PATH = '/yjs'
/** Path prefix of the realtime document endpoint: `/yjs/<boardId>`. */
export const SYNC_PATH_PREFIX = `${SYNC_PATH}/`

/** Top-level message type: a Yjs sync message (y-protocols/sync) follows. */
export const MESSAGE_SYNC = 0
/** Top-level message type: an awareness update (y-protocols/awareness) follows. */
export const MESSAGE_AWARENESS = 1
/** Top-level message type: the peer asks for all awareness states. */
export const MESSAGE_QUERY_AWARENESS = 3

/** Sync sub-type: the sender's state vector; the receiver answers with step 2. */
export const SYNC_STEP_1 = 0
/** Sync sub-type: everything the receiver is missing, as one Yjs update. */
export const SYNC_STEP_2 = 1
/** Sync sub-type: one incremental Yjs update. */
export const SYNC_UPDATE = 2

/** Close codes the sync server uses (RFC 6455). 1009 (too big) is sent by `ws` itself. */
export const CLOSE_GOING_AWAY = 1001
export const CLOSE_PROTOCOL_ERROR = 1002
export const CLOSE_UNSUPPORTED_DATA = 1003
export const CLOSE_INVALID_PAYLOAD = 1007
/**
 * A client beyond its allowance (sync step 1 answers, edits per second, presence beyond its
 * limits) or an update that writes what only the server writes (meta.schemaVersion).
 */
export const CLOSE_POLICY_VIOLATION = 1008
/**
 * A message too large: by bytes (sent by `ws` itself) or by items in one update. The browser does
 * not retry: its backlog would be the same message again.
 */
export const CLOSE_MESSAGE_TOO_BIG = 1009
export const CLOSE_INTERNAL_ERROR = 1011
/** The room is reloaded from storage; the client reconnects and syncs again. */
export const CLOSE_SERVICE_RESTART = 1012
export const CLOSE_TRY_AGAIN_LATER = 1013
/** 4400–4499: the stock client does not reconnect (the link no longer grants access). */
export const CLOSE_ACCESS_REVOKED = 4403
/** The board was written by a newer Werkraum: it can be read, not changed, here. */
export const CLOSE_BOARD_READ_ONLY = 4409
/** The board reached its item cap (MAX_BOARD_ITEMS): the update was not stored. */
export const CLOSE_BOARD_FULL = 4413
/** The board's stored content cannot be applied: it stays closed and untouched in storage. */
export const CLOSE_BOARD_UNREADABLE = 4422

/**
 * Whether a close code is final: the stock y-websocket client does not reconnect after one of
 * 4400–4499, and the server uses that range for what a retry cannot change.
 */
export function isFinalCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500
}
