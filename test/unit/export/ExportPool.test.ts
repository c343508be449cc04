// The export pool with real worker threads whose behaviour the request's title picks: answer,
// hang in a loop (only terminating the thread ends it), or die.
import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import {
  ExportCrashed,
  ExportPool,
  ExportQueueFull,
  ExportTimedOut,
  type ExportPoolLimits,
} from '../../../server/export/ExportPool.ts'
import type { ExportRequest } from '../../../server/export/exportMessages.ts'

const THREAD = `
const { parentPort, threadId } = require('node:worker_threads')
parentPort.postMessage('ready')
parentPort.on('message', (request) => {
  if (request.title === 'hang') for (;;) {}
  if (request.title === 'crash') process.exit(3)
  if (request.title === 'oom') { const keep = []; for (;;) keep.push(new Array(1e6).fill(1)) }
  const body = new TextEncoder().encode(request.title + ':' + threadId)
  parentPort.postMessage({ id: request.id, ok: true, body, ms: 0 })
})
`

let spawned = 0
function spawn(resourceLimits: object): Worker {
  spawned++
  return new Worker(THREAD, { eval: true, resourceLimits })
}

const pools: ExportPool[] = []
function pool(limits: Partial<ExportPoolLimits> = {}): ExportPool {
  const p = new ExportPool(
    { concurrency: 1, queueMax: 4, timeoutMs: 5_000, memoryMb: 64, ...limits },
    spawn,
  )
  pools.push(p)
  return p
}
afterEach(async () => {
  for (const p of pools.splice(0)) await p.close()
  spawned = 0
})

function request(title: string): Omit<ExportRequest, 'id'> {
  return {
    kind: 'export',
    stored: { snapshot: null, updates: [] },
    boardId: 'b',
    title,
    options: {
      format: 'json',
      scope: 'board',
      paper: 'a4-landscape',
      scale: 2,
      background: 'white',
      language: 'de',
    },
    now: 0,
    boardUrl: '/b/b',
    assets: [],
    assetDir: '/nowhere',
  }
}

async function text(p: ExportPool, title: string): Promise<string> {
  const reply = await p.run(request(title))
  if (!reply.ok) throw new Error(reply.message)
  return new TextDecoder().decode(reply.body)
}

describe('ExportPool', () => {
  it('writes exports in one worker thread, reused, in the order they came', async () => {
    const p = pool()
    const answers = await Promise.all(['a', 'b', 'c'].map((t) => text(p, t)))
    expect(answers.map((a) => a.split(':')[0])).toEqual(['a', 'b', 'c'])
    expect(new Set(answers.map((a) => a.split(':')[1])).size).toBe(1)
    expect(spawned).toBe(1)
  })

  it('runs as many at once as it has workers', async () => {
    const p = pool({ concurrency: 2 })
    const answers = await Promise.all(['a', 'b'].map((t) => text(p, t)))
    expect(new Set(answers.map((a) => a.split(':')[1])).size).toBe(2)
  })

  it('refuses an export at once when the queue is full, and takes one again after', async () => {
    const p = pool({ queueMax: 1, timeoutMs: 300 })
    const running = p.run(request('hang'))
    const waiting = p.run(request('a'))
    await expect(p.run(request('b'))).rejects.toBeInstanceOf(ExportQueueFull)
    await expect(running).rejects.toBeInstanceOf(ExportTimedOut)
    expect(await waiting.then((r) => r.ok)).toBe(true)
  })

  it('stops an export past its time limit, and the next one gets a new worker', async () => {
    const p = pool({ timeoutMs: 200 })
    const started = Date.now()
    await expect(p.run(request('hang'))).rejects.toBeInstanceOf(ExportTimedOut)
    expect(Date.now() - started).toBeLessThan(3_000)
    expect(await text(p, 'after')).toMatch(/^after:/)
    expect(spawned).toBe(2)
  })

  it('fails the export whose worker dies, and starts a new worker for the next', async () => {
    const p = pool()
    const crashed = p.run(request('crash'))
    const next = text(p, 'next')
    await expect(crashed).rejects.toBeInstanceOf(ExportCrashed)
    expect(await next).toMatch(/^next:/)
    expect(spawned).toBe(2)
  })

  it('fails an export that runs out of its memory, not the process', async () => {
    const p = pool({ memoryMb: 64 })
    await expect(p.run(request('oom'))).rejects.toBeInstanceOf(ExportCrashed)
    expect(await text(p, 'fine')).toMatch(/^fine:/)
  })

  it("counts an export's time from when its worker is ready, not from its start", async () => {
    const slowStart = (limits: object): Worker =>
      new Worker(
        // Half a second to load, as a worker loading fonts and writers may take.
        `const until = Date.now() + 500; while (Date.now() < until) {}\n${THREAD}`,
        { eval: true, resourceLimits: limits },
      )
    const p = new ExportPool(
      { concurrency: 1, queueMax: 1, timeoutMs: 300, memoryMb: 64 },
      slowStart,
    )
    pools.push(p)
    expect(await text(p, 'late')).toMatch(/^late:/)
  })

  it('fails what runs and waits when closed, and takes nothing after', async () => {
    const p = pool()
    const running = expect(p.run(request('hang'))).rejects.toBeInstanceOf(ExportCrashed)
    const waiting = expect(p.run(request('a'))).rejects.toBeInstanceOf(ExportCrashed)
    await p.close()
    await running
    await waiting
    await expect(p.run(request('b'))).rejects.toBeInstanceOf(ExportCrashed)
  })
})
