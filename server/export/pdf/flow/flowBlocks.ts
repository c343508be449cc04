import type { Picture } from '../../../../shared/picture/primitives.ts'

/** A stretch of text in one weight; `\n` in it breaks the line. */
export interface FlowRun {
  text: string
  bold?: boolean
}

/** A table: one header row of column titles, then rows of cells as text. */
export interface FlowTable {
  kind: 'table'
  /** Names the table (its Caption, read before the cells). */
  caption?: string
  header: readonly string[]
  rows: readonly (readonly string[])[]
  /** Columns of numbers, set flush right so their digits line up. */
  numeric?: readonly boolean[]
}

/**
 * What a flowing document (the workshop report) is made of, as the tagged PDF writes it: each
 * block becomes its structure element (H1–H3, P, L with LI/Lbl/LBody, Table with TH and TD,
 * Figure with its text alternative and a caption).
 */
export type FlowBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; runs: readonly FlowRun[] }
  | { kind: 'list'; items: readonly (readonly FlowRun[])[] }
  | FlowTable
  /** A picture with its text alternative and caption; without a picture, the caption alone. */
  | { kind: 'figure'; picture: Picture | null; alt: string; caption: string }

/** A whole flowing document. */
export interface FlowDocument {
  /** The document's title (viewer title bar, footer). */
  title: string
  blocks: readonly FlowBlock[]
}
