import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { CreateBoardResponse } from '../../../shared/api.ts'
import { buildServerBundle } from '../../helpers/serverBundle.ts'
import { startServer } from '../../helpers/startServer.ts'
import { cpuProfileArgs } from '../profiling.ts'
import { withTimeout } from '../timeout.ts'
import type { BenchTarget, RunningTarget } from './target.ts'

const START_TIMEOUT_MS = 30_000

/** Filesystem type and device of a directory: what an fsync costs depends on it. */
function filesystemOf(dir: string): string {
  try {
    return execFileSync('findmnt', ['-n', '-T', dir, '-o', 'FSTYPE,SOURCE'], { encoding: 'utf8' })
      .trim()
      .replace(/\s+/, ' ')
  } catch {
    return 'an unknown filesystem'
  }
}

/** The bundle `npm start` builds, in the project's dist/ so it finds node_modules. */
const BUNDLE_DIR = fileURLToPath(new URL('../../../dist/bench-server/', import.meta.url))

/** Our server as shipped: the `npm start` bundle on plain Node in a child process, SQLite in a
 * temporary DATA_DIR. */
export const werkraumTarget: BenchTarget = {
  name: 'werkraum',
  label: 'Werkraum (SQLite)',
  protocol: 'y-websocket',
  async start(): Promise<RunningTarget> {
    const nodeArgs = await buildServerBundle(BUNDLE_DIR)
    const server = await withTimeout(
      startServer({
        nodeArgs: [...cpuProfileArgs(), ...nodeArgs],
        // Every simulated person comes from one loopback address; in a real room they would be
        // at most a few hundred behind one NAT address, which the defaults are sized for.
        env: { MAX_CONNECTIONS_PER_ADDRESS: '10000', MAX_BOARD_CONNECTIONS_PER_ADDRESS: '10000' },
      }),
      START_TIMEOUT_MS,
      'Werkraum server start',
    )
    try {
      const res = await fetch(`${server.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Benchmark' }),
      })
      if (res.status !== 201) {
        throw new Error(`POST /api/boards answered ${res.status}: ${await res.text()}`)
      }
      const board = (await res.json()) as CreateBoardResponse
      const filesystem = filesystemOf(server.dataDir)
      const pid = server.child.pid
      if (pid === undefined) throw new Error('server child has no pid')
      return {
        pid,
        serverUrl: `${server.wsUrl}/yjs`,
        room: board.id,
        params: { token: board.editToken },
        output: () => server.output(),
        async stop() {
          await withTimeout(server.stop(), 10_000, 'Werkraum server stop').catch(() => undefined)
          await server.cleanup()
        },
        notes: () => [
          `SQLite synchronous=${/"synchronous":"(\w+)"/.exec(server.output())?.[1] ?? '?'}, ` +
            `data dir ${server.dataDir} on ${filesystem} (removed after the run)`,
        ],
      }
    } catch (err) {
      await server.cleanup()
      throw err
    }
  },
}
