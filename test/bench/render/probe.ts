import type { Page } from '@playwright/test'

/**
 * What the bench installs in the page before any of its scripts run: a requestAnimationFrame
 * loop that records frame timestamps while recording, how many input events (wheel, pointer)
 * arrived before each frame, and when the first pointerdown was handled and the frame after it.
 * Plain JavaScript in a string: a function would be passed through tsx, whose name helpers
 * (`__name`) do not exist in the page.
 */
const PROBE = `(() => {
  const probe = {
    recording: false,
    frames: [],
    inputsPerFrame: [],
    pendingInputs: 0,
    firstPointerDown: null,
    frameAfterPointerDown: null,
  }
  window.__benchProbe = probe
  const count = () => { probe.pendingInputs++ }
  window.addEventListener('wheel', count, { capture: true, passive: true })
  window.addEventListener('pointermove', count, { capture: true, passive: true })
  window.addEventListener('pointerdown', () => {
    if (probe.firstPointerDown !== null) return
    probe.firstPointerDown = performance.now()
    // The frame after the handlers: the canvas has had its chance to show the result.
    requestAnimationFrame((t) => { probe.frameAfterPointerDown = t })
  }, { capture: true })
  const tick = (t) => {
    if (probe.recording) {
      probe.frames.push(t)
      probe.inputsPerFrame.push(probe.pendingInputs)
    }
    probe.pendingInputs = 0
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

export async function addProbe(page: Page): Promise<void> {
  await page.addInitScript({ content: PROBE })
}

export interface FrameRecording {
  /** Intervals between consecutive animation frames, ms. */
  intervals: number[]
  /** Share of frames before which at least one input event arrived (the view had to change). */
  framesWithInput: number
}

export async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = (
      window as unknown as {
        __benchProbe: { recording: boolean; frames: number[]; inputsPerFrame: number[] }
      }
    ).__benchProbe
    probe.frames = []
    probe.inputsPerFrame = []
    probe.recording = true
  })
}

export async function stopRecording(page: Page): Promise<FrameRecording> {
  return page.evaluate(() => {
    const probe = (
      window as unknown as {
        __benchProbe: { recording: boolean; frames: number[]; inputsPerFrame: number[] }
      }
    ).__benchProbe
    probe.recording = false
    const intervals: number[] = []
    for (let i = 1; i < probe.frames.length; i++) {
      intervals.push((probe.frames[i] ?? 0) - (probe.frames[i - 1] ?? 0))
    }
    const withInput = probe.inputsPerFrame.slice(1).filter((n) => n > 0).length
    return { intervals, framesWithInput: intervals.length === 0 ? 0 : withInput / intervals.length }
  })
}

/** Times in ms since navigation start (the page's performance.timeOrigin). */
export interface OpenTimes {
  /** The first frame that drew the board after it had fully arrived (werkraum:board-drawn). */
  boardDrawn: number
  /** A click sent as soon as the board was drawn, handled, and the next frame begun. */
  interactive: number
  elements: number
}

/** Waits for the board to be drawn, clicks at `at` (canvas coordinates) and reads the times. */
export async function measureOpen(page: Page, click: () => Promise<void>): Promise<OpenTimes> {
  await page.waitForFunction(
    () => performance.getEntriesByName('werkraum:board-drawn').length > 0,
    undefined,
    { timeout: 120_000, polling: 10 },
  )
  await click()
  await page.waitForFunction(
    () =>
      (window as unknown as { __benchProbe: { frameAfterPointerDown: number | null } }).__benchProbe
        .frameAfterPointerDown !== null,
  )
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('werkraum:board-drawn')[0] as PerformanceMark
    const probe = (window as unknown as { __benchProbe: { frameAfterPointerDown: number } })
      .__benchProbe
    const detail = mark.detail as { elements?: number } | null
    return {
      boardDrawn: mark.startTime,
      interactive: probe.frameAfterPointerDown,
      elements: detail?.elements ?? -1,
    }
  })
}
