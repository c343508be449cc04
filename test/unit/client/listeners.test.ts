import { describe, expect, it } from 'vitest'
import { Listeners } from '../../../client/src/lib/listeners.ts'

describe('Listeners', () => {
  it('calls every listener with the arguments until it unsubscribes', () => {
    const listeners = new Listeners<[string, number]>()
    const heard: string[] = []
    const stopA = listeners.add((s, n) => heard.push(`a ${s} ${n}`))
    listeners.add((s, n) => heard.push(`b ${s} ${n}`))
    listeners.emit('x', 1)
    stopA()
    listeners.emit('y', 2)
    expect(heard).toEqual(['a x 1', 'b x 1', 'b y 2'])
  })

  it('a listener added or removed during an emit counts from the next one', () => {
    const listeners = new Listeners()
    const heard: string[] = []
    let stopB = (): void => {}
    listeners.add(() => {
      heard.push('a')
      stopB()
      listeners.add(() => heard.push('c'))
    })
    stopB = listeners.add(() => heard.push('b'))
    listeners.emit()
    expect(heard).toEqual(['a', 'b'])
    heard.length = 0
    listeners.emit()
    expect(heard).toEqual(['a', 'c'])
  })

  it('clear drops them all', () => {
    const listeners = new Listeners()
    let calls = 0
    listeners.add(() => calls++)
    listeners.clear()
    listeners.emit()
    expect(calls).toBe(0)
  })
})
