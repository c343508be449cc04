/** Space between a text block's edge and its text, in board units (drawn and edited alike). */
export const TEXT_BLOCK_PADDING = 4
/** Line height of a text block as a multiple of its font size. */
export const TEXT_BLOCK_LINE_HEIGHT = 1.25

/** The height a text block needs to show `lines` wrapped lines at `fontSize` (board units). */
export function textBlockHeight(lines: number, fontSize: number): number {
  return Math.ceil(Math.max(1, lines) * fontSize * TEXT_BLOCK_LINE_HEIGHT + 2 * TEXT_BLOCK_PADDING)
}
