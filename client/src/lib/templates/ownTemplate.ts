import { z } from 'zod/mini'
import type { ElementSnapshot } from '../../../../shared/ops/elementSnapshot.ts'
import { SCHEMA_VERSION } from '../../../../shared/schema/version.ts'
import type { BoardTemplate } from '../../../../shared/templates/template.ts'

/**
 * A facilitator's own template: a snapshot of a board's elements (the clipboard's format, every
 * key kept) with a name. It lives in this browser (see storage/ownTemplates.svelte.ts) and travels
 * between laptops and colleagues as a file (`encodeTemplateFile`, `parseTemplateFile`).
 */
export interface OwnTemplate {
  id: string
  name: string
  description: string
  /** ISO date and time it was saved. */
  savedAt: string
  /** The document schema its elements were written in. */
  schemaVersion: number
  /** The board it was saved from: its images can be copied from there while this browser has a link. */
  sourceBoard: string | null
  /** Bottom to top, at the positions they had on the board they were saved from. */
  elements: ElementSnapshot[]
}

/** What a template file says it is, so another JSON file is refused with a clear reason. */
export const TEMPLATE_FILE_FORMAT = 'werkraum-template'
/** Version of the file layout (not of the board schema, which `schemaVersion` names). */
export const TEMPLATE_FILE_VERSION = 1
/** More elements than this is not a template any workshop needs, and would fill the browser's storage. */
export const MAX_TEMPLATE_ELEMENTS = 5000
export const NAME_MAX_LENGTH = 120
export const DESCRIPTION_MAX_LENGTH = 300

// z.number() refuses Infinity and NaN by itself.
const finite = z.number()

const ElementSnapshotSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  // Unknown keys are kept (a newer Werkraum's, or what this version does not draw): the board
  // renders what it cannot understand as a placeholder rather than losing it.
  data: z.looseObject({
    type: z.string().check(z.minLength(1), z.maxLength(100)),
    x: finite,
    y: finite,
    w: finite,
    h: finite,
  }),
})

const OwnTemplateSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(NAME_MAX_LENGTH)),
  description: z._default(z.string().check(z.maxLength(DESCRIPTION_MAX_LENGTH)), ''),
  savedAt: z.string().check(z.maxLength(40)),
  schemaVersion: z.int().check(z.gte(1)),
  sourceBoard: z._default(z.nullable(z.string().check(z.maxLength(200))), null),
  elements: z
    .array(ElementSnapshotSchema)
    .check(z.minLength(1), z.maxLength(MAX_TEMPLATE_ELEMENTS)),
})

const TemplateFileSchema = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  version: z.int(),
  template: z.unknown(),
})

/** Why a file could not be loaded as a template, for the message the person reads. */
export type TemplateFileProblem = 'notJson' | 'notTemplate' | 'newerVersion' | 'invalid'

export type TemplateFileResult =
  { ok: true; template: OwnTemplate } | { ok: false; problem: TemplateFileProblem }

/**
 * Makes an own template from a board's elements. Null when there is nothing to keep (an empty
 * board) or the name is blank.
 */
export function makeOwnTemplate(input: {
  id: string
  name: string
  description?: string
  elements: readonly ElementSnapshot[]
  sourceBoard?: string | null
  now?: Date
}): OwnTemplate | null {
  const name = input.name.trim().slice(0, NAME_MAX_LENGTH)
  if (!name || input.elements.length === 0) return null
  return {
    id: input.id,
    name,
    description: (input.description ?? '').trim().slice(0, DESCRIPTION_MAX_LENGTH),
    savedAt: (input.now ?? new Date()).toISOString(),
    schemaVersion: SCHEMA_VERSION,
    sourceBoard: input.sourceBoard ?? null,
    elements: input.elements.slice(0, MAX_TEMPLATE_ELEMENTS).map((el) => ({ ...el })),
  }
}

/** Reads a stored or loaded template; null when it is not one this version can insert. */
export function readOwnTemplate(value: unknown): OwnTemplate | null {
  const parsed = OwnTemplateSchema.safeParse(value)
  if (!parsed.success || parsed.data.schemaVersion > SCHEMA_VERSION) return null
  return parsed.data as OwnTemplate
}

/** The file a template is exported as (JSON, readable in the town's records). */
export function encodeTemplateFile(template: OwnTemplate): string {
  return JSON.stringify(
    { format: TEMPLATE_FILE_FORMAT, version: TEMPLATE_FILE_VERSION, template },
    null,
    1,
  )
}

/**
 * Reads a template file. The loaded template gets `id` (a file's own id could clash with one
 * already in this browser) and no source board (its images belong to someone else's board).
 */
export function parseTemplateFile(text: string, id: string): TemplateFileResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, problem: 'notJson' }
  }
  const file = TemplateFileSchema.safeParse(json)
  if (!file.success) return { ok: false, problem: 'notTemplate' }
  const inner = file.data.template
  const schemaVersion =
    typeof inner === 'object' && inner !== null && 'schemaVersion' in inner
      ? inner.schemaVersion
      : undefined
  if (
    file.data.version > TEMPLATE_FILE_VERSION ||
    (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION)
  ) {
    return { ok: false, problem: 'newerVersion' }
  }
  const template = readOwnTemplate({ ...(inner as object), id, sourceBoard: null })
  return template ? { ok: true, template } : { ok: false, problem: 'invalid' }
}

/** A file name for the template: its name in letters, digits and dashes. */
export function templateFileName(template: OwnTemplate): string {
  const base = template.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${base || 'vorlage'}.werkraum-vorlage.json`
}

/** Where an own template's elements start and how large they are (board units). */
export function templateBounds(elements: readonly ElementSnapshot[]): {
  x: number
  y: number
  w: number
  h: number
} {
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const { data } of elements) {
    const x = num(data.x)
    const y = num(data.y)
    left = Math.min(left, x)
    top = Math.min(top, y)
    right = Math.max(right, x + Math.max(0, num(data.w)))
    bottom = Math.max(bottom, y + Math.max(0, num(data.h)))
  }
  if (left === Infinity) return { x: 0, y: 0, w: 0, h: 0 }
  return { x: left, y: top, w: right - left, h: bottom - top }
}

/** The facilitator's own words, shown as written whatever the language of the page. */
function ownWords(text: string): { de: string; en: string } {
  // eslint-disable-next-line no-restricted-syntax -- not Werkraum's words: nothing to translate
  return { de: text, en: text }
}

/**
 * The own template as a board template, moved so its top-left corner is at (0, 0): inserting it
 * is then the same operation as inserting a built-in one (`insertTemplate`, locks kept). Its
 * wording is the facilitator's, in whatever language they wrote it.
 */
export function asBoardTemplate(template: OwnTemplate): BoardTemplate {
  const { x, y } = templateBounds(template.elements)
  return {
    id: `own:${template.id}`,
    label: ownWords(template.name),
    description: ownWords(template.description),
    build: () => template.elements.map((el) => shiftSnapshot(el, -x, -y)),
  }
}

function isPoint(v: unknown): v is Record<string, unknown> & { x: number; y: number } {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { x?: unknown }).x === 'number' &&
    typeof (v as { y?: unknown }).y === 'number'
  )
}

/** One element moved by (dx, dy), free connector ends too (bound ends follow their element). */
function shiftSnapshot(el: ElementSnapshot, dx: number, dy: number): ElementSnapshot {
  const data: Record<string, unknown> = { ...el.data }
  if (typeof data.x === 'number') data.x += dx
  if (typeof data.y === 'number') data.y += dy
  for (const key of ['from', 'to']) {
    const end = data[key]
    if (isPoint(end)) data[key] = { ...end, x: end.x + dx, y: end.y + dy }
  }
  return { id: el.id, data }
}
