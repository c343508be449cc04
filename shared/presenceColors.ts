/**
 * Participant colours. The server hands them out (server/sync/awareness/PresenceColorBook.ts):
 * no two people present on a board at the same time share one until all twelve are taken. Each
 * is dark enough that a white name label on it reaches at least 5.5:1 (WCAG AA asks 4.5:1) and
 * that cursors and outlines stand out from the light board. The order puts the colours that
 * stay apart for red-green colour blindness first (blue, orange, teal, pink, then green and
 * violet), since the first people to join get them; twelve dark colours cannot all stay apart
 * for every kind of colour vision, so every cursor and selection also carries the name.
 */
export const PRESENCE_COLORS = [
  '#1a5fb4', // blue
  '#a13e00', // orange
  '#006d77', // teal
  '#c2185b', // pink
  '#26734d', // green
  '#7b3fbf', // violet
  '#b3261e', // red
  '#6b5a00', // olive
  '#37474f', // slate
  '#5d4037', // brown
  '#8e3a80', // plum
  '#283593', // indigo
] as const

/** One of the palette's colours. */
export type PresenceColor = (typeof PRESENCE_COLORS)[number]

/** Whether `value` is one of the palette's colours (exactly as written there). */
export function isPresenceColor(value: unknown): value is PresenceColor {
  return typeof value === 'string' && (PRESENCE_COLORS as readonly string[]).includes(value)
}
