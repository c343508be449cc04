import { afterEach } from 'vitest'
import type * as Y from 'yjs'
import { startServer, type RunningServer, type StartServerOptions } from './startServer.ts'
import { syncedClient, type RawClient, type YClient } from './yclient.ts'

/**
 * The servers and clients one test starts, closed after it: clients first, then servers newest
 * first, since the first server of a test owns its data directory and later ones reuse it.
 */
export class TestFleet {
  readonly servers: RunningServer[] = []
  readonly clients: YClient[] = []
  readonly raws: RawClient[] = []

  /** Starts the real server (a child process on port 0), stopped after the test. */
  async start(options: StartServerOptions = {}): Promise<RunningServer> {
    const server = await startServer(options)
    this.servers.push(server)
    return server
  }

  /** A stock y-websocket client that has synced, destroyed after the test. */
  async join(server: RunningServer, boardId: string, token: string, doc?: Y.Doc): Promise<YClient> {
    const client = await syncedClient(server, boardId, token, doc)
    this.clients.push(client)
    return client
  }

  /** Destroys every client so far: a server can then stop with nobody connected. */
  dropClients(): void {
    for (const client of this.clients.splice(0)) client.destroy()
  }

  async cleanup(): Promise<void> {
    this.dropClients()
    for (const raw of this.raws.splice(0)) raw.ws.terminate()
    for (const server of this.servers.splice(0).reverse()) await server.cleanup()
  }
}

/** A fleet for the tests of one file, cleaned up after each test. */
export function testFleet(): TestFleet {
  const fleet = new TestFleet()
  afterEach(() => fleet.cleanup())
  return fleet
}
