import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { MachineInfo } from '../machine.ts'
import { FRAME_BUDGET_MS, type FrameSummary } from './frames.ts'
import type { OpenTimes } from './probe.ts'

export interface ScenarioResult {
  name: string
  /** Input events sent (wheel notches or pointer moves). */
  events: number
  /** Share of frames that had new input before them: how many frames had to draw a change. */
  framesWithInput: number
  frames: FrameSummary | null
  selected?: string
}

export interface BoardResult {
  name: string
  /** Writing the board through a stock y-websocket client until a second client had all of it. */
  fillMs: number
  open: OpenTimes
  /** JS heap after a forced GC, right after opening and at the end. */
  heapBytes: number
  heapAfterBytes: number
  scenarios: ScenarioResult[]
  errors: string[]
}

export interface RenderRun {
  startedAt: string
  machine: MachineInfo
  count: number
  seconds: number
  boards: BoardResult[]
}

const OPEN_TARGET_MS = 2000
/** rAF timestamps jitter by a fraction of a millisecond: 16.8 ms is a frame on time. */
const FRAME_JITTER_MS = 1
const ms = (v: number | undefined): string => (v === undefined ? '–' : `${v.toFixed(1)} ms`)
const mb = (v: number): string => `${(v / 1024 / 1024).toFixed(1)} MB`
const mark = (ok: boolean): string => (ok ? '✓' : '✗')

export function renderMarkdown(run: RenderRun): string {
  const lines: string[] = []
  lines.push(`# Render benchmark, ${run.startedAt}`, '')
  lines.push(
    `${run.machine.cpuModel}, ${run.machine.cpus} cores, ${run.machine.memoryGiB} GiB, Node ${run.machine.node}, ` +
      `load ${run.machine.loadAverage1m} at the end. Headless Chromium (software rendering), 1280 × 800, ` +
      `${run.seconds} s per scenario.`,
    '',
  )
  for (const b of run.boards) {
    lines.push(`## ${b.name}`, '')
    lines.push('| measure | value | target |', '| --- | --- | --- |')
    lines.push(`| board written and stored (stock Yjs client) | ${ms(b.fillMs)} | |`)
    lines.push(
      `| board drawn after navigation (${b.open.elements} elements) | ${ms(b.open.boardDrawn)} | |`,
    )
    lines.push(
      `| **interactive** (drawn, then a click handled and the next frame begun) | ${ms(b.open.interactive)} | ` +
        `< ${OPEN_TARGET_MS} ms ${mark(b.open.interactive < OPEN_TARGET_MS)} |`,
    )
    lines.push(`| JS heap after opening (after GC) | ${mb(b.heapBytes)} | |`)
    lines.push(`| JS heap at the end (after GC) | ${mb(b.heapAfterBytes)} | |`, '')
    lines.push(
      '| scenario | input events | frames with input | fps | p50 | **p95** | p99 | max | frames > 33 ms |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    )
    for (const s of b.scenarios) {
      const f = s.frames
      const name = s.selected ? `${s.name}, ${s.selected} selected` : s.name
      lines.push(
        `| ${name} | ${s.events} | ${(s.framesWithInput * 100).toFixed(0)} % | ${f ? f.fps.toFixed(1) : '–'} | ` +
          `${ms(f?.p50)} | **${ms(f?.p95)}** ${f ? mark(f.p95 <= FRAME_BUDGET_MS + FRAME_JITTER_MS) : ''} | ${ms(f?.p99)} | ` +
          `${ms(f?.max)} | ${f?.dropped ?? '–'} |`,
      )
    }
    if (b.errors.length > 0) lines.push('', `Page errors: ${b.errors.join('; ')}`)
    lines.push('')
  }
  lines.push(
    'Frame times are intervals between requestAnimationFrame callbacks in the page while real wheel ' +
      '(pan; Ctrl + wheel: zoom) or pointer input arrived as fast as the page accepted it. ' +
      '"Frames with input" says how many of those frames had a change to draw. ' +
      `Targets: interactive < ${OPEN_TARGET_MS} ms, p95 ≤ ${FRAME_BUDGET_MS} ms (+ ${FRAME_JITTER_MS} ms timestamp jitter). ` +
      'Other work on the machine (see the load) shows in every number.',
  )
  return lines.join('\n') + '\n'
}

/** Writes `<time>-render.md/.json` and `render-latest.md/.json`; returns the Markdown path. */
export function writeRenderReport(run: RenderRun, dir: string): string {
  mkdirSync(dir, { recursive: true })
  const stamp = run.startedAt.replace(/[:.]/g, '-')
  const md = renderMarkdown(run)
  const json = JSON.stringify(run, null, 2)
  for (const base of [`${stamp}-render`, 'render-latest']) {
    writeFileSync(path.join(dir, `${base}.md`), md)
    writeFileSync(path.join(dir, `${base}.json`), json)
  }
  process.stdout.write(md)
  return path.join(dir, `${stamp}-render.md`)
}
