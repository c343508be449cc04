import { describe, expect, it } from 'vitest'
import { rovingIndex } from '../../../../../client/src/lib/components/common/roving.ts'

describe('rovingIndex: where a key moves the focus in a menu or a row of choices', () => {
  it('down and up move one item and wrap around the ends', () => {
    expect(rovingIndex('ArrowDown', 0, 3)).toBe(1)
    expect(rovingIndex('ArrowDown', 2, 3)).toBe(0)
    expect(rovingIndex('ArrowUp', 0, 3)).toBe(2)
    // Nothing focused yet (-1): down goes to the first item.
    expect(rovingIndex('ArrowDown', -1, 3)).toBe(0)
  })

  it('Home and End go to the ends', () => {
    expect(rovingIndex('Home', 2, 4)).toBe(0)
    expect(rovingIndex('End', 0, 4)).toBe(3)
  })

  it('left and right move only in a row', () => {
    expect(rovingIndex('ArrowRight', 0, 4)).toBeNull()
    expect(rovingIndex('ArrowRight', 3, 4, true)).toBe(0)
    expect(rovingIndex('ArrowLeft', 0, 4, true)).toBe(3)
  })

  it('other keys and empty menus move nothing', () => {
    expect(rovingIndex('a', 0, 3)).toBeNull()
    expect(rovingIndex('ArrowDown', 0, 0)).toBeNull()
  })
})
