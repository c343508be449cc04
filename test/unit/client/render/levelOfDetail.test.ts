import { describe, expect, test } from 'vitest'
import {
  LOD_ZOOM,
  NOTE_TITLE_BUDGET,
  TITLE_MIN_PIXELS,
  levelOfDetail,
  titleSizeAt,
  titleSizeFor,
} from '../../../../client/src/lib/render/levelOfDetail.ts'
import { CARD_TITLE_SIZE } from '../../../../shared/picture/text/cardLayout.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'
import { note } from './fixtures.ts'

const actor = { ...note('a', 0, '', 'a0'), kind: 'actor' } as unknown as BoardElement
const frame = { ...note('f', 0, '', 'a1'), kind: 'frame' } as unknown as BoardElement
const sticky = note('n', 0, 'Idee', 'a2')

describe('level of detail that keeps titles', () => {
  test('a title is set at least TITLE_MIN_PIXELS and less than a step larger on screen', () => {
    for (const zoom of [0.05, 0.17, 0.2, 0.39, 0.5, 0.6]) {
      const onScreen = titleSizeAt(zoom) * zoom
      expect(onScreen).toBeGreaterThanOrEqual(TITLE_MIN_PIXELS - 1e-9)
      expect(onScreen).toBeLessThan(TITLE_MIN_PIXELS * 2 ** 0.25 + 1e-9)
    }
  })

  test('zooming within one step keeps the size, so titles are not laid out every frame', () => {
    expect(titleSizeAt(0.39)).toBe(titleSizeAt(0.4))
  })

  test('cards keep their title once their own title would be under the minimum', () => {
    const near = levelOfDetail(TITLE_MIN_PIXELS / CARD_TITLE_SIZE, 0)
    expect(titleSizeFor(near, actor)).toBeNull()
    const laptopFit = levelOfDetail(0.39, 0)
    expect(titleSizeFor(laptopFit, actor)).toBe(titleSizeAt(0.39))
    // Frames and other kinds are drawn as they are.
    expect(titleSizeFor(laptopFit, frame)).toBeNull()
  })

  test('notes keep titles below LOD_ZOOM only while few are in view', () => {
    expect(titleSizeFor(levelOfDetail(0.3, 10), sticky)).toBeNull()
    expect(titleSizeFor(levelOfDetail(LOD_ZOOM / 2, 10), sticky)).toBe(titleSizeAt(LOD_ZOOM / 2))
    const crowded = levelOfDetail(LOD_ZOOM / 2, NOTE_TITLE_BUDGET + 1)
    expect(titleSizeFor(crowded, sticky)).toBeNull()
    expect(crowded.noteTitles).toBe(false)
  })
})
