import type { Right } from '../../shared/rights.ts'
import type { Logger } from '../log.ts'
import type { BoardRecord, BoardStore } from '../store/BoardStore.ts'
import { Revocations } from './revocations.ts'
import { generateToken, hashToken } from './tokens.ts'

/**
 * Why a token opens nothing. A rotated (revoked) token is `invalid_token` like a wrong one: the
 * store keeps only the current hash of each right, so the two cannot be told apart, and need not.
 */
export type AccessRefusal = 'no_token' | 'board_not_found' | 'invalid_token'

/** A token that opens nothing, and why. */
export type AccessRefused = { granted: false; refusal: AccessRefusal }

/** What a token may do on a board: a right on that board, or why not. */
export type AccessDecision = { granted: true; right: Right } | AccessRefused

/** The same, with the board's record (for HTTP answers that name the board). */
export type BoardAccessDecision =
  { granted: true; board: BoardRecord; right: Right } | AccessRefused

/** A right whose token was replaced: whoever joined with the old one must go. */
export interface RightRevoked {
  boardId: string
  right: Right
  /** The token that opens the right from now on, for the board's facilitators online. */
  replacement: string
}

/** Called once for each revocation, after the old token stopped opening anything. */
export type RevocationHook = (revoked: RightRevoked) => void

export interface AccessDeps {
  store: BoardStore
  log: Logger
}

/**
 * The one authority on "what may this token do on this board", for the HTTP routes, the control
 * plane's handshake and the realtime server alike. It owns revocation: a right's token is
 * replaced here, and the planes learn of it through `onRevoked` (as Hocuspocus's
 * `onAuthenticate` / `onDisconnect` hooks let extensions decide and react), closing the sockets
 * that joined with the old token in their own way.
 *
 * Tokens are not compared here: the store looks up the token's SHA-256 (tokens.ts), so whatever
 * the timing of that lookup reveals is about a hash, never about the token.
 */
export class Access {
  readonly #store: BoardStore
  readonly #log: Logger
  /** One count of revocations per process, shared by every lookup of every plane. */
  readonly #revocations = new Revocations()
  readonly #hooks = new Set<RevocationHook>()

  constructor({ store, log }: AccessDeps) {
    this.#store = store
    this.#log = log
  }

  /**
   * What `token` may do on board `boardId`, for the planes, which need the right alone: one
   * lookup of the token's hash when it opens the board; only a refused token asks whether the
   * board exists, to tell an unknown board from a wrong token. No token is refused before
   * storage is asked. A lookup that overlapped a revocation of the board looks again, so an old
   * token cannot slip in between the lookup and the plane's accepting it. Throws when storage
   * cannot be read; each plane answers that in its own way (HTTP 503, close, `unavailable`).
   */
  decide(boardId: string, token: string | null): Promise<AccessDecision> {
    if (token === null) return Promise.resolve({ granted: false, refusal: 'no_token' })
    return this.#revocations.lookUpSettled(boardId, async () => {
      const right = await this.#store.rightForTokenHash(boardId, hashToken(token))
      if (right !== null) return { granted: true, right }
      const known = (await this.#store.getBoard(boardId)) !== null
      return { granted: false, refusal: known ? 'invalid_token' : 'board_not_found' }
    })
  }

  /**
   * `decide` with the board's record, for the HTTP routes that answer with it. The board is read
   * first, so a storage failure is one of reading the board, as the routes have always said.
   */
  decideWithBoard(boardId: string, token: string | null): Promise<BoardAccessDecision> {
    if (token === null) return Promise.resolve({ granted: false, refusal: 'no_token' })
    return this.#revocations.lookUpSettled(boardId, () => this.#lookUpWithBoard(boardId, token))
  }

  /**
   * Gives `right` on the board a new token and revokes the old one: the new hash is stored
   * first, then the revocation is counted (so lookups on their way look again), then every
   * plane is told. Returns the new token, which exists nowhere else.
   */
  async replaceToken(boardId: string, right: Right): Promise<string> {
    const fresh = generateToken()
    await this.#store.setTokenHash(boardId, right, hashToken(fresh))
    this.#revocations.record(boardId)
    this.#tell({ boardId, right, replacement: fresh })
    return fresh
  }

  /**
   * Subscribes a plane to revocations; returns the unsubscription. Hooks run one after the
   * other in the order they subscribed; one that throws is logged and the others still run, so
   * a failing plane never leaves the other plane's sockets open.
   */
  onRevoked(hook: RevocationHook): () => void {
    // A wrapper, so that subscribing the same function twice still means two subscriptions.
    const entry: RevocationHook = (revoked) => hook(revoked)
    this.#hooks.add(entry)
    return () => this.#hooks.delete(entry)
  }

  async #lookUpWithBoard(boardId: string, token: string): Promise<BoardAccessDecision> {
    // The board first: an HTTP answer names it (title, creation), and a storage failure is
    // reported as one of reading the board, as it always was.
    const board = await this.#store.getBoard(boardId)
    if (board === null) return { granted: false, refusal: 'board_not_found' }
    const right = await this.#store.rightForTokenHash(board.id, hashToken(token))
    if (right === null) return { granted: false, refusal: 'invalid_token' }
    return { granted: true, board, right }
  }

  #tell(revoked: RightRevoked): void {
    for (const hook of [...this.#hooks]) {
      try {
        hook(revoked)
      } catch (err) {
        this.#log.error('access: a plane failed to end revoked connections', {
          boardId: revoked.boardId,
          right: revoked.right,
          err,
        })
      }
    }
  }
}
