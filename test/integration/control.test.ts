// The control channel (socket.io) as a browser meets it: the real server on port 0,
// socket.io-client over a real websocket. Handshake, every command with every right, bad payloads.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { CreateBoardResponse } from '../../shared/api.ts'
import { CONTROL_COMMANDS, type ControlCommand } from '../../shared/protocol/events.ts'
import type { Right } from '../../shared/rights.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { createBoard, syncedClient } from '../helpers/yclient.ts'
import {
  connectControl,
  next,
  refusedControl,
  send,
  type ConnectedControl,
  type ControlClient,
} from '../helpers/controlClient.ts'

let server: RunningServer
const sockets: ControlClient[] = []

beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.cleanup()
})
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close()
})

const VIEW = { x: 100, y: 200, w: 800, h: 450 }

function tokenOf(board: CreateBoardResponse, right: Right): string {
  return right === 'facilitate'
    ? board.facilitatorToken
    : right === 'edit'
      ? board.editToken
      : board.viewToken
}

async function join(board: CreateBoardResponse, right: Right): Promise<ConnectedControl> {
  const joined = await connectControl(server, { boardId: board.id, token: tokenOf(board, right) })
  sockets.push(joined.socket)
  return joined
}

describe('handshake', () => {
  it('accepts each token with its right and sends the session state', async () => {
    const board = await createBoard(server)
    for (const right of ['view', 'edit', 'facilitate'] as const) {
      const { state, socket } = await join(board, right)
      expect(state).toEqual({ you: socket.id, right, presentation: null })
    }
  })

  it('refuses a wrong token, an unknown board and malformed auth with a clear code', async () => {
    const board = await createBoard(server)
    const other = await createBoard(server)
    expect(await refusedControl(server, { boardId: board.id, token: 'wrong' })).toMatchObject({
      code: 'invalid_token',
    })
    // A real token of another board opens nothing here.
    expect(
      await refusedControl(server, { boardId: board.id, token: other.facilitatorToken }),
    ).toMatchObject({ code: 'invalid_token' })
    expect(
      await refusedControl(server, { boardId: 'nosuchboard', token: board.editToken }),
    ).toMatchObject({ code: 'board_not_found' })
    for (const auth of [
      {},
      { boardId: board.id },
      { token: board.editToken },
      { boardId: board.id, token: '' },
      { boardId: '../etc', token: board.editToken },
      { boardId: board.id, token: board.editToken, extra: 1 },
      { boardId: 42, token: board.editToken },
    ]) {
      const refused = await refusedControl(server, auth)
      expect(refused.code, JSON.stringify(auth)).toBe('invalid_auth')
      expect(refused.message).toMatch(/boardId/)
    }
  })

  it('leaves the realtime endpoint working beside it', async () => {
    const board = await createBoard(server)
    await join(board, 'edit')
    const client = await syncedClient(server, board.id, board.editToken)
    client.destroy()
  })
})

describe('rights', () => {
  const commands = Object.keys(CONTROL_COMMANDS) as ControlCommand[]

  for (const right of ['view', 'edit'] as const) {
    it(`refuses every facilitation command from ${right} and changes nothing`, async () => {
      const board = await createBoard(server)
      const actor = await join(board, right)
      const watcher = await join(board, 'view')
      const received: string[] = []
      watcher.socket.onAny((event: string) => received.push(event))
      for (const command of commands) {
        const payload = command === 'presentation:stop' ? {} : { view: VIEW }
        expect(await send(actor.socket, command, payload), command).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        })
      }
      const late = await join(board, 'view')
      expect(late.state.presentation).toBeNull()
      expect(received).toEqual([])
    })
  }

  it('summon: the facilitator brings everyone else to a view', async () => {
    const board = await createBoard(server)
    const facilitator = await join(board, 'facilitate')
    const editor = await join(board, 'edit')
    const viewer = await join(board, 'view')
    const ownEvents: string[] = []
    facilitator.socket.onAny((event: string) => ownEvents.push(event))
    const seenByEditor = next(editor.socket, 'summoned')
    const seenByViewer = next(viewer.socket, 'summoned')
    expect(await send(facilitator.socket, 'summon', { view: VIEW })).toEqual({ ok: true })
    expect(await seenByEditor).toEqual({ view: VIEW })
    expect(await seenByViewer).toEqual({ view: VIEW })
    expect(ownEvents).toEqual([])
  })

  it('summon stays on its board', async () => {
    const board = await createBoard(server)
    const elsewhere = await createBoard(server)
    const facilitator = await join(board, 'facilitate')
    const stranger = await join(elsewhere, 'edit')
    const local = await join(board, 'edit')
    const strangerEvents: string[] = []
    stranger.socket.onAny((event: string) => strangerEvents.push(event))
    const arrived = next(local.socket, 'summoned')
    await send(facilitator.socket, 'summon', { view: VIEW })
    await arrived
    // The stranger's socket is older than the summon's delivery: ask the server a round trip.
    await send(stranger.socket, 'no-such-event')
    expect(strangerEvents).toEqual([])
  })

  it('presentation: start, follow, take over, stop; late joiners learn it', async () => {
    const board = await createBoard(server)
    const presenter = await join(board, 'facilitate')
    const other = await join(board, 'facilitate')
    const viewer = await join(board, 'view')

    const started = next(viewer.socket, 'presentation:started')
    const startedForPresenter = next(presenter.socket, 'presentation:started')
    expect(await send(presenter.socket, 'presentation:start', { view: VIEW })).toEqual({ ok: true })
    expect(await started).toEqual({ presenter: presenter.socket.id, view: VIEW })
    expect(await startedForPresenter).toEqual({ presenter: presenter.socket.id, view: VIEW })

    const moved = { ...VIEW, x: 300 }
    const follow = next(viewer.socket, 'presentation:view')
    expect(await send(presenter.socket, 'presentation:view', { view: moved })).toEqual({ ok: true })
    expect(await follow).toEqual({ view: moved })

    // Only the presenter moves it; another facilitator is refused and nothing changes.
    expect(await send(other.socket, 'presentation:view', { view: VIEW })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
    const late = await join(board, 'edit')
    expect(late.state.presentation).toEqual({ presenter: presenter.socket.id, view: moved })

    // Another facilitator may take over, and anyone facilitating may stop it.
    const takenOver = next(late.socket, 'presentation:started')
    expect(await send(other.socket, 'presentation:start', { view: VIEW })).toEqual({ ok: true })
    expect(await takenOver).toEqual({ presenter: other.socket.id, view: VIEW })
    const stopped = next(late.socket, 'presentation:stopped')
    expect(await send(presenter.socket, 'presentation:stop', {})).toEqual({ ok: true })
    expect(await stopped).toEqual({ reason: 'stopped' })
    expect(await send(presenter.socket, 'presentation:stop', {})).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
    expect((await join(board, 'view')).state.presentation).toBeNull()
  })

  it('a presentation carries the presenter’s awareness id, so the others can name them', async () => {
    const board = await createBoard(server)
    const presenter = await join(board, 'facilitate')
    const viewer = await join(board, 'view')
    const started = next(viewer.socket, 'presentation:started')
    expect(
      await send(presenter.socket, 'presentation:start', { view: VIEW, awareness: 4_000_000_123 }),
    ).toEqual({ ok: true })
    expect(await started).toEqual({
      presenter: presenter.socket.id,
      view: VIEW,
      awareness: 4_000_000_123,
    })
    expect((await join(board, 'edit')).state.presentation).toMatchObject({
      awareness: 4_000_000_123,
    })
  })

  it('a presentation ends when its presenter leaves', async () => {
    const board = await createBoard(server)
    const presenter = await join(board, 'facilitate')
    const viewer = await join(board, 'view')
    await send(presenter.socket, 'presentation:start', { view: VIEW })
    const stopped = next(viewer.socket, 'presentation:stopped')
    presenter.socket.close()
    expect(await stopped).toEqual({ reason: 'presenter_left' })
    expect((await join(board, 'view')).state.presentation).toBeNull()
  })
})

describe('bad payloads', () => {
  const bad: Array<[string, unknown]> = [
    ['summon', undefined],
    ['summon', null],
    ['summon', 'view'],
    ['summon', { view: { x: 0, y: 0, w: 0, h: 10 } }],
    ['summon', { view: { x: 0, y: 0, w: -5, h: 10 } }],
    ['summon', { view: { x: 'a', y: 0, w: 5, h: 10 } }],
    ['summon', { view: { x: 0, y: 0, w: 5, h: 10, z: 1 } }],
    ['summon', { view: { x: 1e12, y: 0, w: 5, h: 10 } }],
    ['summon', { view: VIEW, extra: true }],
    ['presentation:start', {}],
    ['presentation:start', { view: [1, 2, 3, 4] }],
    ['presentation:start', { view: VIEW, awareness: -1 }],
    ['presentation:start', { view: VIEW, awareness: 1.5 }],
    ['presentation:start', { view: VIEW, awareness: 2 ** 32 }],
    ['presentation:start', { view: VIEW, awareness: '12' }],
    ['presentation:stop', { now: true }],
  ]

  it('answers each with invalid_payload and relays nothing', async () => {
    const board = await createBoard(server)
    const facilitator = await join(board, 'facilitate')
    const viewer = await join(board, 'view')
    const received: string[] = []
    viewer.socket.onAny((event: string) => received.push(event))
    for (const [event, payload] of bad) {
      const ack = await send(facilitator.socket, event, payload)
      expect(ack, `${event} ${JSON.stringify(payload)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid_payload' },
      })
      if (!ack.ok) expect(ack.error.message.length).toBeGreaterThan(0)
    }
    // A valid summon after them arrives first: none of the bad ones was relayed before it.
    const arrived = next(viewer.socket, 'summoned')
    await send(facilitator.socket, 'summon', { view: VIEW })
    expect(await arrived).toEqual({ view: VIEW })
    expect(received).toEqual(['summoned'])
    expect((await join(board, 'view')).state.presentation).toBeNull()
  })

  it('answers an unknown event with unknown_event', async () => {
    const board = await createBoard(server)
    const facilitator = await join(board, 'facilitate')
    expect(await send(facilitator.socket, 'board:delete', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_event' },
    })
  })

  it('limits the rate per connection and keeps the others going', async () => {
    const board = await createBoard(server)
    const flooder = await join(board, 'facilitate')
    const calm = await join(board, 'facilitate')
    const answers = await Promise.all(
      Array.from({ length: 80 }, () => send(flooder.socket, 'summon', { view: VIEW })),
    )
    const limited = answers.filter((a) => !a.ok && a.error.code === 'rate_limited')
    expect(limited.length).toBeGreaterThan(0)
    expect(answers.filter((a) => a.ok).length).toBeGreaterThanOrEqual(40)
    expect(await send(calm.socket, 'summon', { view: VIEW })).toEqual({ ok: true })
  })
})

describe('shutdown', () => {
  it('SIGTERM disconnects control clients and exits 0', async () => {
    const own = await startServer()
    try {
      const board = await createBoard(own)
      const { socket } = await connectControl(own, {
        boardId: board.id,
        token: board.viewToken,
      })
      const gone = new Promise<string>((resolve) => socket.once('disconnect', resolve))
      expect(await own.stop()).toBe(0)
      expect(await gone).toMatch(/disconnect|close/)
      socket.close()
    } finally {
      await own.cleanup()
    }
  })
})
