/** Percentiles of latency samples in milliseconds (nearest rank). */
export interface LatencySummary {
  count: number
  p50: number
  p95: number
  p99: number
  max: number
  mean: number
}

export function summarize(samples: ArrayLike<number>): LatencySummary | null {
  if (samples.length === 0) return null
  const sorted = Float64Array.from(samples).sort()
  const rank = (p: number): number => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN
  let sum = 0
  for (const v of sorted) sum += v
  return {
    count: sorted.length,
    p50: rank(0.5),
    p95: rank(0.95),
    p99: rank(0.99),
    max: sorted[sorted.length - 1] ?? NaN,
    mean: sum / sorted.length,
  }
}
