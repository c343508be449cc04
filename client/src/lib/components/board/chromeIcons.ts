/**
 * The header's and the stage's icons: 24 × 24 outline paths (stroke, no fill), drawn by
 * ChromeIcon.svelte. Each button that shows one carries its name in words (aria-label).
 */
export const CHROME_ICONS = {
  /** The board menu (three lines). */
  menu: 'M4 6h16M4 12h16M4 18h16',
  /** The overflow menu on a phone (three dots). */
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  /** Search (a magnifying glass). */
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14ZM20 20l-4-4',
  /** Share (three joined dots). */
  share:
    'M18 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM6 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM18 22a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM8.6 13.5l6.8 4M15.4 6.5l-6.8 4',
  /** Show everything (four corners). */
  fit: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  /** Frames (a frame with a title bar). */
  frames: 'M3 5h18v14H3zM3 9h18',
  /** Moderation (a presenter at a board). */
  moderation: 'M3 4h18v11H3zM12 15v5M8 20h8',
} as const

export type ChromeIconName = keyof typeof CHROME_ICONS
