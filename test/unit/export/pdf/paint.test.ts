import { describe, expect, it } from 'vitest'
import { parsePaint } from '../../../../server/export/pdf/paint.ts'

describe('parsePaint', () => {
  it('reads hex colours, long and short', () => {
    expect(parsePaint('#1b4fa0')).toEqual({ rgb: [0x1b, 0x4f, 0xa0], alpha: 1 })
    expect(parsePaint('#FFF')).toEqual({ rgb: [255, 255, 255], alpha: 1 })
  })

  it('reads rgb and rgba with the alpha apart, clamped', () => {
    expect(parsePaint('rgba(26, 26, 26, 0.25)')).toEqual({ rgb: [26, 26, 26], alpha: 0.25 })
    expect(parsePaint('rgb(300,0,12.6)')).toEqual({ rgb: [255, 0, 13], alpha: 1 })
    expect(parsePaint('rgba(1,2,3,7)')).toEqual({ rgb: [1, 2, 3], alpha: 1 })
  })

  it('paints nothing for no paint, transparency and what it cannot read (never black)', () => {
    expect(parsePaint(undefined)).toBeNull()
    expect(parsePaint('none')).toBeNull()
    expect(parsePaint('transparent')).toBeNull()
    expect(parsePaint('rgba(0,0,0,0)')).toBeNull()
    expect(parsePaint('url(#x)')).toBeNull()
    expect(parsePaint('#12345')).toBeNull()
  })
})
