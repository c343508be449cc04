import type { z } from 'zod/mini'
import { EXCALIDRAW_MAX_CHARS, EXCALIDRAW_MAX_DEPTH, EXCALIDRAW_MAX_FILES } from './limits.ts'
import {
  BinaryFile,
  ElementHead,
  ExcalidrawScene,
  FrameElement,
  FreedrawElement,
  ImageElement,
  LinearElement,
  ShapeElement,
  TextElement,
} from './schema.ts'

/** One thing wrong with a file: where (a path such as `elements[3].points`, '' for the whole file) and what. */
export interface ImportProblem {
  where: string
  what: string
}

/** An element of the scene, checked against the schema of its type. */
export type SceneElement =
  | { kind: 'shape'; shape: 'rectangle' | 'ellipse' | 'diamond'; el: ShapeElement }
  | { kind: 'text'; el: TextElement }
  | { kind: 'arrow' | 'line'; el: LinearElement }
  | { kind: 'freedraw'; el: FreedrawElement }
  | { kind: 'image'; el: ImageElement }
  | { kind: 'frame'; el: FrameElement }
  /** A type Werkraum does not read (embeddable, iframe, a newer one): reported, not converted. */
  | { kind: 'unknown'; el: ElementHead }

/** A checked scene: its live elements in stacking order (bottom first) and its embedded files. */
export interface ExcalidrawFile {
  elements: SceneElement[]
  files: ReadonlyMap<string, BinaryFile>
}

/** Why a file was refused, for programs: too large, nested too deep, not JSON, or not a scene. */
export type RefusalCode = 'too_large' | 'too_deep' | 'not_json' | 'invalid'

export type ReadResult =
  { ok: true; file: ExcalidrawFile } | { ok: false; code: RefusalCode; problems: ImportProblem[] }

/** At most this many problems are listed: the first ones say enough about a broken file. */
const MAX_PROBLEMS = 10

const SCHEMAS = {
  rectangle: ShapeElement,
  ellipse: ShapeElement,
  diamond: ShapeElement,
  text: TextElement,
  arrow: LinearElement,
  line: LinearElement,
  freedraw: FreedrawElement,
  image: ImageElement,
  frame: FrameElement,
  magicframe: FrameElement,
} as const

/** `['elements', 3, 'points']` → `elements[3].points`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

function problemsOf(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): ImportProblem[] {
  return error.issues.map((issue) => ({
    where: formatPath([...prefix, ...issue.path]),
    what: issue.message,
  }))
}

/**
 * The character offset where arrays and objects nest deeper than `max`, or -1. Scanned on the
 * text before it is parsed, so a hostile file never reaches a recursive walk.
 */
export function tooDeepAt(text: string, max: number): number {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // a backslash escapes the next character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return -1
}

function readElement(head: ElementHead, index: number): SceneElement | ImportProblem[] {
  const schema = (SCHEMAS as Record<string, (typeof SCHEMAS)[keyof typeof SCHEMAS] | undefined>)[
    head.type
  ]
  if (schema === undefined) return { kind: 'unknown', el: head }
  const parsed = schema.safeParse(head)
  if (!parsed.success) return problemsOf(parsed.error, ['elements', index])
  const type = head.type as keyof typeof SCHEMAS
  switch (type) {
    case 'rectangle':
    case 'ellipse':
    case 'diamond':
      return { kind: 'shape', shape: type, el: parsed.data as ShapeElement }
    case 'text':
      return { kind: 'text', el: parsed.data as TextElement }
    case 'arrow':
    case 'line':
      return { kind: type, el: parsed.data as LinearElement }
    case 'freedraw':
      return { kind: 'freedraw', el: parsed.data as FreedrawElement }
    case 'image':
      return { kind: 'image', el: parsed.data as ImageElement }
    case 'frame':
    case 'magicframe':
      return { kind: 'frame', el: parsed.data as FrameElement }
  }
}

/**
 * Checks an `.excalidraw` file's text: size, nesting, JSON, the scene's shape and every live
 * element's against its type. Deleted elements are dropped unread. Any problem refuses the whole
 * file: nothing of a broken file is imported.
 */
export function readExcalidrawFile(text: string): ReadResult {
  const refuse = (code: RefusalCode, where: string, what: string): ReadResult => ({
    ok: false,
    code,
    problems: [{ where, what }],
  })
  if (text.length > EXCALIDRAW_MAX_CHARS) {
    return refuse(
      'too_large',
      '',
      `The file is larger than ${EXCALIDRAW_MAX_CHARS / 1024 / 1024} MiB.`,
    )
  }
  const deep = tooDeepAt(text, EXCALIDRAW_MAX_DEPTH)
  if (deep >= 0) {
    return refuse(
      'too_deep',
      `character ${deep}`,
      `Arrays and objects nest deeper than ${EXCALIDRAW_MAX_DEPTH} levels.`,
    )
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (err) {
    return refuse('not_json', '', `Not JSON: ${err instanceof Error ? err.message : String(err)}`)
  }
  const scene = ExcalidrawScene.safeParse(json)
  if (!scene.success) {
    return { ok: false, code: 'invalid', problems: problemsOf(scene.error).slice(0, MAX_PROBLEMS) }
  }
  const problems: ImportProblem[] = []
  const elements: SceneElement[] = []
  const seen = new Set<string>()
  scene.data.elements.forEach((head, index) => {
    if (problems.length >= MAX_PROBLEMS) return
    if (seen.has(head.id)) {
      problems.push({ where: `elements[${index}].id`, what: `Duplicate id "${head.id}".` })
      return
    }
    seen.add(head.id)
    if (head.isDeleted === true) return
    const read = readElement(head, index)
    if (Array.isArray(read)) problems.push(...read)
    else elements.push(read)
  })
  const files = new Map<string, BinaryFile>()
  const entries = Object.entries(scene.data.files ?? {})
  if (entries.length > EXCALIDRAW_MAX_FILES) {
    problems.push({ where: 'files', what: `More than ${EXCALIDRAW_MAX_FILES} embedded files.` })
  } else {
    for (const [fileId, value] of entries) {
      if (problems.length >= MAX_PROBLEMS) break
      const parsed = BinaryFile.safeParse(value)
      if (parsed.success) files.set(fileId, parsed.data)
      else problems.push(...problemsOf(parsed.error, ['files', fileId]))
    }
  }
  if (problems.length > 0) {
    return { ok: false, code: 'invalid', problems: problems.slice(0, MAX_PROBLEMS) }
  }
  return { ok: true, file: { elements, files } }
}
