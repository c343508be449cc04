import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface RunningServer {
  /** http://127.0.0.1:PORT */
  url: string
  /** ws://127.0.0.1:PORT */
  wsUrl: string
  port: number
  dataDir: string
  child: ChildProcess
  /** Everything the server printed so far. */
  output(): string
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>
  /** kill -9: no chance to flush anything. */
  kill9(): Promise<void>
  /** Stops the server if still running and removes a data directory this helper created. */
  cleanup(): Promise<void>
}

export interface StartServerOptions {
  /** Reuse a data directory (to test restarts); a fresh temporary one otherwise. */
  dataDir?: string
  env?: Record<string, string>
  /** Node arguments that start the server; the TypeScript sources through tsx by default. */
  nodeArgs?: string[]
}

/**
 * Starts the real server (`server/main.ts`) as a child process on port 0 and resolves once it
 * printed the port it listens on. The caller holds the PID and must stop it.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const ownDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'werkraum-test-'))
  const nodeArgs = options.nodeArgs ?? ['--import', 'tsx', 'server/main.ts']
  const child = spawn(process.execPath, nodeArgs, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CREATE_RATE_LIMIT: '1000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )

  const port = await new Promise<number>((resolve, reject) => {
    const onData = (): void => {
      const m = /listening on port (\d+)/.exec(out)
      if (m) {
        child.stdout?.off('data', onData)
        resolve(Number(m[1]))
      }
    }
    child.stdout?.on('data', onData)
    void exited.then((code) =>
      reject(new Error(`server exited (${code}) before listening:\n${out}`)),
    )
  })

  let running = true
  void exited.then(() => (running = false))
  const server: RunningServer = {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    port,
    dataDir,
    child,
    output: () => out,
    async stop() {
      if (!running) return child.exitCode
      child.kill('SIGTERM')
      return exited
    },
    async kill9() {
      if (!running) return
      child.kill('SIGKILL')
      await exited
    },
    async cleanup() {
      if (running) await server.kill9()
      if (ownDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return server
}
