import { ackError, ackOk, type Ack } from '../../shared/protocol/ack.ts'
import type { CommandPayload, ControlCommand } from '../../shared/protocol/events.ts'
import type { Presentations } from './Presentations.ts'
import { boardRoom } from './rooms.ts'
import type { ControlIo, ControlSocket } from './types.ts'

/** What a command handler may touch: the sender, its board's room, the session state. */
export interface CommandContext {
  io: ControlIo
  socket: ControlSocket
  boardId: string
  presentations: Presentations
}

/** Runs a command whose right and payload were already checked; answers its acknowledgement. */
export type CommandHandler<C extends ControlCommand> = (
  ctx: CommandContext,
  payload: CommandPayload<C>,
) => Ack

/** One handler per command of `CONTROL_COMMANDS`; the type makes a missing one a compile error. */
export const COMMAND_HANDLERS: { [C in ControlCommand]: CommandHandler<C> } = {
  summon({ socket, boardId }, { view }) {
    socket.to(boardRoom(boardId)).emit('summoned', { view })
    return ackOk({})
  },

  'presentation:start'({ io, socket, boardId, presentations }, { view, awareness }) {
    const presentation = presentations.start(boardId, socket.id, view, awareness)
    io.to(boardRoom(boardId)).emit('presentation:started', presentation)
    return ackOk({})
  },

  'presentation:view'({ socket, boardId, presentations }, { view }) {
    if (!presentations.move(boardId, socket.id, view)) {
      return ackError('conflict', 'Only the person presenting can move the presentation.')
    }
    socket.to(boardRoom(boardId)).emit('presentation:view', { view })
    return ackOk({})
  },

  'presentation:stop'({ io, boardId, presentations }) {
    if (!presentations.stop(boardId)) return ackError('conflict', 'No presentation is running.')
    io.to(boardRoom(boardId)).emit('presentation:stopped', { reason: 'stopped' })
    return ackOk({})
  },
}
