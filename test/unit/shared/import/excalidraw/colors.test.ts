import { describe, expect, it } from 'vitest'
import {
  nearestFill,
  nearestInk,
  parseHexColor,
} from '../../../../../shared/import/excalidraw/colors.ts'

describe('Excalidraw colours to the palette', () => {
  it('reads short and long hex colours, with or without alpha', () => {
    expect(parseHexColor('#fff')).toEqual([255, 255, 255])
    expect(parseHexColor('#1971C2')).toEqual([25, 113, 194])
    expect(parseHexColor('#1971c280')).toEqual([25, 113, 194])
    expect(parseHexColor('red')).toBeNull()
  })

  it('maps Excalidraw’s stroke palette to the inks of the same hue', () => {
    expect(nearestInk('#1e1e1e')).toBe('ink')
    expect(nearestInk('#000000')).toBe('ink')
    expect(nearestInk('#e03131')).toBe('red')
    expect(nearestInk('#2f9e44')).toBe('green')
    expect(nearestInk('#1971c2')).toBe('blue')
    expect(nearestInk('#f08c00')).toBe('orange')
    expect(nearestInk('#6741d9')).toBe('violet')
    expect(nearestInk('#868e96')).toBe('grey')
  })

  it('maps Excalidraw’s backgrounds to the fills, transparent to none', () => {
    expect(nearestFill('transparent')).toBe('none')
    expect(nearestFill('#ffffff')).toBe('white')
    expect(nearestFill('#ffc9c9')).toBe('pink')
    expect(nearestFill('#b2f2bb')).toBe('green')
    expect(nearestFill('#a5d8ff')).toBe('blue')
    expect(nearestFill('#ffec99')).toBe('yellow')
    expect(nearestFill('#ffd8a8')).toBe('orange')
    expect(nearestFill('#e9ecef')).toBe('grey')
  })

  it('falls back for colours it cannot read', () => {
    expect(nearestInk(undefined)).toBe('ink')
    expect(nearestInk('rgb(1,2,3)')).toBe('ink')
    expect(nearestFill('hsl(0 0% 0%)')).toBe('none')
  })
})
