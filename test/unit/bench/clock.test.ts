import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { sharedNow } from '../../../test/bench/clock.ts'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

describe('sharedNow', () => {
  it('reads the same clock in another process', () => {
    const before = sharedNow()
    const inChild = Number(
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          "const { sharedNow } = await import('./test/bench/clock.ts'); console.log(sharedNow())",
        ],
        { cwd: ROOT, encoding: 'utf8' },
      ),
    )
    const after = sharedNow()
    expect(inChild).toBeGreaterThanOrEqual(before)
    expect(inChild).toBeLessThanOrEqual(after)
  })

  it('never goes back', () => {
    let last = sharedNow()
    let backwards = 0
    for (let i = 0; i < 10_000; i++) {
      const now = sharedNow()
      if (now < last) backwards++
      last = now
    }
    expect(backwards).toBe(0)
  })
})
