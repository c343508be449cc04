import * as Y from 'yjs'
import { boardPath, type CreateBoardResponse } from '../../shared/api.ts'
import { SERVER_ORIGIN } from '../../shared/origins.ts'
import { metaMap } from '../../shared/schema/doc.ts'
import { SCHEMA_VERSION } from '../../shared/schema/version.ts'
import { DEFAULT_LOCALE, type Locale } from '../../shared/domain/label.ts'
import { insertTemplate } from '../../shared/ops/insertTemplate.ts'
import { findTemplate, TEMPLATE_IDS } from '../../shared/templates/index.ts'
import { generateBoardId, generateToken, hashToken } from '../access/tokens.ts'
import type { AssetRecord, BoardStore } from '../store/BoardStore.ts'

/** Templates a new board can start from (data in shared/templates). */
export const BOARD_TEMPLATES = TEMPLATE_IDS

export function isBoardTemplate(value: string): boolean {
  return findTemplate(value) !== undefined
}

/** What a new board starts from: a template (default `empty`) in one language (default German). */
export interface NewBoardOptions {
  template?: string
  locale?: Locale
}

/**
 * The document a new board starts with, written by the server so no one can undo it: the meta
 * keys and the template's elements, its top-left corner at the board's origin.
 */
export function initialDocument(
  title: string,
  createdAt: Date,
  options: NewBoardOptions = {},
): Uint8Array {
  const doc = new Y.Doc()
  const template = findTemplate(options.template ?? 'empty')
  doc.transact(() => {
    const meta = metaMap(doc)
    meta.set('schemaVersion', SCHEMA_VERSION)
    meta.set('title', title)
    meta.set('createdAt', createdAt.toISOString())
    if (template) {
      const locale = options.locale ?? DEFAULT_LOCALE
      insertTemplate(doc, { template, locale, at: { x: 0, y: 0 } }, SERVER_ORIGIN)
    }
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
  options: NewBoardOptions = {},
  now = new Date(),
): Promise<CreateBoardResponse> {
  return createBoardWithState(store, title, () => initialDocument(title, now, options), [], now)
}

/**
 * Creates a board whose initial document is `state` (built for its id's board: `state` gets
 * nothing but the time) with the records of the images it starts with, in one transaction.
 */
export async function createBoardWithState(
  store: BoardStore,
  title: string,
  state: () => Uint8Array,
  assets: ReadonlyArray<Omit<AssetRecord, 'boardId'>>,
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
    state(),
    assets.map((asset) => ({ ...asset, boardId: id })),
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
