import { expect, test } from 'vitest'
import type { ConnectionStatus } from '../../../../client/src/lib/sync/status.ts'
import {
  StatusAnnouncer,
  type AnnouncerTimer,
} from '../../../../client/src/lib/sync/statusAnnouncer.ts'

/** A timer the test advances by hand. */
function manualTimer(): AnnouncerTimer & { advance(ms: number): void } {
  let now = 0
  let jobs: { at: number; run: () => void }[] = []
  return {
    schedule(run, ms) {
      const job = { at: now + ms, run }
      jobs.push(job)
      return () => {
        jobs = jobs.filter((j) => j !== job)
      }
    },
    advance(ms) {
      now += ms
      const due = jobs.filter((j) => j.at <= now)
      jobs = jobs.filter((j) => j.at > now)
      for (const job of due) job.run()
    },
  }
}

function setup(): {
  said: ConnectionStatus[]
  a: StatusAnnouncer
  timer: ReturnType<typeof manualTimer>
} {
  const said: ConnectionStatus[] = []
  const timer = manualTimer()
  const a = new StatusAnnouncer((s) => said.push(s), timer, 1000)
  return { said, a, timer }
}

test('page load says nothing: connecting, then connected', () => {
  const { said, a, timer } = setup()
  a.update('connecting')
  a.update('connected')
  timer.advance(5000)
  expect(said).toEqual([])
})

test('an outage that holds is said once, and its end too', () => {
  const { said, a, timer } = setup()
  a.update('connected')
  a.update('offline')
  timer.advance(999)
  expect(said).toEqual([])
  timer.advance(1)
  expect(said).toEqual(['offline'])
  a.update('reconnecting')
  a.update('connecting')
  a.update('connected')
  timer.advance(1000)
  expect(said).toEqual(['offline', 'connected'])
})

test('a flicker shorter than the delay is not said at all', () => {
  const { said, a, timer } = setup()
  a.update('connected')
  for (let i = 0; i < 5; i++) {
    a.update('reconnecting')
    timer.advance(300)
    a.update('connected')
    timer.advance(300)
  }
  timer.advance(5000)
  expect(said).toEqual([])
})

test('a refusal is said at once', () => {
  const { said, a } = setup()
  a.update('connected')
  a.update('refused')
  expect(said).toEqual(['refused'])
})

test('changes refused as too large are said at once', () => {
  const { said, a } = setup()
  a.update('reconnecting')
  a.update('tooLarge')
  expect(said).toEqual(['tooLarge'])
})

test('a board that cannot be opened, is full or is read-only is said at once', () => {
  for (const problem of ['unreadable', 'full', 'readOnly'] as const) {
    const { said, a } = setup()
    a.update('connected')
    a.update(problem)
    expect(said).toEqual([problem])
  }
})

test('destroyed, it says nothing more', () => {
  const { said, a, timer } = setup()
  a.update('offline')
  a.destroy()
  timer.advance(5000)
  expect(said).toEqual([])
})
