import { z } from 'zod/mini'
import { ASSET_HASH_PATTERN, ASSET_MIME_TYPES } from '../assets.ts'
import { SCHEMA_VERSION } from '../schema/version.ts'
import { BOARD_JSON_FORMAT, BOARD_JSON_FORMAT_VERSION, type BoardJson } from './boardJson.ts'
import { BoardImportError, type ImportProblem } from './importError.ts'
import {
  IMPORT_MAX_DEPTH,
  IMPORT_MAX_ELEMENTS,
  IMPORT_MAX_ENTRIES,
  IMPORT_MAX_ID_LENGTH,
  IMPORT_MAX_IMAGES,
  IMPORT_MAX_KEY_LENGTH,
  IMPORT_MAX_KEYS,
  IMPORT_MAX_LIST_LENGTH,
  IMPORT_MAX_STRING_LENGTH,
} from './limits.ts'

/** Problems listed in one error at most: the first ones say enough. */
const MAX_PROBLEMS = 20

const Id = z.string().check(z.minLength(1), z.maxLength(IMPORT_MAX_ID_LENGTH))
/** An assignment's key: `<personId>|<roleId>`, two ids and the bar. */
const AssignmentKey = z.string().check(z.minLength(1), z.maxLength(2 * IMPORT_MAX_ID_LENGTH + 1))
const Count = z.int().check(z.gte(0))
const Size = z.int().check(z.gte(1), z.lte(1_000_000))

const BoardJsonShape = z.object({
  format: z.literal(BOARD_JSON_FORMAT),
  formatVersion: z.int().check(z.gte(1)),
  schemaVersion: z.int().check(z.gte(0)),
  exportedAt: z.optional(z.string()),
  meta: z.record(z.string(), z.unknown()),
  elements: z
    .array(
      z.object({
        id: Id,
        data: z.looseObject({
          type: z.string().check(z.minLength(1), z.maxLength(100)),
          // Template decoration (docs/schema.md): a flag, nothing else rides under this key.
          decoration: z.optional(z.boolean()),
        }),
      }),
    )
    .check(z.maxLength(IMPORT_MAX_ELEMENTS)),
  assignments: z._default(z.record(AssignmentKey, z.record(z.string(), z.unknown())), {}),
  conflictRules: z._default(z.record(Id, z.unknown()), {}),
  images: z._default(
    z
      .array(
        z.object({
          hash: z.string().check(z.regex(ASSET_HASH_PATTERN)),
          mime: z.enum(ASSET_MIME_TYPES),
          size: Count,
          width: Size,
          height: Size,
        }),
      )
      .check(z.maxLength(IMPORT_MAX_IMAGES)),
    [],
  ),
})

/**
 * Reads a board JSON from text: malformed JSON, a value beyond the limits (nesting, string
 * lengths, key counts), a shape that is not a board, a newer file format or a schema from the
 * future throw a BoardImportError that says what and where. Nothing is built here.
 */
export function parseBoardJsonText(text: string): BoardJson {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    throw new BoardImportError('malformed_json', `The file is not valid JSON: ${message(err)}`)
  }
  return parseBoardJson(value)
}

/** Checks a parsed board JSON (see parseBoardJsonText). */
export function parseBoardJson(value: unknown): BoardJson {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BoardImportError('invalid_board_json', 'The file is not a Werkraum board: no object.')
  }
  const record = value as Record<string, unknown>
  if (record.format !== BOARD_JSON_FORMAT) {
    throw new BoardImportError(
      'invalid_board_json',
      `The file is not a Werkraum board: "format" must be "${BOARD_JSON_FORMAT}".`,
      [{ path: 'format', message: `expected "${BOARD_JSON_FORMAT}"` }],
    )
  }
  if (
    typeof record.formatVersion === 'number' &&
    record.formatVersion > BOARD_JSON_FORMAT_VERSION
  ) {
    throw new BoardImportError(
      'format_too_new',
      `The file was written by a newer Werkraum (file format ${record.formatVersion}; this one reads up to ${BOARD_JSON_FORMAT_VERSION}). Update Werkraum to import it.`,
      [{ path: 'formatVersion', message: `at most ${BOARD_JSON_FORMAT_VERSION}` }],
    )
  }
  if (typeof record.schemaVersion === 'number' && record.schemaVersion > SCHEMA_VERSION) {
    throw new BoardImportError(
      'schema_too_new',
      `The board was written by a newer Werkraum (schema version ${record.schemaVersion}; this one knows up to ${SCHEMA_VERSION}). Update Werkraum to import it.`,
      [{ path: 'schemaVersion', message: `at most ${SCHEMA_VERSION}` }],
    )
  }
  const limits = checkLimits(value)
  if (limits.length > 0) {
    throw new BoardImportError(
      'import_too_large',
      `The file goes beyond what a board may hold: ${limits[0]!.path}: ${limits[0]!.message}.`,
      limits,
    )
  }
  const parsed = BoardJsonShape.safeParse(value)
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }))
    throw new BoardImportError(
      'invalid_board_json',
      `The file is not a Werkraum board: ${problems[0]!.path || '(top)'}: ${problems[0]!.message}.`,
      problems,
    )
  }
  const board = parsed.data
  const duplicates = duplicateIds(board.elements)
  if (duplicates.length > 0) {
    throw new BoardImportError(
      'invalid_board_json',
      `The file is not a Werkraum board: element ids must be unique (${duplicates[0]!.path}).`,
      duplicates,
    )
  }
  if (Object.keys(board.assignments).length > IMPORT_MAX_ENTRIES) {
    throw tooMany('assignments', IMPORT_MAX_ENTRIES)
  }
  if (Object.keys(board.conflictRules).length > IMPORT_MAX_ENTRIES) {
    throw tooMany('conflictRules', IMPORT_MAX_ENTRIES)
  }
  return board as BoardJson
}

function tooMany(path: string, max: number): BoardImportError {
  return new BoardImportError('import_too_large', `The file has more than ${max} ${path}.`, [
    { path, message: `at most ${max} entries` },
  ])
}

function duplicateIds(elements: readonly { id: string }[]): ImportProblem[] {
  const seen = new Set<string>()
  const problems: ImportProblem[] = []
  elements.forEach((element, i) => {
    if (seen.has(element.id) && problems.length < MAX_PROBLEMS) {
      problems.push({ path: `elements.${i}.id`, message: `"${element.id}" appears twice` })
    }
    seen.add(element.id)
  })
  return problems
}

/**
 * Nesting depth, string and key lengths, keys per object and items per list of every value, by
 * a walk with its own stack (a file nested a million deep must not overflow the call stack).
 * The top-level lists (elements) are counted by the shape instead.
 */
function checkLimits(root: unknown): ImportProblem[] {
  const problems: ImportProblem[] = []
  const stack: Array<{ value: unknown; path: string; depth: number }> = [
    { value: root, path: '', depth: 1 },
  ]
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === 'string') {
      if (value.length > IMPORT_MAX_STRING_LENGTH) {
        problems.push({
          path,
          message: `a text longer than ${IMPORT_MAX_STRING_LENGTH} characters`,
        })
      }
      continue
    }
    if (typeof value !== 'object' || value === null) continue
    if (depth > IMPORT_MAX_DEPTH) {
      problems.push({ path, message: `nested deeper than ${IMPORT_MAX_DEPTH} levels` })
      continue
    }
    const at = (key: string | number): string => (path === '' ? String(key) : `${path}.${key}`)
    if (Array.isArray(value)) {
      const top = path === 'elements'
      if (!top && value.length > IMPORT_MAX_LIST_LENGTH) {
        problems.push({ path, message: `a list longer than ${IMPORT_MAX_LIST_LENGTH} items` })
        continue
      }
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], path: at(i), depth: depth + 1 })
      }
      continue
    }
    const keys = Object.keys(value)
    const top = path === '' || path === 'assignments' || path === 'conflictRules'
    if (!top && keys.length > IMPORT_MAX_KEYS) {
      problems.push({ path, message: `an object with more than ${IMPORT_MAX_KEYS} keys` })
      continue
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!
      if (key.length > IMPORT_MAX_KEY_LENGTH) {
        problems.push({
          path: at(key.slice(0, 40)),
          message: `a key longer than ${IMPORT_MAX_KEY_LENGTH} characters`,
        })
        continue
      }
      stack.push({
        value: (value as Record<string, unknown>)[key],
        path: at(key),
        depth: depth + 1,
      })
    }
  }
  return problems
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
