/**
 * A whole number from the environment (a fuzz test's seed or length, set to replay a failure),
 * or the fallback when unset. Anything else is refused, so a typo never runs another seed.
 */
export function envInt(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${raw}"`)
  return n
}
