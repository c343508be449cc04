import type { ElementSnapshot } from '../../../../shared/ops/elementSnapshot.ts'

/** The custom clipboard type, beside text/plain, where the browser allows one. */
export const CLIPBOARD_MIME = 'application/x-werkraum+json'
/** Marker of a Werkraum payload inside text/plain. */
const MARKER = 'werkraum/elements'
/** Bounds that keep one paste from flooding a board (and the server's message size). */
export const PASTE_MAX_ELEMENTS = 2000
export const PASTE_MAX_CHARS = 1_500_000
export const PASTE_MAX_LINES = 200

interface Payload {
  type: typeof MARKER
  version: 1
  elements: ElementSnapshot[]
  /** The board copied from (not its token): pasting elsewhere asks to show its images. */
  board?: string
}

/** The clipboard text for copied elements: JSON with a marker, so paste can recognise it. */
export function encodeElements(elements: readonly ElementSnapshot[], board?: string): string {
  const payload: Payload = { type: MARKER, version: 1, elements: [...elements], board }
  return JSON.stringify(payload)
}

/** The board a payload was copied from, or null (older payloads, other text). */
export function payloadBoard(text: string): string | null {
  if (text.length > PASTE_MAX_CHARS || !text.includes(MARKER)) return null
  try {
    const board = (JSON.parse(text) as { board?: unknown }).board
    return typeof board === 'string' ? board : null
  } catch {
    return null
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function isSnapshot(v: unknown): v is ElementSnapshot {
  return (
    isRecord(v) &&
    typeof v.id === 'string' &&
    isRecord(v.data) &&
    typeof v.data.type === 'string' &&
    typeof v.data.x === 'number' &&
    typeof v.data.y === 'number'
  )
}

/** Elements from clipboard text, or null when it is not a Werkraum payload (or too large). */
export function decodeElements(text: string): ElementSnapshot[] | null {
  if (text.length > PASTE_MAX_CHARS || !text.includes(MARKER)) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  if (!isRecord(parsed) || parsed.type !== MARKER || !Array.isArray(parsed.elements)) return null
  const elements = parsed.elements.filter(isSnapshot).slice(0, PASTE_MAX_ELEMENTS)
  return elements.length > 0 ? elements : null
}

/** Plain text pasted on the board: one note per non-empty line. */
export function textToLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, PASTE_MAX_LINES)
}
