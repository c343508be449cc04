import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, expect, it } from 'vitest'
import { openSqliteBoardStore } from '../../../server/store/sqlite.ts'

const FIXTURE = fileURLToPath(new URL('./fixtures/appendAndHang.ts', import.meta.url))
let dir: string | undefined

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

it('keeps every append whose promise resolved when the process is killed with SIGKILL', async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'werkraum-crash-'))
  const file = path.join(dir, 'werkraum.sqlite')
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, file, '20'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const reported = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const line = /durable (.*)\n/.exec(out)
      if (line) resolve(line[1]!)
    })
    void exited.then(() => reject(new Error(`fixture exited early: ${out}`)))
  })
  child.kill('SIGKILL')
  await exited

  const store = openSqliteBoardStore(file)
  try {
    const stored = await store.loadDocument('b1')
    expect(reported).toBe(Array.from({ length: 20 }, (_, i) => i + 1).join(','))
    expect(stored.lastSeq).toBe(20)
    expect(stored.updates.map((u) => u[0])).toEqual(Array.from({ length: 20 }, (_, i) => i))
  } finally {
    await store.close()
  }
})
