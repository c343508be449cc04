import { z } from 'zod/mini'
import type { Right } from './rights.ts'
import { TITLE_MAX_LENGTH } from './links.ts'

export { boardPath, TITLE_MAX_LENGTH } from './links.ts'

export const DEFAULT_BOARD_TITLE = 'Unbenanntes Board'

/** Body of `POST /api/boards`. Unknown keys are refused so typos surface as 400. */
export const CreateBoardRequest = z
  .strictObject({
    title: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_MAX_LENGTH))),
    template: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    /** The language a template's wording is written in (`de` when absent). */
    language: z.optional(z.enum(['de', 'en'])),
    import: z.optional(z.unknown()),
  })
  .check(
    // A board comes from a template or from an import, never both: one of them would be dropped.
    z.refine((body) => body.template === undefined || body.import === undefined, {
      message: 'Give either a template or an import, not both.',
      path: ['template'],
    }),
  )
export type CreateBoardRequest = z.infer<typeof CreateBoardRequest>

/**
 * Characters a title may not hold: control characters, line and paragraph separators, and the
 * bidirectional controls that make a title read differently from what it says.
 */
// eslint-disable-next-line no-control-regex
const TITLE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

/** Body of `PATCH /api/boards/:id` (facilitators): the board's new title. */
export const RenameBoardRequest = z.strictObject({
  title: z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(TITLE_MAX_LENGTH),
    z.refine((title) => !TITLE_FORBIDDEN.test(title), {
      message: 'A title may not contain control characters or line breaks.',
    }),
  ),
})
export type RenameBoardRequest = z.infer<typeof RenameBoardRequest>

/** Answer of `PATCH /api/boards/:id`: the title as stored (trimmed). */
export interface RenameBoardResponse {
  id: string
  title: string
}

export interface BoardLinks {
  edit: string
  view: string
  facilitate: string
}

/** Answer of `POST /api/boards` (201). Tokens are shown once; the server keeps only hashes. */
export interface CreateBoardResponse {
  id: string
  title: string
  editToken: string
  viewToken: string
  facilitatorToken: string
  links: BoardLinks
}

/** Answer of `GET /api/boards/:id` for a valid token. */
export interface BoardInfo {
  id: string
  title: string
  role: Right
  createdAt: string
  schemaVersion: number
  /** PUBLIC_URL when the server has one (share links and QR codes use it); otherwise absent. */
  publicUrl?: string
}

/** Answer of `POST /api/boards/:id/links/:right/rotate`: the new token; the old one is dead. */
export interface RotateLinkResponse {
  id: string
  right: Right
  token: string
  /** Path with the token in the fragment, like the links of `CreateBoardResponse`. */
  link: string
}

/** Every error the HTTP API answers with has this shape. */
export interface ApiError {
  error: string
  message: string
  details?: unknown
}
