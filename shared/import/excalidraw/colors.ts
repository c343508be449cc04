import {
  DEFAULT_INK,
  FILL_COLORS,
  INK_COLORS,
  type FillColor,
  type InkColor,
} from '../../schema/palette.ts'

/**
 * Excalidraw lets people pick any colour; Werkraum has a palette with checked contrast. Each
 * colour becomes the nearest palette entry, compared in CIELAB (how different colours look, not
 * how different their numbers are).
 */

type Lab = readonly [number, number, number]

/** `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` as 0..255 channels (alpha ignored); null otherwise. */
export function parseHexColor(value: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value.trim())
  if (!m) return null
  const hex = m[1] as string
  const full = hex.length <= 4 ? [...hex.slice(0, 3)].map((c) => c + c).join('') : hex.slice(0, 6)
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number]
}

function toLab([r, g, b]: readonly [number, number, number]): Lab {
  const linear = (c: number): number => {
    const v = c / 255
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }
  const [lr, lg, lb] = [linear(r), linear(g), linear(b)]
  // sRGB to XYZ (D65), relative to the white point.
  const x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047
  const y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb
  const z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)
  const [fx, fy, fz] = [f(x), f(y), f(z)]
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)]
}

/** Each palette in CIELAB, computed once. */
const LAB_PALETTES = new WeakMap<object, [string, Lab][]>()

function labPalette(palette: Readonly<Record<string, string>>): [string, Lab][] {
  let lab = LAB_PALETTES.get(palette)
  if (!lab) {
    lab = []
    for (const [key, hex] of Object.entries(palette)) {
      const rgb = parseHexColor(hex)
      if (rgb) lab.push([key, toLab(rgb)])
    }
    LAB_PALETTES.set(palette, lab)
  }
  return lab
}

function nearest<K extends string>(
  palette: Readonly<Record<K, string>>,
  rgb: readonly [number, number, number],
  lightnessWeight: number,
): K {
  const target = toLab(rgb)
  let best: string | null = null
  let bestDistance = Infinity
  for (const [key, [l, a, b]] of labPalette(palette)) {
    const d = (lightnessWeight * (l - target[0])) ** 2 + (a - target[1]) ** 2 + (b - target[2]) ** 2
    if (d < bestDistance) {
      bestDistance = d
      best = key
    }
  }
  return best as K
}

/**
 * Answers by colour, since a drawing uses a handful of colours many times. Bounded: a hostile
 * file with a new colour on every element only ever fills it again from empty.
 */
const CACHE_MAX = 256
const inkCache = new Map<string, InkColor>()
const fillCache = new Map<string, FillColor>()

function cached<V>(cache: Map<string, V>, key: string, compute: () => V): V {
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  if (cache.size >= CACHE_MAX) cache.clear()
  const value = compute()
  cache.set(key, value)
  return value
}

/** The light fills, without `none`. */
const OPAQUE_FILLS: Readonly<Record<Exclude<FillColor, 'none'>, string>> = (() => {
  const opaque: Partial<Record<FillColor, string>> = { ...FILL_COLORS }
  delete opaque.none
  return opaque as Record<Exclude<FillColor, 'none'>, string>
})()

/** The ink for an Excalidraw stroke or text colour. Inks are all dark, so hue counts more than
 * lightness: a bright red pen becomes Werkraum's red, not its black. */
export function nearestInk(value: string | undefined): InkColor {
  if (value === undefined) return DEFAULT_INK
  return cached(inkCache, value, () => {
    const rgb = parseHexColor(value)
    return rgb ? nearest(INK_COLORS, rgb, 0.35) : DEFAULT_INK
  })
}

/** The fill for an Excalidraw background: `none` for transparent, else the nearest light fill. */
export function nearestFill(value: string | undefined, fallback: FillColor = 'none'): FillColor {
  if (value === undefined) return fallback
  if (value.trim().toLowerCase() === 'transparent') return 'none'
  const rgb = parseHexColor(value)
  if (!rgb) return fallback
  return cached(fillCache, value, () => nearest(OPAQUE_FILLS, rgb, 1))
}
