import { TEXT_BLOCK_PADDING } from '../../geometry/textBlock.ts'
import { REGULAR_MEASURE, wrapText, type MeasureText } from './noteLayout.ts'

/** Most wrapped text blocks remembered; beyond it the cache starts over. */
const CACHE_LIMIT = 5000

/**
 * Wrapped lines of free text blocks: the text at its own size, wrapped to the block's width less
 * its padding. Cached per text, width and font size, because a text block is drawn every frame
 * and rarely changes.
 */
export class TextBlockLines {
  readonly #cache = new Map<string, string[]>()
  readonly #measure: MeasureText

  constructor(measure: MeasureText = REGULAR_MEASURE) {
    this.#measure = measure
  }

  /** The lines of `text` in a block `w` wide at `fontSize`. */
  get(text: string, w: number, fontSize: number): readonly string[] {
    const key = `${w}\u0000${fontSize}\u0000${text}`
    let lines = this.#cache.get(key)
    if (!lines) {
      lines = wrapText(text, Math.max(1, w - 2 * TEXT_BLOCK_PADDING), fontSize, this.#measure)
      if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear()
      this.#cache.set(key, lines)
    }
    return lines
  }
}
