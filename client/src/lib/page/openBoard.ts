import * as Y from 'yjs'
import { canEdit } from '../../../../shared/rights.ts'
import type { BoardInfo } from '../../../../shared/api.ts'
import { Connection } from '../sync/connection.svelte.ts'
import { LocalCopy } from '../sync/localCopy.svelte.ts'
import { Board } from '../model/board.svelte.ts'
import { Editor } from '../editor/editor.svelte.ts'
import { BoardAssets } from '../editor/boardAssets.svelte.ts'
import { myBoards } from '../storage/myBoards.svelte.ts'
import { Presence } from '../presence/presence.svelte.ts'
import { BoardDomain } from '../domain/boardDomain.svelte.ts'
import { ControlConnection } from '../control/controlConnection.svelte.ts'
import { followPresentations } from '../control/presentationFollow.ts'
import { rememberReplacedLink } from '../control/linkRotation.ts'
import { t } from '../i18n/i18n.svelte.ts'
import { DROP_ON_ROLE } from '../cards/dropOnRole.ts'

export interface OpenBoard {
  info: BoardInfo
  board: Board
  editor: Editor
  connection: Connection
  /** The board's copy in this browser; `loaded` once it has been read into the document. */
  localCopy: LocalCopy
  /** Who else is here (names, cursors, follow mode), on the connection's awareness. */
  presence: Presence
  /** The board's actors, roles, people and assignments, the checks' findings, the summary. */
  domain: BoardDomain
  /** The control channel (summon, presentation; later timer, voting, lock). */
  control: ControlConnection
  /** Follows the facilitator's presentation again after leaving it. */
  rejoinPresentation(): void
  close(): void
}

/**
 * Creates the Y.Doc for a board, the model over it and the live connection. The only place on
 * the page that creates Yjs objects, so components never need to.
 */
export function openBoard(
  info: BoardInfo,
  token: string,
  options: { unreachable?: boolean } = {},
): OpenBoard {
  const doc = new Y.Doc()
  const board = new Board(doc, { canEdit: canEdit(info.role) })
  const editor = new Editor(board)
  // A person card let go on a role card holds that role (in the drag's undo step).
  editor.addDragHooks(DROP_ON_ROLE)
  editor.assets = new BoardAssets(info.id, token, {
    // Pasting elements copied from another board: its token, if this browser has been there.
    tokenFor: (id) => {
      myBoards.reload()
      return myBoards.get(id)?.token
    },
  })
  // The local copy first: the board shows what this browser kept before the server answers.
  const localCopy = new LocalCopy(doc, info.id)
  const connection = new Connection(doc, info.id, token, {
    otherOrigins: [localCopy.origin],
    unreachable: options.unreachable === true,
  })
  const presence = new Presence(connection.awareness, editor.session, { right: info.role })
  const domain = new BoardDomain(board)
  editor.session.domain.source = domain
  const stopFollowOnOwnMove = editor.onOwnCamera(() => presence.followMode.ownCameraMoved())
  const control = new ControlConnection(info.id, token)
  const presentation = followPresentations(
    control,
    presence.followMode,
    editor.session,
    (id) => presence.participants.find((p) => p.clientId === id)?.name ?? null,
  )
  const stopLinkUpdates = control.onLinkReplaced((event) => {
    rememberReplacedLink(info, token, event)
    editor.session.announce(t(`share.replacedElsewhere.${event.right}`))
  })
  return {
    info,
    board,
    editor,
    connection,
    localCopy,
    presence,
    domain,
    control,
    rejoinPresentation: presentation.rejoin,
    close() {
      presentation.destroy()
      stopLinkUpdates()
      control.destroy()
      stopFollowOnOwnMove()
      presence.destroy()
      domain.destroy()
      editor.session.toasts.clear()
      editor.destroy()
      connection.destroy()
      localCopy.destroy()
      board.destroy()
      doc.destroy()
    },
  }
}
