import type { Locale } from '../vocabulary/label.ts'
import { markMissingImages } from './missingImages.ts'
import type {
  FontWeight,
  GroupPrimitive,
  Paint,
  PathCommand,
  Picture,
  Primitive,
  Stroke,
  TextPrimitive,
} from './primitives.ts'
import { PICTURE_WORDS } from './wording.ts'

/** The family every text is set in; the embedded subsets are declared under this name. */
export const SVG_FONT_FAMILY = 'Source Sans 3'

/** How a picture is written as SVG. */
export interface SvgOptions {
  /** The picture's accessible name: `<title>` and `aria-label` (the board's or frame's title). */
  title: string
  /** A longer text alternative (`<desc>`), when there is one. */
  description?: string
  language: Locale
  background: 'white' | 'transparent'
  /**
   * The embedded font by weight as `data:` URLs (subsets holding the characters used); weights
   * without one are not declared. Nothing is ever fetched from elsewhere.
   */
  fonts?: Partial<Record<FontWeight, string>>
  /** Image bytes as `data:` URLs by hash; an image without one is drawn as missing. */
  images?: ReadonlyMap<string, string>
  /**
   * Draws text as something other than `<text>` (a rasteriser gets glyph outlines, which it
   * draws faster): the markup for one text primitive, filled by the group around it.
   */
  textMarkup?: (text: TextPrimitive) => string
  /** Definitions `textMarkup` refers to (glyph outlines), asked for once everything is written. */
  textDefs?: () => string
}

/** An SVG document and the images it had to draw as missing. */
export interface SvgResult {
  svg: string
  missingImages: readonly string[]
}

/**
 * XML 1.0 forbids most control characters, lone surrogates and U+FFFE/U+FFFF even as character
 * references: a board's text may hold them, so they are dropped rather than break the file.
 */
const INVALID_XML = new RegExp(
  // eslint-disable-next-line no-control-regex -- the control characters XML forbids are the point
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  'g',
)

/** Text content and attribute values, escaped for XML. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** A number as SVG writes it: at most two decimals, never NaN or Infinity. */
function num(n: number): string {
  if (!Number.isFinite(n)) return '0'
  const rounded = Math.round(n * 100) / 100
  return Object.is(rounded, -0) ? '0' : String(rounded)
}

const RGBA = /^rgba\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)$/

/** A paint as attributes: `rgba()` split into colour and opacity, which every SVG reader knows. */
function paintAttrs(name: 'fill' | 'stroke', paint: Paint | undefined): string {
  if (paint === undefined || paint === 'transparent' || paint === 'none') return ` ${name}="none"`
  const rgba = RGBA.exec(paint)
  if (rgba) {
    return ` ${name}="rgb(${rgba[1]},${rgba[2]},${rgba[3]})" ${name}-opacity="${num(Number(rgba[4]))}"`
  }
  return ` ${name}="${escapeXml(paint)}"`
}

function strokeAttrs(stroke: Stroke | undefined): string {
  if (!stroke) return ''
  let out = `${paintAttrs('stroke', stroke.paint)} stroke-width="${num(stroke.width)}"`
  if (stroke.dash && stroke.dash.length > 0) {
    out += ` stroke-dasharray="${stroke.dash.map(num).join(' ')}"`
  }
  if (stroke.cap) out += ` stroke-linecap="${stroke.cap}"`
  if (stroke.join) out += ` stroke-linejoin="${stroke.join}"`
  return out
}

function pathData(commands: readonly PathCommand[]): string {
  const parts: string[] = []
  for (const c of commands) {
    switch (c.op) {
      case 'move':
        parts.push(`M${num(c.x)} ${num(c.y)}`)
        break
      case 'line':
        parts.push(`L${num(c.x)} ${num(c.y)}`)
        break
      case 'cubic':
        parts.push(
          `C${num(c.c1x)} ${num(c.c1y)} ${num(c.c2x)} ${num(c.c2y)} ${num(c.x)} ${num(c.y)}`,
        )
        break
      case 'quad':
        parts.push(`Q${num(c.cx)} ${num(c.cy)} ${num(c.x)} ${num(c.y)}`)
        break
      case 'close':
        parts.push('Z')
        break
    }
  }
  return parts.join('')
}

const ANCHOR = { start: 'start', middle: 'middle', end: 'end' } as const

function textElement(t: TextPrimitive): string {
  const spans = t.lines
    .filter((line) => line.text !== '')
    .map((line) => `<tspan x="${num(line.x)}" y="${num(line.y)}">${escapeXml(line.text)}</tspan>`)
  if (spans.length === 0) return ''
  return (
    `<text font-size="${num(t.fontSize)}" font-weight="${t.weight}"${paintAttrs('fill', t.fill)}` +
    ` text-anchor="${ANCHOR[t.anchor]}" xml:space="preserve">${spans.join('')}</text>`
  )
}

/** Writes primitives into `out`; `defs` collects clip paths, numbered by `ids`. */
class SvgWriter {
  readonly out: string[] = []
  readonly defs: string[] = []
  #clips = 0

  constructor(
    private readonly images: ReadonlyMap<string, string>,
    private readonly textMarkup?: (text: TextPrimitive) => string,
  ) {}

  write(p: Primitive): void {
    const out = this.out
    switch (p.kind) {
      case 'rect': {
        const radius = p.radius ? ` rx="${num(p.radius)}"` : ''
        out.push(
          `<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.w)}" height="${num(p.h)}"${radius}` +
            `${paintAttrs('fill', p.fill)}${strokeAttrs(p.stroke)}/>`,
        )
        return
      }
      case 'ellipse':
        out.push(
          `<ellipse cx="${num(p.cx)}" cy="${num(p.cy)}" rx="${num(p.rx)}" ry="${num(p.ry)}"` +
            `${paintAttrs('fill', p.fill)}${strokeAttrs(p.stroke)}/>`,
        )
        return
      case 'path': {
        const rule = p.fillRule ? ` fill-rule="${p.fillRule}"` : ''
        out.push(
          `<path d="${pathData(p.commands)}"${paintAttrs('fill', p.fill)}${rule}${strokeAttrs(p.stroke)}/>`,
        )
        return
      }
      case 'text':
        if (this.textMarkup) out.push(`<g${paintAttrs('fill', p.fill)}>${this.textMarkup(p)}</g>`)
        else out.push(textElement(p))
        return
      case 'image': {
        const href = this.images.get(p.hash)
        if (href === undefined) return
        out.push(
          `<image x="${num(p.x)}" y="${num(p.y)}" width="${num(p.w)}" height="${num(p.h)}"` +
            ` preserveAspectRatio="none" href="${escapeXml(href)}"/>`,
        )
        return
      }
      case 'group':
        this.group(p)
        return
    }
  }

  group(g: GroupPrimitive): void {
    let attrs = ''
    if (g.elementId !== undefined) attrs += ` data-element-id="${escapeXml(g.elementId)}"`
    if (g.opacity !== undefined && g.opacity < 1) attrs += ` opacity="${num(g.opacity)}"`
    if (g.clip) {
      const id = `clip${++this.#clips}`
      const c = g.clip
      this.defs.push(
        `<clipPath id="${id}"><rect x="${num(c.x)}" y="${num(c.y)}" width="${num(c.w)}" height="${num(c.h)}"/></clipPath>`,
      )
      attrs += ` clip-path="url(#${id})"`
    }
    this.out.push(`<g${attrs}>`)
    if (g.meaning) this.out.push(`<title>${escapeXml(g.meaning)}</title>`)
    for (const child of g.children) this.write(child)
    this.out.push('</g>')
  }
}

function fontFaces(fonts: Partial<Record<FontWeight, string>>): string {
  const rules = (Object.entries(fonts) as [string, string | undefined][])
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(
      ([weight, url]) =>
        `@font-face{font-family:"${SVG_FONT_FAMILY}";font-weight:${weight};font-style:normal;` +
        `src:url(${url}) format("truetype")}`,
    )
  return rules.length === 0 ? '' : `<style>${rules.join('')}</style>`
}

/**
 * The picture as a standalone SVG document: text as `<text>` with a `<tspan>` per laid-out line
 * (selectable and searchable), the embedded font's subsets as `@font-face` with `data:` URLs,
 * images as `data:` URLs, no `<foreignObject>` and no outside reference. Each element is a `<g>`
 * with its text alternative as `<title>`; the document has `role="img"` and an `aria-label`.
 */
export function pictureToSvg(picture: Picture, options: SvgOptions): SvgResult {
  const images = options.images ?? new Map<string, string>()
  const marked = markMissingImages(
    picture,
    (hash) => images.has(hash),
    PICTURE_WORDS[options.language],
  )
  const writer = new SvgWriter(images, options.textMarkup)
  for (const item of marked.items) writer.write(item)
  const { x, y, w, h } = marked.bounds
  const title = escapeXml(options.title)
  const head =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(w)}" height="${num(h)}"` +
    ` viewBox="${num(x)} ${num(y)} ${num(w)} ${num(h)}" role="img" aria-label="${title}"` +
    ` xml:lang="${options.language}" lang="${options.language}" font-family="'${SVG_FONT_FAMILY}', sans-serif">`
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    head,
    `<title>${title}</title>`,
    options.description ? `<desc>${escapeXml(options.description)}</desc>` : '',
    fontFaces(options.fonts ?? {}),
    writer.defs.length > 0 || options.textDefs
      ? `<defs>${writer.defs.join('')}${options.textDefs?.() ?? ''}</defs>`
      : '',
    options.background === 'white'
      ? `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="#ffffff"/>`
      : '',
    writer.out.join(''),
    '</svg>\n',
  ]
  return { svg: parts.join(''), missingImages: marked.missingImages ?? [] }
}
