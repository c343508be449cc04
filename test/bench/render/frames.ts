import { summarize, type LatencySummary } from '../latency.ts'

/** 60 Hz: a frame interval at or under this is a frame on time. */
export const FRAME_BUDGET_MS = 16.7

export interface FrameSummary extends LatencySummary {
  /** Frames per second over the recording. */
  fps: number
  /** Intervals above 2 budgets: at least one frame dropped there. */
  dropped: number
}

export function frameSummary(intervals: readonly number[]): FrameSummary | null {
  const s = summarize(intervals)
  if (!s) return null
  const total = intervals.reduce((a, b) => a + b, 0)
  return {
    ...s,
    fps: total > 0 ? (1000 * intervals.length) / total : 0,
    dropped: intervals.filter((v) => v > 2 * FRAME_BUDGET_MS).length,
  }
}
