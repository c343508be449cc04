// What the server keeps: across a clean restart, a kill -9, compaction and room unload, and
// what it must never keep (writes through a view link). Real server, real sockets, the data
// directory reused across restarts.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createNote, deleteElements, editText } from '../../shared/ops/index.ts'
import { elementsMap } from '../../shared/schema/doc.ts'
import type { RunningServer } from '../helpers/startServer.ts'
import { testFleet } from '../helpers/testFleet.ts'
import { until, waitFor } from '../helpers/waitFor.ts'
import { createBoard, type YClient } from '../helpers/yclient.ts'

const fleet = testFleet()
const { clients } = fleet

function start(env: Record<string, string> = {}, dataDir?: string): Promise<RunningServer> {
  return fleet.start({ env, dataDir })
}

function join(
  server: RunningServer,
  boardId: string,
  token: string,
  doc?: Y.Doc,
): Promise<YClient> {
  return fleet.join(server, boardId, token, doc)
}

function leave(client: YClient): void {
  client.destroy()
  clients.splice(clients.indexOf(client), 1)
}

/** The board's content as a person sees it. */
function content(doc: Y.Doc): unknown {
  return { elements: elementsMap(doc).toJSON(), meta: doc.getMap('meta').toJSON() }
}

function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)))
}

describe('durability of the realtime document', () => {
  it('a restart keeps everything', async () => {
    const first = await start()
    const board = await createBoard(first)
    const anna = await join(first, board.id, board.editToken)
    const witness = await join(first, board.id, board.viewToken)
    const id = createNote(anna.doc, { x: 10, y: 20, text: 'Rathaus' })
    editText(anna.doc, { id, text: 'Rathaus, 2. OG' })
    await witness.until((doc) => sameState(doc, anna.doc), 'the witness to have every edit')

    expect(await first.stop()).toBe(0)
    const second = await start({}, first.dataDir)
    const fresh = await join(second, board.id, board.viewToken)
    expect(content(fresh.doc)).toEqual(content(anna.doc))
  })

  it('kill -9 keeps everything any client has received', async () => {
    const first = await start()
    const board = await createBoard(first)
    const anna = await join(first, board.id, board.editToken)
    const witness = await join(first, board.id, board.viewToken)
    for (let i = 0; i < 300; i++) createNote(anna.doc, { x: i, y: i, text: `Akteur ${i}` })
    await witness.until((doc) => elementsMap(doc).size === 300, 'the witness to have 300 notes')
    const received = content(witness.doc)

    await first.kill9()
    const second = await start({}, first.dataDir)
    const fresh = await join(second, board.id, board.viewToken)
    expect(content(fresh.doc)).toEqual(received)
  })

  it('compaction keeps the document identical', async () => {
    const env = { COMPACT_AFTER_UPDATES: '5' }
    const first = await start(env)
    const board = await createBoard(first)
    const anna = await join(first, board.id, board.editToken)
    const witness = await join(first, board.id, board.viewToken)
    const ids: string[] = []
    for (let i = 0; i < 60; i++) {
      ids.push(createNote(anna.doc, { x: i, y: 0, text: `Rolle ${i}` }))
      if (i % 3 === 0) editText(anna.doc, { id: ids[i]!, text: `Rolle ${i} (geändert)` })
      if (i % 7 === 0) deleteElements(anna.doc, { ids: [ids[i - 1] ?? ids[0]!] })
    }
    await witness.until((doc) => sameState(doc, anna.doc), 'the witness to have every edit')
    await waitFor(() => first.output().includes('board compacted'), 'a compaction')

    // kill -9, so what counts is what compaction left on disk, not a final flush.
    await first.kill9()
    const second = await start(env, first.dataDir)
    const fresh = await join(second, board.id, board.viewToken)
    expect(content(fresh.doc)).toEqual(content(anna.doc))
    expect(sameState(fresh.doc, anna.doc)).toBe(true)
  })

  it('an idle board leaves memory and comes back whole', async () => {
    const server = await start({ ROOM_UNLOAD_MS: '50' })
    const board = await createBoard(server)
    const anna = await join(server, board.id, board.editToken)
    const witness = await join(server, board.id, board.viewToken)
    for (let i = 0; i < 10; i++) createNote(anna.doc, { x: i, y: 0, text: `Notiz ${i}` })
    await witness.until((doc) => elementsMap(doc).size === 10, 'the witness to have 10 notes')
    const expected = content(anna.doc)
    leave(anna)
    leave(witness)
    await waitFor(
      () => server.output().includes(`room unloaded {"boardId":"${board.id}"}`),
      'the room to unload',
    )

    const back = await join(server, board.id, board.editToken)
    expect(content(back.doc)).toEqual(expected)
  })
})

describe('a view link', () => {
  it('reads and shows presence, but its changes reach neither others nor the store', async () => {
    const first = await start()
    const board = await createBoard(first)
    const editor = await join(first, board.id, board.editToken)
    const viewerDoc = new Y.Doc()
    const viewer = await join(first, board.id, board.viewToken, viewerDoc)

    const fromEditor = createNote(editor.doc, { x: 0, y: 0, text: 'vom Editor' })
    await viewer.until((doc) => elementsMap(doc).has(fromEditor), 'the viewer to see the edit')
    editor.provider.awareness.setLocalStateField('user', { name: 'Editor' })
    await until(
      viewer.provider.awareness,
      'change',
      () =>
        [...viewer.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Editor'),
      'the viewer to see the editor',
    )

    // The viewer changes its local copy, then shows presence on the same socket: once the
    // editor sees the presence, the server has handled the change before it.
    const fromViewer = createNote(viewerDoc, { x: 5, y: 5, text: 'vom Betrachter' })
    viewer.provider.awareness.setLocalStateField('user', { name: 'Viewer' })
    await until(
      editor.provider.awareness,
      'change',
      () =>
        [...editor.provider.awareness.getStates().values()].some((s) => s.user?.name === 'Viewer'),
      'the editor to see the viewer',
    )
    expect(elementsMap(editor.doc).has(fromViewer)).toBe(false)

    // Reconnecting, the viewer offers its change again in sync step 2; still refused.
    expect(await first.stop()).toBe(0)
    leave(viewer)
    const second = await start({}, first.dataDir)
    await join(second, board.id, board.viewToken, viewerDoc)
    expect(await second.stop()).toBe(0)

    const third = await start({}, first.dataDir)
    const fresh = await join(third, board.id, board.editToken)
    expect(elementsMap(fresh.doc).has(fromEditor)).toBe(true)
    expect(elementsMap(fresh.doc).has(fromViewer)).toBe(false)
  })
})
