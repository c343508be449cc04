import type { Right } from '../rights.ts'
import type { Presentation } from './presentation.ts'

/**
 * `session:state` (server → the connecting client, once): the session state a late joiner needs,
 * and what the server decided about this connection. Later facilitation state (timer, vote,
 * lock) joins this object as optional keys.
 */
export interface SessionStateEvent {
  /** This connection's id, as it appears as `presenter`. */
  you: string
  right: Right
  presentation: Presentation | null
}

/**
 * `access:revoked` (server → holders of the replaced token, then the server disconnects them):
 * a facilitator rotated the link this connection used.
 */
export interface AccessRevokedEvent {
  right: Right
}

/**
 * `link:replaced` (server → the board's facilitators): a facilitator replaced the edit or view
 * link; `token` opens it now. Never sent for the facilitate link.
 */
export interface LinkReplacedEvent {
  right: Exclude<Right, 'facilitate'>
  token: string
}
