import * as Y from 'yjs'
import type { BoardInfo } from '../../../../shared/api.ts'
import { Connection } from '../sync/connection.svelte.ts'
import { Board } from '../model/board.svelte.ts'
import { Editor } from '../editor/editor.svelte.ts'
import { BoardAssets } from '../editor/boardAssets.svelte.ts'
import { Presence } from '../presence/presence.svelte.ts'
import { BoardDomain } from '../domain/boardDomain.svelte.ts'
import { ControlConnection } from '../control/controlConnection.svelte.ts'
import { KEYS, memoryStore } from '../storage/safeStorage.ts'
import { t } from '../i18n/i18n.svelte.ts'

/** What the projector view holds open: the board, read only, and the facilitation channel. */
export interface OpenProjector {
  info: BoardInfo
  /** The view link's token the projector opened with. */
  token: string
  board: Board
  /** Draws the board (BoardCanvas); the projector never hands it a gesture. */
  editor: Editor
  connection: Connection
  /** The presentation to follow, summons, and whether the link was replaced. */
  control: ControlConnection
  close(): void
}

/**
 * Opens a board for the projector view (a beamer or second screen, see ProjectorPage): the same
 * document, drawing and warnings as the board page, never editable (the page opens with a view
 * link only, and the model refuses writes besides), without this browser's local copy, its
 * count of unsent changes or its display name, which belong to the person's own tab. The
 * projector shows in the participant list as "Projektor".
 */
export function openProjector(info: BoardInfo, token: string): OpenProjector {
  const doc = new Y.Doc()
  const board = new Board(doc, { canEdit: false })
  const editor = new Editor(board)
  editor.assets = new BoardAssets(info.id, token)
  // Kept in memory: this tab must not touch what the person's own board tab keeps.
  const store = memoryStore()
  store.set(KEYS.presenceName, t('projector.participant'))
  const connection = new Connection(doc, info.id, token, { store })
  const presence = new Presence(connection.awareness, editor.session, { right: 'view', store })
  const domain = new BoardDomain(board)
  editor.session.domain.source = domain
  const control = new ControlConnection(info.id, token)
  return {
    info,
    token,
    board,
    editor,
    connection,
    control,
    close() {
      control.destroy()
      presence.destroy()
      domain.destroy()
      editor.destroy()
      connection.destroy()
      board.destroy()
      doc.destroy()
    },
  }
}
