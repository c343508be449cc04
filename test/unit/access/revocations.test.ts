import { describe, expect, it } from 'vitest'
import { Revocations } from '../../../server/access/revocations.ts'

describe('Revocations.lookUpSettled', () => {
  it('answers the first lookup when no rotation overlapped it', async () => {
    const revocations = new Revocations()
    let lookups = 0
    expect(await revocations.lookUpSettled('b1', async () => ++lookups)).toBe(1)
    expect(lookups).toBe(1)
  })

  it('looks again when the board had a rotation during the lookup', async () => {
    const revocations = new Revocations()
    const answers = ['edit', null]
    let lookups = 0
    const outcome = await revocations.lookUpSettled('b1', async () => {
      if (lookups === 0) revocations.record('b1')
      return answers[lookups++]
    })
    expect(outcome).toBeNull()
    expect(lookups).toBe(2)
  })

  it('ignores rotations of other boards', async () => {
    const revocations = new Revocations()
    let lookups = 0
    await revocations.lookUpSettled('b1', async () => {
      revocations.record('b2')
      return ++lookups
    })
    expect(lookups).toBe(1)
  })
})
