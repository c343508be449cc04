import { describe, expect, it } from 'vitest'
import {
  PRESENCE_BURST,
  PRESENCE_FLOOD_STATES,
  PRESENCE_STATES_PER_SECOND,
  PresenceRate,
} from '../../../../server/sync/awareness/PresenceRate.ts'

describe('PresenceRate', () => {
  it('lets an honest browser (20 states a second) through, always', () => {
    const rate = new PresenceRate(0)
    for (let t = 0; t < 60_000; t += 50) expect(rate.take(t)).toBe('ok')
  })

  it('lets a burst through, then makes states wait until the rate allows', () => {
    const rate = new PresenceRate(0)
    for (let i = 0; i < PRESENCE_BURST; i++) expect(rate.take(0)).toBe('ok')
    expect(rate.take(0)).toBe('wait')
    expect(rate.take(Math.ceil(1000 / PRESENCE_STATES_PER_SECOND))).toBe('ok')
  })

  it('calls a sustained flood a flood', () => {
    const rate = new PresenceRate(0)
    let verdict = 'ok'
    let sent = 0
    while (verdict !== 'flood' && sent < 10_000) {
      verdict = rate.take(0)
      sent++
    }
    expect(verdict).toBe('flood')
    expect(sent).toBe(PRESENCE_BURST + PRESENCE_FLOOD_STATES + 1)
    // Four times the rate for long enough is one too.
    const fast = new PresenceRate(0)
    let at = 0
    let outcome = 'ok'
    for (; at < 60_000 && outcome !== 'flood'; at += 250 / PRESENCE_STATES_PER_SECOND) {
      outcome = fast.take(at)
    }
    expect(outcome).toBe('flood')
  })
})
