import { NOTE_COLORS } from './note.ts'

/**
 * Ink colours for text, outlines and pen strokes. Each has a contrast of at least 4.5:1 on the
 * board background (#f7f7f4) and on white, so text and thin lines stay legible (WCAG 1.4.3,
 * 1.4.11). The same values as the connector colours, so one style panel can offer one palette.
 */
export const INK_COLORS = {
  ink: '#1a1a1a',
  grey: '#5c5c5c',
  blue: '#1b4fa0',
  red: '#b3261e',
  green: '#2b6a2f',
  violet: '#5e3aa8',
  orange: '#9a4500',
} as const
export type InkColor = keyof typeof INK_COLORS
export const DEFAULT_INK: InkColor = 'ink'

/** Fills for shapes: none (transparent), white, or one of the light note colours. */
export const FILL_COLORS = { none: 'transparent', white: '#ffffff', ...NOTE_COLORS } as const
export type FillColor = keyof typeof FILL_COLORS

export function isInkColor(v: unknown): v is InkColor {
  return typeof v === 'string' && Object.hasOwn(INK_COLORS, v)
}

export function isFillColor(v: unknown): v is FillColor {
  return typeof v === 'string' && Object.hasOwn(FILL_COLORS, v)
}

/** One of `values`, or the fallback when `v` is anything else. */
export function oneOfOr<T extends string>(values: readonly T[], v: unknown, fallback: T): T {
  return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : fallback
}

/** A finite number clamped to [min, max], or the fallback. */
export function clampedOr(v: unknown, min: number, max: number, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback
}
