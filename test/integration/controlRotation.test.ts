// Link rotation as a facilitator and an IT script meet it: REST on the real server, and what it
// does to realtime (/yjs) and control (socket.io) connections that used the old token.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { CreateBoardResponse, RotateLinkResponse } from '../../shared/api.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { createBoard, rawClient, syncedClient, type YClient } from '../helpers/yclient.ts'
import {
  connectControl,
  disconnected,
  next,
  refusedControl,
  send,
  type ControlClient,
} from '../helpers/controlClient.ts'

let server: RunningServer
const sockets: ControlClient[] = []
const clients: YClient[] = []

beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.cleanup()
})
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close()
  for (const client of clients.splice(0)) client.destroy()
})

function rotate(
  boardId: string,
  right: string,
  token?: string,
  method = 'POST',
): Promise<Response> {
  return fetch(`${server.url}/api/boards/${boardId}/links/${right}/rotate`, {
    method,
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  })
}

async function rotated(board: CreateBoardResponse, right: string): Promise<RotateLinkResponse> {
  const res = await rotate(board.id, right, board.facilitatorToken)
  expect(res.status).toBe(200)
  return (await res.json()) as RotateLinkResponse
}

function roleOf(boardId: string, token: string): Promise<number> {
  return fetch(`${server.url}/api/boards/${boardId}`, {
    headers: { authorization: `Bearer ${token}` },
  }).then((res) => res.status)
}

async function control(boardId: string, token: string): Promise<ControlClient> {
  const { socket } = await connectControl(server, { boardId, token })
  sockets.push(socket)
  return socket
}

describe('POST /api/boards/:id/links/:right/rotate', () => {
  it('answers a new token and link; the old token stops opening the board', async () => {
    const board = await createBoard(server)
    const answer = await rotated(board, 'edit')
    expect(answer.id).toBe(board.id)
    expect(answer.right).toBe('edit')
    expect(answer.token).not.toBe(board.editToken)
    expect(answer.token.length).toBeGreaterThanOrEqual(22)
    expect(answer.link).toBe(`/b/${board.id}#${answer.token}`)
    expect(await roleOf(board.id, board.editToken)).toBe(401)
    const info = await fetch(`${server.url}/api/boards/${board.id}`, {
      headers: { authorization: `Bearer ${answer.token}` },
    }).then((res) => res.json() as Promise<{ role: string }>)
    expect(info.role).toBe('edit')
    // The other links are untouched.
    expect(await roleOf(board.id, board.viewToken)).toBe(200)
    expect(await roleOf(board.id, board.facilitatorToken)).toBe(200)
  })

  it('needs the facilitate right, a known board and a known right', async () => {
    const board = await createBoard(server)
    const expectError = async (res: Response, status: number, code: string): Promise<void> => {
      expect(res.status).toBe(status)
      expect(((await res.json()) as { error: string }).error).toBe(code)
    }
    await expectError(await rotate(board.id, 'view', board.editToken), 403, 'forbidden')
    await expectError(await rotate(board.id, 'view', board.viewToken), 403, 'forbidden')
    await expectError(await rotate(board.id, 'view', 'wrong'), 401, 'invalid_token')
    await expectError(await rotate(board.id, 'view'), 401, 'unauthorized')
    await expectError(
      await rotate('nosuchboard', 'view', board.facilitatorToken),
      404,
      'board_not_found',
    )
    await expectError(await rotate(board.id, 'admin', board.facilitatorToken), 400, 'unknown_right')
    await expectError(
      await rotate(board.id, 'view', board.facilitatorToken, 'GET'),
      405,
      'method_not_allowed',
    )
    // None of the refusals changed a token.
    for (const token of [board.viewToken, board.editToken, board.facilitatorToken]) {
      expect(await roleOf(board.id, token)).toBe(200)
    }
  })

  it('a facilitator who rotates their own link gets the new one and keeps working', async () => {
    const board = await createBoard(server)
    const answer = await rotated(board, 'facilitate')
    expect(await roleOf(board.id, board.facilitatorToken)).toBe(401)
    const again = await rotate(board.id, 'edit', answer.token)
    expect(again.status).toBe(200)
    const socket = await control(board.id, answer.token)
    expect(await send(socket, 'summon', { view: { x: 0, y: 0, w: 10, h: 10 } })).toEqual({
      ok: true,
    })
  })
})

describe('what rotation does to open connections', () => {
  it('closes realtime connections of that right with 4403 and refuses them on reconnect', async () => {
    const board = await createBoard(server)
    const editorRaw = rawClient(server, board.id, board.editToken)
    expect(await editorRaw.outcome).toBe(101)
    const viewer = await syncedClient(server, board.id, board.viewToken)
    clients.push(viewer)
    const answer = await rotated(board, 'edit')
    expect(await editorRaw.closed).toEqual({ code: 4403, reason: 'access revoked' })
    expect(await rawClient(server, board.id, board.editToken).outcome).toBe(401)
    // The viewer stays; the new edit token syncs.
    expect(viewer.provider.wsconnected).toBe(true)
    const editor = await syncedClient(server, board.id, answer.token)
    clients.push(editor)
  })

  it('one rotation ends both planes of the old link: its realtime and its control socket', async () => {
    const board = await createBoard(server)
    const realtime = rawClient(server, board.id, board.viewToken)
    expect(await realtime.outcome).toBe(101)
    const controlSocket = await control(board.id, board.viewToken)
    const revoked = next(controlSocket, 'access:revoked')
    const gone = disconnected(controlSocket)
    await rotated(board, 'view')
    expect(await realtime.closed).toEqual({ code: 4403, reason: 'access revoked' })
    expect(await revoked).toEqual({ right: 'view' })
    expect(await gone).toBe('io server disconnect')
    // Neither plane lets the old link back in.
    expect(await rawClient(server, board.id, board.viewToken).outcome).toBe(401)
    expect(
      await refusedControl(server, { boardId: board.id, token: board.viewToken }),
    ).toMatchObject({ code: 'invalid_token' })
  })

  it('tells control connections of that right why, disconnects them, and refuses the old token', async () => {
    const board = await createBoard(server)
    const editor = await control(board.id, board.editToken)
    const viewer = await control(board.id, board.viewToken)
    const facilitator = await control(board.id, board.facilitatorToken)
    const revoked = next(editor, 'access:revoked')
    const gone = disconnected(editor)
    const answer = await rotated(board, 'edit')
    expect(await revoked).toEqual({ right: 'edit' })
    expect(await gone).toBe('io server disconnect')
    expect(
      await refusedControl(server, { boardId: board.id, token: board.editToken }),
    ).toMatchObject({ code: 'invalid_token' })
    // Others stay connected and keep receiving.
    const summoned = next(viewer, 'summoned')
    expect(await send(facilitator, 'summon', { view: { x: 0, y: 0, w: 10, h: 10 } })).toEqual({
      ok: true,
    })
    await summoned
    expect(viewer.connected).toBe(true)
    await control(board.id, answer.token)
  })

  it('tells the facilitators the new edit or view link, nobody else, and never a new facilitate link', async () => {
    const board = await createBoard(server)
    const first = await control(board.id, board.facilitatorToken)
    const second = await control(board.id, board.facilitatorToken)
    const editor = await control(board.id, board.editToken)
    const viewer = await control(board.id, board.viewToken)
    const heard = new Map<ControlClient, string[]>()
    for (const socket of [first, second, editor, viewer]) {
      heard.set(socket, [])
      socket.onAny((event: string) => heard.get(socket)?.push(event))
    }

    const toFirst = next(first, 'link:replaced')
    const toSecond = next(second, 'link:replaced')
    const view = await rotated(board, 'view')
    expect(await toFirst).toEqual({ right: 'view', token: view.token })
    expect(await toSecond).toEqual({ right: 'view', token: view.token })
    // The new token opens the board as the view link.
    expect(await roleOf(board.id, view.token)).toBe(200)
    // A summon after it reaches the editor over the same socket: had the editor been told of
    // the link, that event would have come first.
    const summoned = next(editor, 'summoned')
    expect(await send(first, 'summon', { view: { x: 0, y: 0, w: 10, h: 10 } })).toEqual({
      ok: true,
    })
    await summoned
    expect(heard.get(editor)).not.toContain('link:replaced')
    expect(heard.get(viewer)).not.toContain('link:replaced')

    // Replacing the facilitate link ends the facilitators' connections; its token is not sent.
    const before = heard.get(second)?.length ?? 0
    const gone = disconnected(second)
    await rotated(board, 'facilitate')
    expect(await gone).toBe('io server disconnect')
    expect(heard.get(second)?.slice(before)).toEqual(['access:revoked'])
  })
})
