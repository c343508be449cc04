/**
 * Why the server stopped serving this board to this browser for good, by its close code (see
 * shared/protocol/sync.md): the stored board cannot be opened (4422), the board reached its
 * size cap and refused this browser's change (4413), or it was saved by a newer Werkraum and
 * can only be read here (4409).
 */
export type BoardProblem = 'unreadable' | 'full' | 'readOnly'

/** What the connection indicator shows. */
export type ConnectionStatus =
  'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused' | 'tooLarge' | BoardProblem

export interface ConnectionFacts {
  /** Last status the WebSocket provider reported. */
  socket: 'connecting' | 'connected' | 'disconnected'
  /**
   * The current socket completed its sync with the server: both sides have what the other had,
   * so edits made offline have been sent.
   */
  synced?: boolean
  /** navigator.onLine */
  online: boolean
  /** The provider was connected at least once. */
  everConnected: boolean
  /**
   * The last attempt to open the socket failed. Before any connection that means the server is
   * out of reach (the page itself came from the service worker's cache, say), which is offline
   * for the person even when the browser believes it has a network.
   */
  attemptFailed?: boolean
  /** The server closed the socket for good (wrong or replaced token, board gone). */
  refused: boolean
  /**
   * The server refused what this browser had to send as larger than its message limit (close
   * code 1009): changes made offline, all sent at once on reconnecting. They stay here.
   */
  tooLarge?: boolean
  /** The server closed for a reason of the board itself (see BoardProblem). */
  problem?: BoardProblem | null
}

/**
 * One status from the provider's events and the browser's network state. "connected" waits for
 * the sync when the provider reports it (`synced` given): until then the board may still lack
 * others' edits, and the server may still lack ours.
 */
export function connectionStatus(facts: ConnectionFacts): ConnectionStatus {
  if (facts.problem) return facts.problem
  if (facts.refused) return 'refused'
  if (facts.tooLarge === true) return 'tooLarge'
  if (!facts.online || (!facts.everConnected && facts.attemptFailed === true)) return 'offline'
  if (facts.socket === 'connected' && facts.synced !== false) return 'connected'
  return facts.everConnected ? 'reconnecting' : 'connecting'
}
