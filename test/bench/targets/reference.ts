import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from '../freePort.ts'
import { withTimeout } from '../timeout.ts'
import type { BenchTarget, RunningTarget } from './target.ts'

const VERSION = '0.1.1'
const START_TIMEOUT_MS = 15_000

/** The bin of `@y/websocket-server`, refusing any version but the one we compare against. */
function referenceBin(): string {
  const require = createRequire(import.meta.url)
  const pkgPath = require.resolve('@y/websocket-server/package.json')
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as {
    version: string
    bin: Record<string, string>
  }
  if (pkg.version !== VERSION) {
    throw new Error(`@y/websocket-server is ${pkg.version}, the benchmark compares ${VERSION}`)
  }
  const bin = pkg.bin['y-websocket-server']
  if (!bin) throw new Error('@y/websocket-server has no y-websocket-server bin')
  return path.join(path.dirname(pkgPath), bin)
}

/**
 * The reference y-websocket server, in memory only. Its source reads YPERSISTENCE (LevelDB
 * persistence), CALLBACK_URL/CALLBACK_OBJECTS (HTTP POSTs of the document elsewhere), GC and
 * HOST/PORT; it gets an environment of PATH, HOST and PORT only, so it persists nothing and
 * calls nobody, and an empty working directory that is checked to be still empty afterwards.
 */
export const referenceTarget: BenchTarget = {
  name: 'reference',
  label: `@y/websocket-server ${VERSION}`,
  protocol: 'y-websocket',
  async start(): Promise<RunningTarget> {
    const bin = referenceBin()
    const port = await freePort()
    const cwd = mkdtempSync(path.join(tmpdir(), 'werkraum-bench-ref-'))
    const child = spawn(process.execPath, [bin], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const listening = new Promise<void>((resolve, reject) => {
      const onData = (): void => {
        if (out.includes(`on port ${port}`)) {
          child.stdout.off('data', onData)
          resolve()
        }
      }
      child.stdout.on('data', onData)
      void exited.then(() => reject(new Error(`reference server exited before listening:\n${out}`)))
    })
    try {
      await withTimeout(listening, START_TIMEOUT_MS, 'reference server start')
    } catch (err) {
      child.kill('SIGKILL')
      rmSync(cwd, { recursive: true, force: true })
      throw err
    }
    const pid = child.pid
    if (pid === undefined) throw new Error('reference server has no pid')
    let leftBehind: string[] = []
    return {
      pid,
      serverUrl: `ws://127.0.0.1:${port}`,
      room: 'bench-room',
      params: { token: 'unused-by-the-reference-server' },
      output: () => out,
      async stop() {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM')
          await withTimeout(exited, 5_000, 'reference server stop').catch(() => {
            child.kill('SIGKILL')
            return exited
          })
        }
        leftBehind = readdirSync(cwd)
        rmSync(cwd, { recursive: true, force: true })
      },
      notes: () =>
        leftBehind.length === 0
          ? ['reference server wrote no files to its working directory']
          : [`reference server left files behind: ${leftBehind.join(', ')}`],
    }
  },
}
