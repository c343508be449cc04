import type { Right } from '../../shared/rights.ts'

// Room names are plain strings derived from the board, so a socket.io adapter that spans
// several instances (Redis) reaches the same sockets with the same names.

/** Every control socket of a board. */
export function boardRoom(boardId: string): string {
  return `board:${boardId}`
}

/** The control sockets of a board that joined with `right` (rotation disconnects exactly these). */
export function rightRoom(boardId: string, right: Right): string {
  return `board:${boardId}:right:${right}`
}
