// The board's import: which file kind takes a file, and a sentence for every refusal.
import { describe, expect, it } from 'vitest'
import {
  acceptedExtensions,
  BOARD_JSON_KIND,
  IMPORT_FILE_KINDS,
  kindOf,
  WERKRAUM_KIND,
} from '../../../../client/src/lib/exchange/fileKinds.ts'
import { refusalKey } from '../../../../client/src/lib/exchange/refusalText.ts'
import { de } from '../../../../client/src/lib/i18n/de.ts'
import { en } from '../../../../client/src/lib/i18n/en.ts'
import { IMPORT_ERROR_CODES } from '../../../../shared/exchange/importError.ts'

describe('file kinds', () => {
  it('take a file by its ending, whatever its case', () => {
    expect(kindOf({ name: 'Workshop Mai.WERKRAUM' })).toBe(WERKRAUM_KIND)
    expect(kindOf({ name: 'board-2026-12-07.json' })).toBe(BOARD_JSON_KIND)
    expect(kindOf({ name: 'skizze.excalidraw' })?.id).toBe('excalidraw')
    expect(kindOf({ name: 'notizen.txt' })).toBeNull()
    expect(kindOf({ name: 'werkraum' })).toBeNull()
  })

  it('offer every ending in the file picker, the Werkraum file first', () => {
    const offered = acceptedExtensions().split(',')
    expect(offered.slice(0, 2)).toEqual(['.werkraum', '.json'])
    for (const kind of IMPORT_FILE_KINDS) {
      for (const ending of kind.extensions) expect(offered).toContain(ending)
    }
  })
})

describe('refusals', () => {
  it('have a sentence of their own for every code, in German and English', () => {
    for (const code of IMPORT_ERROR_CODES) {
      const key = refusalKey(code)
      expect(key, code).not.toBe('import.error.other')
      expect(de[key]).not.toBe('')
      expect(en[key]).not.toBe('')
    }
    expect(refusalKey('something_new')).toBe('import.error.other')
  })
})
