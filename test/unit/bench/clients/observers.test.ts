import { describe, expect, it } from 'vitest'
import { isObserver } from '../../../../test/bench/clients/observers.ts'

const observersAmong = (from: number, to: number, clients: number, observers: number): number =>
  Array.from({ length: to - from }, (_, i) => isObserver(from + i, clients, observers)).filter(
    Boolean,
  ).length

describe('isObserver', () => {
  it('picks exactly the asked number of observers', () => {
    expect(observersAmong(0, 200, 200, 20)).toBe(20)
    expect(observersAmong(0, 500, 500, 20)).toBe(20)
    expect(observersAmong(0, 7, 7, 3)).toBe(3)
  })

  it('spreads them so that each of four client processes gets its share', () => {
    for (let p = 0; p < 4; p++) expect(observersAmong(p * 50, (p + 1) * 50, 200, 20)).toBe(5)
  })

  it('makes everyone an observer when asked for at least the room', () => {
    expect(observersAmong(0, 50, 50, 50)).toBe(50)
    expect(observersAmong(0, 50, 50, 80)).toBe(50)
  })
})
