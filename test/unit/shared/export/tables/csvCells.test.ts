import { describe, expect, it } from 'vitest'
import { csvCell, csvRows, escapeFormula } from '../../../../../shared/export/tables/csvCells.ts'

describe('csvCells', () => {
  it('escapes every start a spreadsheet reads as a formula, and nothing else', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(escapeFormula(`${start}SUMME(A1)`)).toBe(`'${start}SUMME(A1)`)
    }
    for (const plain of ['Stadtwerke', ' =x', '', '100 %', "'schon"]) {
      expect(escapeFormula(plain)).toBe(plain)
    }
  })

  it('writes numbers in the language and percentages with their sign, never escaped', () => {
    expect(csvCell(0.25, 'percent', 'de')).toBe('25 %')
    expect(csvCell(1.1, 'percent', 'en')).toBe('110%')
    expect(csvCell(2.5, 'number', 'de')).toBe('2,5')
    expect(csvCell(2.5, 'number', 'en')).toBe('2.5')
    expect(csvCell(null, 'number', 'de')).toBe('')
    expect(csvCell('-1', 'text', 'de')).toBe("'-1")
  })

  it('escapes headers and cells alike', () => {
    const rows = csvRows(
      {
        id: 'notes',
        name: 'Notizen',
        columns: [
          { header: '=Text', type: 'text', width: 10 },
          { header: 'Anteil', type: 'percent', width: 10 },
        ],
        rows: [['@mention', 0.5]],
      },
      'de',
    )
    expect(rows).toEqual([
      ["'=Text", 'Anteil'],
      ["'@mention", '50 %'],
    ])
  })
})
