import { boardPath, type BoardInfo } from '../../../../shared/api.ts'
import type { LinkReplacedEvent } from '../../../../shared/protocol/session.ts'
import type { Right } from '../../../../shared/rights.ts'
import { rotateLink } from '../api/links.ts'
import { myBoards } from '../storage/myBoards.svelte.ts'
import { KEYS, session } from '../storage/safeStorage.ts'

export interface ReplaceLinkInput {
  boardId: string
  title: string
  /** The token this page uses, and its right (only facilitators may replace links). */
  token: string
  ownRight: Right
  /** The link to replace. */
  right: Right
  /** Called just before asking, when the page's own link is the one replaced. */
  replacingOwn?: () => void
}

export type ReplaceLinkOutcome =
  | { kind: 'replaced'; link: string }
  /** The page's own link: the new token is stored, the page must reopen with it. */
  | { kind: 'reopen'; link: string }
  | { kind: 'failed'; detail: string }

/**
 * Replaces a share link and remembers the new one in "Meine Boards" (the server keeps only
 * hashes, so this is how a facilitator who joined by link gets a link to pass on). When it is the
 * page's own link, the new token also becomes this tab's token.
 */
export async function replaceLink(input: ReplaceLinkInput): Promise<ReplaceLinkOutcome> {
  const own = input.right === input.ownRight
  if (own) input.replacingOwn?.()
  const result = await rotateLink(input.boardId, input.right, input.token)
  if (!result.ok) return { kind: 'failed', detail: result.detail }
  const { token, link } = result.value
  myBoards.remember({
    id: input.boardId,
    title: input.title,
    token: own ? token : input.token,
    right: input.ownRight,
    links: { [input.right]: link },
  })
  if (!own) return { kind: 'replaced', link }
  session.set(KEYS.boardToken(input.boardId), token)
  return { kind: 'reopen', link }
}

/**
 * Another facilitator replaced the edit or view link: "Meine Boards" keeps the new one, so this
 * person's share dialog offers the link that works.
 */
export function rememberReplacedLink(
  info: BoardInfo,
  ownToken: string,
  event: LinkReplacedEvent,
): void {
  myBoards.remember({
    id: info.id,
    title: info.title,
    token: ownToken,
    right: info.role,
    links: { [event.right]: boardPath(info.id, event.token) },
  })
}
