import { z } from 'zod/mini'
import { KEYS, local, type KeyValueStore } from '../storage/safeStorage.ts'
import { readOwnTemplate, type OwnTemplate } from './ownTemplate.ts'

/** What the pickers list of an own template, without reading its elements. */
export interface OwnTemplateSummary {
  id: string
  name: string
  description: string
  savedAt: string
  count: number
}

const SummarySchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  description: z.catch(z.string(), ''),
  savedAt: z.catch(z.string(), ''),
  count: z.catch(z.int().check(z.nonnegative()), 0),
})

/** The list of own templates as stored; entries that are not summaries are dropped. */
export function parseSummaries(raw: string | null): OwnTemplateSummary[] {
  if (raw === null) return []
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(json)) return []
  const out: OwnTemplateSummary[] = []
  for (const entry of json) {
    const parsed = SummarySchema.safeParse(entry)
    if (parsed.success && !out.some((s) => s.id === parsed.data.id)) out.push(parsed.data)
  }
  return out
}

function summarize(t: OwnTemplate): OwnTemplateSummary {
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    savedAt: t.savedAt,
    count: t.elements.length,
  }
}

/**
 * "Eigene Vorlagen": a facilitator's templates, kept in this browser's localStorage. No accounts
 * exist, and a board's content (names of staff, conflicts between roles) should not sit on the
 * server for everyone of the instance to see; the facilitator reuses them next week on the same
 * laptop and carries them elsewhere as a file. One key per template plus a list of names, so a
 * template too large for the browser's storage fails alone and the list never half-writes.
 */
export class OwnTemplates {
  list = $state.raw<OwnTemplateSummary[]>([])
  readonly #store: KeyValueStore

  constructor(store: KeyValueStore = local) {
    this.#store = store
    this.reload()
  }

  /** Reads the list again (another tab may have saved one). */
  reload(): void {
    this.list = parseSummaries(this.#store.get(KEYS.ownTemplates))
  }

  /** The whole template, or null when it is gone or no longer readable. */
  get(id: string): OwnTemplate | null {
    const raw = this.#store.get(KEYS.ownTemplate(id))
    if (raw === null) return null
    try {
      return readOwnTemplate(JSON.parse(raw))
    } catch {
      return null
    }
  }

  /**
   * Keeps a template (newest first). False when the browser refused it (storage full or
   * disabled): nothing is listed then.
   */
  save(template: OwnTemplate): boolean {
    const key = KEYS.ownTemplate(template.id)
    const text = JSON.stringify(template)
    this.#store.set(key, text)
    // The safe store swallows quota errors: reading back is how to know it was kept.
    if (this.#store.get(key) !== text) {
      this.#store.remove(key)
      return false
    }
    this.reload()
    const next = [summarize(template), ...this.list.filter((s) => s.id !== template.id)]
    this.#store.set(KEYS.ownTemplates, JSON.stringify(next))
    this.list = next
    return true
  }

  remove(id: string): void {
    this.reload()
    this.#store.remove(KEYS.ownTemplate(id))
    const next = this.list.filter((s) => s.id !== id)
    this.#store.set(KEYS.ownTemplates, JSON.stringify(next))
    this.list = next
  }
}

export const ownTemplates = new OwnTemplates()

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === KEYS.ownTemplates) ownTemplates.reload()
  })
}
