import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withTimeout } from '../timeout.ts'
import type { BenchTarget, RunningTarget } from './target.ts'

const VERSION = '4.7.0'
const START_TIMEOUT_MS = 15_000
const ENTRY = fileURLToPath(new URL('./hocuspocusServer.mjs', import.meta.url))

function checkVersion(): void {
  // Its `exports` map hides package.json; it sits one folder above the entry (dist/).
  const entry = createRequire(import.meta.url).resolve('@hocuspocus/server')
  const pkgPath = path.join(path.dirname(entry), '..', 'package.json')
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }
  if (pkg.version !== VERSION) {
    throw new Error(`@hocuspocus/server is ${pkg.version}, the benchmark compares ${VERSION}`)
  }
}

/**
 * `@hocuspocus/server` with its default configuration (broadcasts coalesced per event-loop turn,
 * `flushDelay: 0`) and no extensions, so in memory only. It declares Node >= 22; it runs on the
 * Node 20 of this machine (checked: it syncs and relays). Its clients speak Hocuspocus'
 * framing through `clients/HocuspocusSocket.ts`, otherwise the same stock y-websocket provider.
 */
export const hocuspocusTarget: BenchTarget = {
  name: 'hocuspocus',
  label: `@hocuspocus/server ${VERSION}`,
  protocol: 'hocuspocus',
  async start(): Promise<RunningTarget> {
    checkVersion()
    const child = spawn(process.execPath, [ENTRY], {
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const port = new Promise<number>((resolve, reject) => {
      const onData = (): void => {
        const m = /listening on port (\d+)/.exec(out)
        if (!m) return
        child.stdout.off('data', onData)
        resolve(Number(m[1]))
      }
      child.stdout.on('data', onData)
      void exited.then(() => reject(new Error(`Hocuspocus exited before listening:\n${out}`)))
    })
    let listening: number
    try {
      listening = await withTimeout(port, START_TIMEOUT_MS, 'Hocuspocus start')
    } catch (err) {
      child.kill('SIGKILL')
      throw err
    }
    const pid = child.pid
    if (pid === undefined) throw new Error('Hocuspocus has no pid')
    return {
      pid,
      serverUrl: `ws://127.0.0.1:${listening}`,
      room: 'bench-room',
      params: { token: 'unused-by-hocuspocus-without-extensions' },
      output: () => out,
      async stop() {
        if (child.exitCode !== null || child.signalCode !== null) return
        child.kill('SIGTERM')
        await withTimeout(exited, 5_000, 'Hocuspocus stop').catch(() => {
          child.kill('SIGKILL')
          return exited
        })
      },
      notes: () => ['default configuration, no extensions (in memory, stores nothing)'],
    }
  },
}
