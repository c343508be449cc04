import { describe, expect, test } from 'vitest'
import {
  layoutText,
  NOTE_TEXT_OPTIONS,
  TextLayoutCache,
  wrapText,
  type MeasureText,
} from '../../../../../shared/picture/text/noteLayout.ts'
import { measureText } from '../../../../../shared/picture/font/measure.ts'

/** Every character is half the font size wide: predictable like a monospace font. */
const mono: MeasureText = (text, fontSize) => text.length * fontSize * 0.5

describe('wrapText', () => {
  test('wraps words greedily and keeps explicit line breaks', () => {
    // 10 px font: 5 px per character, 60 px = 12 characters a line.
    expect(wrapText('Kommunales Rechenzentrum', 60, 10, mono)).toEqual([
      'Kommunales',
      'Rechenzentr-',
      'um',
    ])
    expect(wrapText('Stadt\nwerke', 100, 10, mono)).toEqual(['Stadt', 'werke'])
    expect(wrapText('a b c', 100, 10, mono)).toEqual(['a b c'])
  })

  test('breaks a word longer than the line', () => {
    expect(wrapText('Volkshochschule', 25, 10, mono)).toEqual(['Volk-', 'shoc-', 'hsch-', 'ule'])
    expect(wrapText('Lots:innen', 25, 10, mono)).toEqual(['Lots-', ':inn-', 'en'])
  })
})

describe('layoutText', () => {
  test('a short text gets the largest font', () => {
    const layout = layoutText('Stadtwerke', 180, 180, mono)
    expect(layout.fontSize).toBe(28)
    expect(layout.lines).toEqual(['Stadtwerke'])
    expect(layout.truncated).toBe(false)
  })

  test('the font shrinks until a long text fits', () => {
    const long = 'Digitale Lots:innen brauchen ein festes Zeitbudget in jeder Organisationseinheit'
    const layout = layoutText(long, 180, 180, mono)
    expect(layout.fontSize).toBeLessThan(28)
    expect(layout.lines.length * layout.lineHeight).toBeLessThanOrEqual(180 - 24)
    for (const line of layout.lines)
      expect(mono(line, layout.fontSize)).toBeLessThanOrEqual(180 - 24)
    expect(layout.lines.join(' ')).toBe(long)
  })

  test('a long compound word is broken rather than shrunk to an unreadable size', () => {
    const layout = layoutText('CDO / Digitalisierungsbeauftragte:r', 180, 180, mono)
    const wholeWordSize = (180 - 24) / ('Digitalisierungsbeauftragte:r'.length * 0.5)
    expect(layout.fontSize).toBeGreaterThan(wholeWordSize / 0.6)
    expect(layout.lines.length).toBeGreaterThan(2)
    expect(layout.lines.join('').replace(/-/g, '')).toBe('CDO /Digitalisierungsbeauftragte:r')
  })

  test('a word of ordinary length stays whole', () => {
    const layout = layoutText('Verwaltungsspitze', 180, 180, mono)
    expect(layout.lines).toEqual(['Verwaltungsspitze'])
  })

  test('text that cannot fit even at the smallest font is cut with an ellipsis', () => {
    const layout = layoutText('Wort '.repeat(2000), 120, 120, mono)
    expect(layout.truncated).toBe(true)
    expect(layout.lines.at(-1)?.endsWith('…')).toBe(true)
    expect(layout.lines.length * layout.lineHeight).toBeLessThanOrEqual(120)
  })

  test('empty and whitespace-only text has no lines', () => {
    expect(layoutText('', 180, 180, mono).lines).toEqual([])
    expect(layoutText('  \n ', 180, 180, mono).lines).toEqual([])
  })
})

describe('TextLayoutCache', () => {
  test('measures each text and size once', () => {
    let calls = 0
    const counting: MeasureText = (text, size) => {
      calls++
      return mono(text, size)
    }
    const cache = new TextLayoutCache(counting)
    const first = cache.get('Volkshochschule', 180, 180)
    const used = calls
    expect(cache.get('Volkshochschule', 180, 180)).toBe(first)
    expect(calls).toBe(used)
    expect(cache.get('Volkshochschule', 260, 260)).not.toBe(first)
  })

  test('stays within its limit, dropping the least recently used', () => {
    const cache = new TextLayoutCache(mono, 2)
    const a = cache.get('a', 100, 100)
    cache.get('b', 100, 100)
    cache.get('a', 100, 100) // a is now the most recent
    cache.get('c', 100, 100) // evicts b
    expect(cache.size).toBe(2)
    expect(cache.get('a', 100, 100)).toBe(a)
  })
})

describe('with the embedded font', () => {
  test('a German note wraps so every line fits the note by the font metrics', () => {
    const text =
      'Wer pflegt die Stammdaten der Schulträger? Straßenverkehrsbehörde – „Öffnungszeiten“'
    const layout = layoutText(text, 180, 180)
    const inner = 180 - 2 * NOTE_TEXT_OPTIONS.padding
    expect(layout.truncated).toBe(false)
    for (const line of layout.lines) {
      expect(measureText(line, layout.fontSize)).toBeLessThanOrEqual(inner)
    }
    expect(layout.lines.length * layout.lineHeight).toBeLessThanOrEqual(inner)
    expect(layout.lines.join(' ').replace(/- /g, '')).toContain('Schulträger?')
  })

  test('the default cache measures with the embedded font', () => {
    const cache = new TextLayoutCache()
    expect(cache.get('Stadtwerke', 180, 180)).toEqual(layoutText('Stadtwerke', 180, 180))
  })
})
