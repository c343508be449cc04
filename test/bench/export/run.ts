// `npm run bench:export`: a 10,000-element board exported to every format on the server as
// shipped (time, size, the server's peak memory), and a 50-person room on the same server
// measured without and then with three exports running the whole time. Writes a Markdown table
// (and the numbers as JSON) to bench-results/export-latest.*.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Resvg } from '@resvg/resvg-js'
import { EXPORT_FORMATS, type ExportFormatId } from '../../../shared/export/options.ts'
import { writeBoardJson } from '../../../shared/exchange/boardJson.ts'
import { sha256Hex, writeWerkraumFile } from '../../../shared/exchange/werkraumFile.ts'
import type { CreateBoardResponse } from '../../../shared/api.ts'
import { ClientFleet } from '../clientFleet.ts'
import { combineResults } from '../clientResults.ts'
import type { LatencySummary } from '../latency.ts'
import { machine } from '../machine.ts'
import { PRESETS } from '../presets.ts'
import { treeRss } from '../procStats.ts'
import { werkraumTarget } from '../targets/werkraum.ts'
import { BIG_BOARD, buildBigBoard } from './bigBoard.ts'

const log = (line: string): void => console.error(`[bench:export] ${line}`)
const RSS_SAMPLE_MS = 25
/** Exports running at once during the loaded room window, and their formats. */
const CONCURRENT_EXPORTS: readonly ExportFormatId[] = ['pdf', 'png', 'xlsx']

interface FormatResult {
  format: ExportFormatId
  status: number
  ms: number
  bytes: number
  peakRssMb: number
  note: string
}

interface RoomResult {
  label: string
  edit: LatencySummary | null
  deliveredShare: number
  exportsDone: number
}

/** A photo-sized PNG (resvg draws a gradient), so images cost what real ones do. */
function photo(width: number, height: number, hue: number): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="hsl(${hue},70%,50%)"/><stop offset="1" stop-color="hsl(${hue + 90},60%,40%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#fff8"/></svg>`
  return new Resvg(svg).render().asPng()
}

async function importBoard(base: string): Promise<CreateBoardResponse> {
  const images = new Map<string, Uint8Array>()
  const listed: { hash: string; mime: 'image/png'; size: number; width: number; height: number }[] =
    []
  for (let i = 0; i < BIG_BOARD.images; i++) {
    const bytes = photo(1600, 1200, i * 70)
    const hash = await sha256Hex(bytes)
    images.set(hash, bytes)
    listed.push({ hash, mime: 'image/png', size: bytes.byteLength, width: 1600, height: 1200 })
  }
  const doc = buildBigBoard(listed)
  const board = writeBoardJson(doc, { images: listed, now: new Date() })
  const file = await writeWerkraumFile({ board, images, appVersion: 'bench', now: new Date() })
  log(
    `board: ${board.elements.length} elements, .werkraum file ${(file.byteLength / 1e6).toFixed(1)} MB`,
  )
  const res = await fetch(`${base}/api/boards/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.werkraum+zip' },
    body: Buffer.from(file),
  })
  if (res.status !== 201) throw new Error(`import answered ${res.status}: ${await res.text()}`)
  return (await res.json()) as CreateBoardResponse
}

async function exportOnce(
  base: string,
  board: CreateBoardResponse,
  format: ExportFormatId,
): Promise<{ status: number; bytes: number; headers: Headers }> {
  const res = await fetch(`${base}/api/boards/${board.id}/export?format=${format}`, {
    headers: { authorization: `Bearer ${board.viewToken}` },
  })
  const body = new Uint8Array(await res.arrayBuffer())
  return { status: res.status, bytes: body.byteLength, headers: res.headers }
}

async function measureFormats(
  base: string,
  pid: number,
  board: CreateBoardResponse,
): Promise<FormatResult[]> {
  const results: FormatResult[] = []
  for (const format of EXPORT_FORMATS) {
    let peak = treeRss(pid)
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRss(pid))
    }, RSS_SAMPLE_MS)
    const started = performance.now()
    const answer = await exportOnce(base, board, format).finally(() => clearInterval(timer))
    const ms = performance.now() - started
    peak = Math.max(peak, treeRss(pid))
    const notes: string[] = []
    const scale = answer.headers.get('x-export-scale')
    if (scale) notes.push(`scale ${scale}`)
    const missing = answer.headers.get('x-export-missing-images')
    if (missing) notes.push(`missing images: ${missing.split(',').length}`)
    results.push({
      format,
      status: answer.status,
      ms,
      bytes: answer.bytes,
      peakRssMb: peak / 1024 / 1024,
      note: notes.join('; '),
    })
    log(`${format}: ${answer.status} in ${Math.round(ms)} ms, ${answer.bytes} bytes`)
  }
  return results
}

async function measureRoom(
  server: Awaited<ReturnType<typeof werkraumTarget.start>>,
  base: string,
  board: CreateBoardResponse,
  withExports: boolean,
): Promise<RoomResult> {
  const workload = PRESETS.default
  // Each window gets a board of its own: the simulated people pick the same Yjs client ids in
  // every run, and a room that met them once would take the second run's for impostors.
  const created = await fetch(`${base}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: withExports ? 'Raum mit Exporten' : 'Raum' }),
  })
  if (created.status !== 201) throw new Error(`POST /api/boards answered ${created.status}`)
  const room = (await created.json()) as CreateBoardResponse
  const fleet = new ClientFleet(workload.clients, workload.clientProcesses)
  let running = false
  let exportsDone = 0
  const loops: Promise<void>[] = []
  try {
    const run = await fleet.run(
      {
        serverUrl: server.serverUrl,
        room: room.id,
        params: { token: room.editToken },
        protocol: 'y-websocket',
        workload,
      },
      {
        connected: () =>
          log(`room: ${workload.clients} clients synced${withExports ? ', exports will run' : ''}`),
        measureStart() {
          if (!withExports) return
          running = true
          for (const format of CONCURRENT_EXPORTS) {
            loops.push(
              (async () => {
                while (running) {
                  const answer = await exportOnce(base, board, format)
                  if (answer.status === 200) exportsDone++
                }
              })(),
            )
          }
        },
        measureEnd() {
          running = false
        },
      },
    )
    await Promise.all(loops)
    const clients = combineResults(run, workload)
    return {
      label: withExports ? `during ${CONCURRENT_EXPORTS.join(', ')} exports` : 'no export',
      edit: clients.editLatency,
      deliveredShare:
        clients.expectedDeliveries === 0 ? 0 : clients.deliveries / clients.expectedDeliveries,
      exportsDone,
    }
  } finally {
    running = false
    await fleet.stop(3_000)
  }
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(bytes < 1e6 ? 3 : 1)
const ms = (v: number | undefined): string => (v === undefined ? '–' : v.toFixed(1))

function render(formats: FormatResult[], rooms: RoomResult[]): string {
  const lines = [
    `# Export benchmark, ${new Date().toISOString()}`,
    '',
    `Board: ${Object.entries(BIG_BOARD)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')} (10,000 elements). ` +
      `Server: the npm start bundle, SQLite, one export worker. Machine: ${machine().cpuModel} × ${machine().cpus}.`,
    '',
    '| format | status | time (ms) | file (MB) | server peak RSS (MB) | note |',
    '| --- | --- | --- | --- | --- | --- |',
    ...formats.map(
      (f) =>
        `| ${f.format} | ${f.status} | ${Math.round(f.ms)} | ${mb(f.bytes)} | ${Math.round(f.peakRssMb)} | ${f.note} |`,
    ),
    '',
    `50-person room on the same server (${PRESETS.default.editsPerSecond} edits/s, cursors ${PRESETS.default.cursorHz} Hz, ${PRESETS.default.durationSeconds} s measured):`,
    '',
    '| window | edit p50 (ms) | p95 | p99 | max | delivered | exports finished |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rooms.map(
      (r) =>
        `| ${r.label} | ${ms(r.edit?.p50)} | ${ms(r.edit?.p95)} | ${ms(r.edit?.p99)} | ${ms(r.edit?.max)} | ${(r.deliveredShare * 100).toFixed(1)} % | ${r.exportsDone} |`,
    ),
    '',
  ]
  return lines.join('\n')
}

async function main(): Promise<void> {
  const server = await werkraumTarget.start()
  const base = server.serverUrl.replace(/^ws/, 'http').replace(/\/yjs$/, '')
  try {
    const board = await importBoard(base)
    const formats = await measureFormats(base, server.pid, board)
    const rooms = [
      await measureRoom(server, base, board, false),
      await measureRoom(server, base, board, true),
    ]
    const markdown = render(formats, rooms)
    console.log(markdown)
    const out = path.resolve('bench-results')
    mkdirSync(out, { recursive: true })
    writeFileSync(path.join(out, 'export-latest.md'), markdown)
    writeFileSync(path.join(out, 'export-latest.json'), JSON.stringify({ formats, rooms }, null, 2))
    log(`wrote ${path.join(out, 'export-latest.md')}`)
  } finally {
    await server.stop()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
