import { describe, expect, test } from 'vitest'
import {
  LONG_PRESS_MS,
  LONG_PRESS_SLOP,
  LongPress,
  type Schedule,
} from '../../../../client/src/lib/tools/longPress.ts'

/** A clock the test advances by hand. */
function fakeClock(): { schedule: Schedule; advance: (ms: number) => void } {
  let now = 0
  let timers: { at: number; run: () => void }[] = []
  return {
    schedule: (run, ms) => {
      const timer = { at: now + ms, run }
      timers.push(timer)
      return () => {
        timers = timers.filter((t) => t !== timer)
      }
    },
    advance: (ms) => {
      now += ms
      const due = timers.filter((t) => t.at <= now)
      timers = timers.filter((t) => t.at > now)
      for (const t of due) t.run()
    },
  }
}

function setup(): { press: LongPress; clock: ReturnType<typeof fakeClock>; fired: unknown[] } {
  const clock = fakeClock()
  const fired: unknown[] = []
  const press = new LongPress(clock.schedule, (at) => fired.push(at))
  return { press, clock, fired }
}

describe('LongPress', () => {
  test('a finger resting 500 ms is a long press, where it went down', () => {
    const { press, clock, fired } = setup()
    press.down(1, { x: 100, y: 200 }, 'touch')
    press.move(1, { x: 103, y: 202 })
    clock.advance(LONG_PRESS_MS - 1)
    expect(fired).toEqual([])
    clock.advance(1)
    expect(fired).toEqual([{ x: 100, y: 200 }])
    // Lifting afterwards changes nothing.
    press.up(1)
    clock.advance(1000)
    expect(fired).toHaveLength(1)
  })

  test('a tap (lifted early) is none', () => {
    const { press, clock, fired } = setup()
    press.down(1, { x: 0, y: 0 }, 'touch')
    clock.advance(200)
    press.up(1)
    clock.advance(1000)
    expect(fired).toEqual([])
  })

  test('a drag beyond the slop is none', () => {
    const { press, clock, fired } = setup()
    press.down(1, { x: 0, y: 0 }, 'touch')
    press.move(1, { x: LONG_PRESS_SLOP + 1, y: 0 })
    clock.advance(1000)
    expect(fired).toEqual([])
  })

  test('a second finger (pinch, two-finger pan) calls it off', () => {
    const { press, clock, fired } = setup()
    press.down(1, { x: 0, y: 0 }, 'touch')
    press.down(2, { x: 50, y: 0 }, 'touch')
    clock.advance(1000)
    expect(fired).toEqual([])
  })

  test('a mouse press never is one', () => {
    const { press, clock, fired } = setup()
    press.down(1, { x: 0, y: 0 }, 'mouse')
    clock.advance(1000)
    expect(fired).toEqual([])
  })
})
