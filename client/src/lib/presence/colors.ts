/**
 * Participant colours: distinct hues, each dark enough that white name labels on it reach
 * WCAG AA (at least 4.5:1; 5:1 and more, checked in the tests) and that its outlines stand
 * out from the light board (3:1 for non-text contrast).
 */
export const PRESENCE_COLORS = [
  '#b3261e', // red
  '#1a5fb4', // blue
  '#26734d', // green
  '#7b3fbf', // violet
  '#a13e00', // orange
  '#006d77', // teal
  '#6b5a00', // olive
  '#c2185b', // pink
  '#37474f', // slate
  '#5d4037', // brown
] as const

/** A random colour from the palette, for someone joining for the first time. */
export function randomPresenceColor(random: () => number = Math.random): string {
  const index = Math.floor(random() * PRESENCE_COLORS.length) % PRESENCE_COLORS.length
  return PRESENCE_COLORS[Math.max(0, index)] ?? PRESENCE_COLORS[0]
}

/** WCAG relative luminance of `#rrggbb`. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a)
  const lb = relativeLuminance(b)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

/**
 * The text colour for a name label on `background`: white, unless black reads better (other
 * Yjs clients may send light colours).
 */
export function labelInk(background: string): '#ffffff' | '#000000' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000')
    ? '#ffffff'
    : '#000000'
}
