import type {
  FontWeight,
  GroupPrimitive,
  ImagePrimitive,
  Picture,
  Primitive,
} from './primitives.ts'
import { cardMeasure, wrapLines } from './text/cardLayout.ts'
import { centredLines } from './describe/style.ts'
import type { PictureWords } from './wording.ts'

const BOX_FILL = '#ecece8'
const BOX_LINE = '#a8a89e'
const BOX_INK = '#4a4a4a'
const LABEL_MAX_SIZE = 14
const LABEL_MIN_SIZE = 4
const LABEL_WEIGHT: FontWeight = 400
/** Characters of the hash that name an image without alternative text. */
const HASH_SHOWN = 12

/** The name a missing image is given: its alternative text, or the start of its hash. */
export function missingImageName(image: ImagePrimitive): string {
  return image.alt.trim() || image.hash.slice(0, HASH_SHOWN)
}

/** A crossed-out box in the image's place that says which image is missing. */
export function missingImageBox(image: ImagePrimitive, words: PictureWords): GroupPrimitive {
  const { x, y, w, h } = image
  const line = { paint: BOX_LINE, width: 1.5 }
  const children: Primitive[] = [
    { kind: 'rect', x, y, w, h, fill: BOX_FILL, stroke: line },
    {
      kind: 'path',
      commands: [
        { op: 'move', x, y },
        { op: 'line', x: x + w, y: y + h },
        { op: 'move', x: x + w, y },
        { op: 'line', x, y: y + h },
      ],
      stroke: line,
    },
  ]
  const size = Math.min(LABEL_MAX_SIZE, h / 4)
  if (size >= LABEL_MIN_SIZE) {
    const lines = wrapLines(
      words.missingImage(missingImageName(image)),
      w - 8,
      size,
      3,
      cardMeasure(LABEL_WEIGHT),
    )
    const lineHeight = size * 1.25
    const height = lines.length * lineHeight + 4
    if (lines.length > 0) {
      children.push(
        { kind: 'rect', x: x + 2, y: y + h / 2 - height / 2, w: w - 4, h: height, fill: BOX_FILL },
        {
          kind: 'text',
          lines: centredLines(lines, x + w / 2, y + h / 2, size, lineHeight),
          fontSize: size,
          weight: LABEL_WEIGHT,
          fill: BOX_INK,
          anchor: 'middle',
        },
      )
    }
  }
  return { kind: 'group', meaning: words.missingImage(missingImageName(image)), children }
}

/**
 * The picture with every image whose bytes are not there (`has` says no) replaced by a box naming
 * it, and those images' hashes listed in `missingImages`: an export names what it lacks instead
 * of leaving a blank.
 */
export function markMissingImages(
  picture: Picture,
  has: (hash: string) => boolean,
  words: PictureWords,
): Picture {
  const missing = new Set(picture.missingImages ?? [])
  const swap = (p: Primitive): Primitive => {
    if (p.kind === 'image') {
      if (has(p.hash)) return p
      missing.add(p.hash)
      return missingImageBox(p, words)
    }
    if (p.kind !== 'group') return p
    let changed = false
    const children = p.children.map((child) => {
      const next = swap(child)
      if (next !== child) changed = true
      return next
    })
    return changed ? { ...p, children } : p
  }
  const items = picture.items.map(swap)
  return { ...picture, items, missingImages: [...missing] }
}

/** The image hashes a picture draws, each once. */
export function imageHashes(picture: Picture): string[] {
  const hashes = new Set<string>()
  const walk = (p: Primitive): void => {
    if (p.kind === 'image') hashes.add(p.hash)
    else if (p.kind === 'group') p.children.forEach(walk)
  }
  picture.items.forEach(walk)
  return [...hashes]
}

/** Every character a picture sets, per font weight: what an embedded font subset must hold. */
export function charactersByWeight(picture: Picture): Record<FontWeight, string> {
  const sets: Record<FontWeight, Set<string>> = { 400: new Set(), 600: new Set(), 700: new Set() }
  const walk = (p: Primitive): void => {
    if (p.kind === 'text') {
      const set = sets[p.weight]
      for (const line of p.lines) for (const ch of line.text) set.add(ch)
    } else if (p.kind === 'group') p.children.forEach(walk)
  }
  picture.items.forEach(walk)
  return {
    400: [...sets[400]].join(''),
    600: [...sets[600]].join(''),
    700: [...sets[700]].join(''),
  }
}
