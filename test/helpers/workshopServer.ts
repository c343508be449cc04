// The real server with the workshop board on it (test/helpers/workshopBoard.ts), written over the
// realtime socket as a person would and stored whole: what every export test starts from.
import type { CreateBoardResponse } from '../../shared/api.ts'
import { elementsMap } from '../../shared/schema/index.ts'
import { startServer, type RunningServer } from './startServer.ts'
import { buildWorkshopBoard } from './workshopBoard.ts'
import { createBoard, syncedClient } from './yclient.ts'

export interface WorkshopServer {
  server: RunningServer
  board: CreateBoardResponse
  /** Closes the clients and stops the server. */
  cleanup(): Promise<void>
}

/** Starts a server and fills a board titled `title` with the workshop. */
export async function startWorkshopServer(title: string): Promise<WorkshopServer> {
  const server = await startServer()
  const board = await createBoard(server, { title })
  const editor = await syncedClient(server, board.id, board.editToken)
  buildWorkshopBoard(editor.doc)
  const count = elementsMap(editor.doc).size
  // The server stores an update before it relays it: once a second person has everything, the
  // stored board has it too.
  const viewer = await syncedClient(server, board.id, board.viewToken)
  await viewer.until((doc) => elementsMap(doc).size === count, 'the whole workshop to arrive')
  return {
    server,
    board,
    async cleanup() {
      editor.destroy()
      viewer.destroy()
      await server.cleanup()
    },
  }
}
