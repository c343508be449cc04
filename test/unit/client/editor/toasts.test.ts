import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import {
  MAX_TOASTS,
  TOAST_MILLISECONDS,
  Toasts,
} from '../../../../client/src/lib/editor/toasts.svelte.ts'
import { Session } from '../../../../client/src/lib/editor/session.svelte.ts'

describe('toasts', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  test('a toast goes away by itself after its time', () => {
    const toasts = new Toasts()
    toasts.show('Alle anderen sehen jetzt Ihren Ausschnitt.')
    expect(toasts.list.map((toast) => toast.message)).toEqual([
      'Alle anderen sehen jetzt Ihren Ausschnitt.',
    ])
    vi.advanceTimersByTime(TOAST_MILLISECONDS - 1)
    expect(toasts.list).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(toasts.list).toHaveLength(0)
  })

  test('held under the pointer it stays, and its time starts again when let go', () => {
    const toasts = new Toasts()
    const id = toasts.show('Neuer Interessenkonflikt', 'warning')
    toasts.hold(id)
    vi.advanceTimersByTime(TOAST_MILLISECONDS * 3)
    expect(toasts.list).toHaveLength(1)
    toasts.resume(id)
    vi.advanceTimersByTime(TOAST_MILLISECONDS)
    expect(toasts.list).toHaveLength(0)
  })

  test('the same message is not stacked twice, and the oldest make room for new ones', () => {
    const toasts = new Toasts()
    toasts.show('eins')
    toasts.show('eins')
    expect(toasts.list).toHaveLength(1)
    for (let i = 0; i < MAX_TOASTS + 2; i++) toasts.show(`Meldung ${i}`)
    expect(toasts.list.map((toast) => toast.message)).toEqual(
      Array.from({ length: MAX_TOASTS }, (_, i) => `Meldung ${i + 2}`),
    )
  })

  test('dismissed by hand it is gone at once', () => {
    const toasts = new Toasts()
    const id = toasts.show('weg damit')
    toasts.dismiss(id)
    expect(toasts.list).toHaveLength(0)
  })

  test('notify shows the message and says it to screen readers', () => {
    const session = new Session()
    session.notify('Die Moderation hat alle an ihre Stelle des Boards geholt.')
    expect(session.toasts.list[0]?.message).toBe(
      'Die Moderation hat alle an ihre Stelle des Boards geholt.',
    )
    expect(session.announcement).toBe('Die Moderation hat alle an ihre Stelle des Boards geholt.')
    session.toasts.clear()
  })
})
