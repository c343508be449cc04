import type { Locale } from '../../../../shared/vocabulary/label.ts'
import type { ConnectorPath } from '../../../../shared/geometry/connectorPath.ts'
import type { CardTexts } from '../../../../shared/picture/cardTexts.ts'
import {
  describeContext,
  type DescribeContext,
} from '../../../../shared/picture/describe/context.ts'
import { describeElement } from '../../../../shared/picture/describe/element.ts'
import type { GroupPrimitive } from '../../../../shared/picture/primitives.ts'
import type { BoardElement, Connector } from '../../../../shared/schema/index.ts'
import { kindOf } from '../kinds/index.ts'

/** What a description was made from besides the element itself. */
interface Entry {
  picture: GroupPrimitive
  editing: boolean
  /** A connector's path object then (the router hands out the same one while it holds). */
  path: ConnectorPath | null | undefined
  /** The card texts' generation then, for domain cards (they show other elements' facts). */
  cards: number
}

/** What the screen's descriptions depend on now. */
export interface PictureInputs {
  language: Locale
  /** A connector's path now (null: not drawn). */
  connectorPath: (connector: Connector) => ConnectorPath | null
  cards?: CardTexts
  /**
   * Changes whenever what the cards show may have changed (assignments, other cards' names):
   * domain cards are described again then; other elements only when they themselves change.
   */
  cardsVersion: number
  editingId: string | null
}

/**
 * The screen's descriptions of the board's elements, by the shared describers (the same ones
 * every export draws), each kept for as long as its element snapshot is the same object: the
 * board replaces an element's object whenever it changes, so panning 10,000 notes describes
 * none of them again, and a change describes only what changed.
 */
export class ElementPictures {
  #cache = new WeakMap<BoardElement, Entry>()
  /** Zoomed-out pictures (the title alone), kept with the title size they were made for. */
  #titled = new WeakMap<BoardElement, Entry & { titleSize: number }>()
  #ctx: DescribeContext
  #language: Locale
  #inputs: PictureInputs

  constructor(inputs: PictureInputs) {
    this.#inputs = inputs
    this.#language = inputs.language
    this.#ctx = describeContext(inputs.language, inputs.connectorPath, inputs.cards)
    this.#ctx.editingId = inputs.editingId
  }

  /** Takes this frame's inputs; a new language starts afresh (words and layouts change). */
  update(inputs: PictureInputs): void {
    this.#inputs = inputs
    if (inputs.language !== this.#language) {
      this.#language = inputs.language
      this.#ctx = describeContext(inputs.language, inputs.connectorPath, inputs.cards)
      this.#cache = new WeakMap()
      this.#titled = new WeakMap()
    }
    this.#ctx.connectorPath = inputs.connectorPath
    this.#ctx.cards = inputs.cards
    this.#ctx.editingId = inputs.editingId
  }

  /** The element's picture as every output draws it (at full size; the screen adds its zoom). */
  get(el: BoardElement): GroupPrimitive {
    const inputs = this.#inputs
    const editing = el.id === inputs.editingId
    const path = el.kind === 'connector' ? inputs.connectorPath(el) : undefined
    const cards = kindOf(el).showsOthers ? inputs.cardsVersion : 0
    const hit = this.#cache.get(el)
    if (hit && hit.editing === editing && hit.path === path && hit.cards === cards) {
      return hit.picture
    }
    const picture = describeElement(el, this.#ctx)
    this.#cache.set(el, { picture, editing, path, cards })
    return picture
  }

  /**
   * The element zoomed out: a card or note with its title alone at `titleSize` board units
   * (levelOfDetail.ts), kept while the element and the size stay the same.
   */
  titled(el: BoardElement, titleSize: number): GroupPrimitive {
    const inputs = this.#inputs
    const editing = el.id === inputs.editingId
    const cards = kindOf(el).showsOthers ? inputs.cardsVersion : 0
    const hit = this.#titled.get(el)
    if (hit && hit.titleSize === titleSize && hit.editing === editing && hit.cards === cards) {
      return hit.picture
    }
    this.#ctx.titleSize = titleSize
    try {
      const picture = describeElement(el, this.#ctx)
      this.#titled.set(el, { picture, editing, path: undefined, cards, titleSize })
      return picture
    } finally {
      delete this.#ctx.titleSize
    }
  }
}
