/** What the connection indicator shows. */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused'

export interface ConnectionFacts {
  /** Last status the WebSocket provider reported. */
  socket: 'connecting' | 'connected' | 'disconnected'
  /** navigator.onLine */
  online: boolean
  /** The provider was connected at least once. */
  everConnected: boolean
  /** The server closed the socket for good (wrong or replaced token, board gone). */
  refused: boolean
}

/** One status from the provider's events and the browser's network state. */
export function connectionStatus(facts: ConnectionFacts): ConnectionStatus {
  if (facts.refused) return 'refused'
  if (!facts.online) return 'offline'
  if (facts.socket === 'connected') return 'connected'
  return facts.everConnected ? 'reconnecting' : 'connecting'
}
