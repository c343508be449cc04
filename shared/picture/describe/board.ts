import type * as Y from 'yjs'
import { frameContents } from '../../board/frames.ts'
import type { Locale } from '../../vocabulary/label.ts'
import { connectorPath, type ConnectorPath } from '../../geometry/connectorPath.ts'
import { isRouteObstacle } from '../../geometry/obstacles.ts'
import { outlineOf } from '../../geometry/outline.ts'
import {
  compareStacking,
  elementEntries,
  elementsMap,
  readElement,
  type BoardElement,
  type Connector,
  type Frame,
} from '../../schema/index.ts'
import { primitivesBounds, type Box } from '../bounds.ts'
import type { CardTexts } from '../cardTexts.ts'
import { cardTextsFor } from '../cardTextsFor.ts'
import type { Picture, Primitive } from '../primitives.ts'
import { describeContext, type DescribeContext } from './context.ts'
import { describeElement } from './element.ts'

/** Room around the content of a picture unless the caller asks for another (board units). */
export const PICTURE_MARGIN = 32

/** What part of the board a picture shows. */
export type PictureScope = 'board' | 'frame' | 'selection'

/** What to describe and how. */
export interface DescribeOptions {
  scope: PictureScope
  /** The frame's id, for the frame scope. */
  frame?: string
  /** The selected elements' ids, for the selection scope. */
  ids?: readonly string[]
  /** The language of placeholders, card words and text alternatives. */
  language: Locale
  /** Room around the content, in board units (PICTURE_MARGIN unless given). */
  margin?: number
  /** The domain cards' words; built from the document when it is given and these are not. */
  cards?: CardTexts
  /** Reuse caches between pictures of one board (a PDF's pages, the screen's frames). */
  context?: DescribeContext
}

/** The scope asked for cannot be drawn: no such frame, nothing of the selection on the board. */
export class PictureScopeError extends Error {
  constructor(
    readonly code: 'unknownFrame' | 'emptySelection',
    message: string,
  ) {
    super(message)
    this.name = 'PictureScopeError'
  }
}

/** Every element of the document, read (never throws), in stacking order. */
export function boardElements(doc: Y.Doc): BoardElement[] {
  const elements: BoardElement[] = []
  for (const [id, map] of elementEntries(elementsMap(doc))) elements.push(readElement(id, map))
  return elements.sort(compareStacking)
}

/** Connector paths resolved against the whole board, whatever part of it is drawn. */
function pathsAgainst(elements: readonly BoardElement[]): (c: Connector) => ConnectorPath | null {
  const byId = new Map<string, BoardElement>()
  for (const el of elements) byId.set(el.id, el)
  // The cards connectors go around, as on screen (client geometry/connectorRouter.ts).
  const obstacles = elements.filter(isRouteObstacle)
  const find = (area: Box): BoardElement[] => obstacles.filter((el) => overlaps(el, area))
  return (connector) =>
    connectorPath(
      connector,
      (id) => {
        const el = byId.get(id)
        if (!el || el.kind === 'connector') return undefined
        return { rect: el, shape: outlineOf(el as { type: string; shape?: unknown }) }
      },
      find,
    )
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

function grow(box: Box, margin: number): Box {
  return { x: box.x - margin, y: box.y - margin, w: box.w + 2 * margin, h: box.h + 2 * margin }
}

/** The elements the scope asks for, in stacking order, and the frame that clips them if any. */
function scoped(
  all: readonly BoardElement[],
  options: DescribeOptions,
): { shown: BoardElement[]; frame: Frame | null } {
  if (options.scope === 'board') return { shown: [...all], frame: null }
  if (options.scope === 'frame') {
    const frame = all.find((el): el is Frame => el.kind === 'frame' && el.id === options.frame)
    if (!frame) {
      throw new PictureScopeError('unknownFrame', `no frame "${options.frame ?? ''}" on the board`)
    }
    const inside = new Set(frameContents(all, frame))
    return { shown: all.filter((el) => inside.has(el.id)), frame }
  }
  const wanted = new Set(options.ids ?? [])
  // A selected frame brings what lies in it: people select a frame to mean all of it.
  for (const el of all) {
    if (el.kind === 'frame' && wanted.has(el.id)) {
      for (const id of frameContents(all, el)) wanted.add(id)
    }
  }
  const shown = all.filter((el) => wanted.has(el.id))
  if (shown.length === 0) {
    throw new PictureScopeError('emptySelection', 'none of the selected elements is on the board')
  }
  return { shown, frame: null }
}

/**
 * What (a part of) the board looks like: every element in stacking order as one group, and the
 * bounds fitted to what is drawn (labels, shadows and strokes included) plus a margin. The frame
 * scope shows the frame and what lies in it, clipped to its rectangle, and its bounds are the
 * frame's. Throws PictureScopeError for a frame that is not there or an empty selection.
 */
export function describeBoard(
  source: Y.Doc | readonly BoardElement[],
  options: DescribeOptions,
): Picture {
  const all = Array.isArray(source)
    ? [...(source as readonly BoardElement[])].sort(compareStacking)
    : boardElements(source as Y.Doc)
  const cards =
    options.cards ??
    options.context?.cards ??
    (Array.isArray(source) ? undefined : cardTextsFor(source as Y.Doc, options.language))
  const paths = pathsAgainst(all)
  const ctx: DescribeContext = options.context
    ? { ...options.context, cards, connectorPath: paths }
    : describeContext(options.language, paths, cards)
  const margin = options.margin ?? PICTURE_MARGIN
  const { shown, frame } = scoped(all, options)

  if (frame) {
    const content = shown.map((el) => describeElement(el, ctx))
    const own = describeElement(frame, ctx)
    const items: Primitive[] = [
      own,
      {
        kind: 'group',
        clip: { x: frame.x, y: frame.y, w: frame.w, h: frame.h },
        children: content,
      },
    ]
    // The frame's own outline reaches a hair beyond its rectangle; nothing else can.
    return { bounds: grow(primitivesBounds([own]) ?? frame, margin), items }
  }
  const items = shown.map((el) => describeElement(el, ctx))
  const drawn = primitivesBounds(items) ?? { x: 0, y: 0, w: 0, h: 0 }
  return { bounds: grow(drawn, margin), items }
}
