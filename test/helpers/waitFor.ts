/**
 * Polls `predicate` until it holds; rejects after `timeoutMs` naming `what`. For conditions that
 * have no event to await (a line in the server's output, a counter in another process).
 */
export async function waitFor(
  predicate: () => boolean,
  what: string,
  { timeoutMs = 10_000, intervalMs = 10 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}

/** Something with lib0-style `on`/`off` (Y.Doc, Awareness, WebsocketProvider). */
export interface EventSource {
  on(event: string, listener: (...args: never[]) => void): void
  off(event: string, listener: (...args: never[]) => void): void
}

/**
 * Resolves once `predicate` holds, checking now and after every `event` of `source`; rejects
 * after `timeoutMs` naming `what`. The way to wait for data to arrive without sleeping.
 */
export function until(
  source: EventSource,
  event: string,
  predicate: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  if (predicate()) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (!predicate()) return
      clearTimeout(timer)
      source.off(event, check)
      resolve()
    }
    const timer = setTimeout(() => {
      source.off(event, check)
      reject(new Error(`timed out waiting for ${what}`))
    }, timeoutMs)
    source.on(event, check)
  })
}
