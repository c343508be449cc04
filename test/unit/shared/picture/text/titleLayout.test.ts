import { describe, expect, test } from 'vitest'
import type { CardMeasure } from '../../../../../shared/picture/text/cardLayout.ts'
import { TITLE_LINE_FACTOR, titleLayout } from '../../../../../shared/picture/text/titleLayout.ts'

/** Every character is half the font size wide. */
const mono: CardMeasure = (text, size) => text.length * size * 0.5

describe('titleLayout: a card title alone, set large when zoomed out', () => {
  test('wraps over as many lines as the box holds, at word breaks', () => {
    // 20 units per character: 10 characters a line, two lines of 46 units in 100.
    const layout = titleLayout('Kommunales Rechenzentrum', 200, 100, 40, mono)
    expect(layout.lines).toEqual(['Kommunales', 'Rechenzen…'])
    expect(layout.lineHeight).toBe(40 * TITLE_LINE_FACTOR)
  })

  test('a title that fits stays whole', () => {
    expect(titleLayout('Landkreis', 200, 50, 40, mono).lines).toEqual(['Landkreis'])
  })

  test('the last line that fits ends in an ellipsis when more remains', () => {
    const layout = titleLayout('Amt für Digitales und Organisation', 200, 47, 40, mono)
    expect(layout.lines).toEqual(['Amt für D…'])
  })

  test('no line when the box is lower than one line: the card stays a box', () => {
    expect(titleLayout('Landkreis', 200, 45, 40, mono).lines).toEqual([])
  })

  test('no line when fewer than three characters would remain', () => {
    // Room for two characters and the ellipsis only: "La…" names nothing.
    expect(titleLayout('Landkreis', 60, 50, 40, mono).lines).toEqual([])
    // A short word that fits whole is still drawn.
    expect(titleLayout('IT', 60, 50, 40, mono).lines).toEqual(['IT'])
  })

  test('empty and blank titles draw nothing', () => {
    expect(titleLayout('  ', 200, 100, 40, mono).lines).toEqual([])
  })
})

test('a word longer than a line splits with a hyphen when there are lines for it', () => {
  // 10 characters a line: "Volkshoch-" and "schule".
  const layout = titleLayout('Volkshochschule Nord', 200, 140, 40, mono)
  expect(layout.lines).toEqual(['Volkshoch-', 'schule', 'Nord'])
  // With one line only, it is cut instead.
  expect(titleLayout('Volkshochschule Nord', 200, 50, 40, mono).lines).toEqual(['Volkshoch…'])
})

test('a split leaves at least four characters on either side of the hyphen', () => {
  // 11 characters in lines of 10: not "Kommunales-" "x", but "Kommuna-" "lesx".
  const layout = titleLayout('Kommunalesx Rechenzentrum', 200, 140, 40, mono)
  expect(layout.lines.slice(0, 2)).toEqual(['Kommuna-', 'lesx'])
})
