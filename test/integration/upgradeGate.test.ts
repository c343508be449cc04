// The upgrade gate in front of both planes, in-process on a real HTTP server and real TCP
// sockets, with planes that never answer: what a stuck or slow plane would leave behind is
// closed by the gate's deadline, and a reset of a socket nobody answered ends only that socket.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../server/config.ts'
import { UPGRADE_ANSWER_TIMEOUT_MS, UpgradeGate } from '../../server/edge/UpgradeGate.ts'
import { silentLogger } from '../../server/log.ts'
import { tcpUpgrade } from '../helpers/upgrades.ts'

/** A plane that takes the socket and never answers; it tells who arrived. */
class SilentPlane {
  readonly taken: Duplex[] = []
  #arrived: (() => void)[] = []
  handleUpgrade(_req: http.IncomingMessage, socket: Duplex): void {
    this.taken.push(socket)
    for (const arrived of this.#arrived.splice(0)) arrived()
  }
  /** Resolves once the next socket has been handed to this plane. */
  next(): Promise<void> {
    return new Promise((resolve) => this.#arrived.push(resolve))
  }
}

const sync = new SilentPlane()
const control = new SilentPlane()
let server: http.Server
let port: number

beforeAll(async () => {
  const gate = new UpgradeGate({ config: loadConfig({}), log: silentLogger, sync, control })
  server = http.createServer((_req, res) => res.end('ok'))
  server.on('upgrade', gate.handle)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('an upgrade that its plane never answers', () => {
  it.each(['/yjs/abc?token=x', '/socket.io/?EIO=4&transport=websocket'])(
    'is closed by the gate after its deadline: %s',
    async (path) => {
      const plane = path.startsWith('/yjs/') ? sync : control
      const taken = plane.next()
      const started = Date.now()
      const held = tcpUpgrade(port, path)
      await taken
      await held.closed
      const waited = Date.now() - started
      expect(waited).toBeGreaterThanOrEqual(UPGRADE_ANSWER_TIMEOUT_MS - 50)
      expect(waited).toBeLessThan(UPGRADE_ANSWER_TIMEOUT_MS + 1500)
      expect(plane.taken.at(-1)?.destroyed).toBe(true)
    },
  )

  it('ends only that socket when it is reset (no unhandled error)', async () => {
    const taken = sync.next()
    const held = tcpUpgrade(port, '/yjs/abc?token=x')
    await taken
    const socket = sync.taken.at(-1)
    const errored = new Promise<void>((resolve) => socket?.once('close', () => resolve()))
    held.socket.resetAndDestroy()
    await errored
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok')
  })
})
