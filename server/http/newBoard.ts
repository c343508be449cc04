import * as Y from 'yjs'
import { boardPath, type CreateBoardResponse } from '../../shared/api.ts'
import { SERVER_ORIGIN } from '../../shared/origins.ts'
import { metaMap } from '../../shared/schema/doc.ts'
import { SCHEMA_VERSION } from '../../shared/schema/version.ts'
import { generateBoardId, generateToken, hashToken } from '../auth/tokens.ts'
import type { BoardStore } from '../store/BoardStore.ts'

/** Templates a new board can start from. */
export const BOARD_TEMPLATES = ['empty'] as const
export type BoardTemplate = (typeof BOARD_TEMPLATES)[number]

export function isBoardTemplate(value: string): value is BoardTemplate {
  return (BOARD_TEMPLATES as readonly string[]).includes(value)
}

/** The document a new board starts with, written by the server so no one can undo it. */
export function initialDocument(title: string, createdAt: Date): Uint8Array {
  const doc = new Y.Doc()
  doc.transact(() => {
    const meta = metaMap(doc)
    meta.set('schemaVersion', SCHEMA_VERSION)
    meta.set('title', title)
    meta.set('createdAt', createdAt.toISOString())
  }, SERVER_ORIGIN)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/**
 * Creates a board with fresh tokens for each right and stores it in one transaction. The tokens
 * appear only in the answer; the store keeps their hashes.
 */
export async function createNewBoard(
  store: BoardStore,
  title: string,
  now = new Date(),
): Promise<CreateBoardResponse> {
  const id = generateBoardId(16)
  const tokens = { view: generateToken(), edit: generateToken(), facilitate: generateToken() }
  await store.createBoard(
    {
      id,
      title,
      createdAt: now,
      lastActiveAt: now,
      tokenHashes: {
        view: hashToken(tokens.view),
        edit: hashToken(tokens.edit),
        facilitate: hashToken(tokens.facilitate),
      },
    },
    initialDocument(title, now),
  )
  return {
    id,
    title,
    editToken: tokens.edit,
    viewToken: tokens.view,
    facilitatorToken: tokens.facilitate,
    // Paths, even when PUBLIC_URL is set: the client makes them absolute for share links and QR.
    links: {
      edit: boardPath(id, tokens.edit),
      view: boardPath(id, tokens.view),
      facilitate: boardPath(id, tokens.facilitate),
    },
  }
}
