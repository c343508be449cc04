import { PRESENCE_COLORS } from '../../../../shared/presenceColors.ts'

export { PRESENCE_COLORS, isPresenceColor } from '../../../../shared/presenceColors.ts'

/**
 * A random colour from the palette, the colour someone joining for the first time asks for (the
 * server gives another when someone present has it).
 */
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
