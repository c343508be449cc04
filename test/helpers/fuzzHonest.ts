// The honest people of a fuzz run: stock y-websocket providers that edit with real operations
// throughout, and the checks that they still hear each other and agree.
import * as Y from 'yjs'
import { elementsMap, metaMap } from '../../shared/schema/doc.ts'
import { randomOperation } from './fuzzOps.ts'
import type { FuzzRandom } from './fuzzRandom.ts'
import { until, waitFor } from './waitFor.ts'
import { syncedClient, type ServerAddress, type YClient } from './yclient.ts'

/** How long an honest edit or presence change may take to reach the others. */
export const HONEST_WAIT_MS = 10_000

/** One honest person: a name for messages, a stock provider, and whether they edit. */
export interface HonestPerson {
  name: string
  editor: boolean
  client: YClient
}

/**
 * A document as the checks compare it: what it holds, independent of how it arrived. Structs
 * waiting for a missing dependency are not part of it: the server never relays them to the
 * people present (nothing was integrated), but hands them to whoever joins later.
 */
export interface DocState {
  stateVector: Map<number, number>
  deleteSet: ReturnType<typeof Y.createDeleteSetFromStructStore>
  elements: string
  meta: string
}

/**
 * Adds a bare note (type and rectangle) without the operations, which may throw on junk a
 * hostile editor left under `elements` (see HonestRoom.edit). Returns its id.
 */
function plantNote(doc: Y.Doc, id: string): string {
  const note = new Y.Map<unknown>([
    ['type', 'note'],
    ['x', 0],
    ['y', 0],
    ['w', 120],
    ['h', 120],
  ])
  elementsMap(doc).set(id, note)
  return id
}

/** Reads what `doc` holds for comparison. */
export function docState(doc: Y.Doc): DocState {
  return {
    stateVector: Y.decodeStateVector(Y.encodeStateVector(doc)),
    deleteSet: Y.createDeleteSetFromStructStore(doc.store),
    elements: safeJson(() => elementsMap(doc).toJSON()),
    meta: safeJson(() => metaMap(doc).toJSON()),
  }
}

/** The differences between two documents' states, in words; empty when they hold the same. */
export function diffStates(expected: DocState, actual: DocState): string[] {
  const diffs: string[] = []
  const clients = new Set([...expected.stateVector.keys(), ...actual.stateVector.keys()])
  for (const client of [...clients].sort((a, b) => a - b)) {
    const want = expected.stateVector.get(client) ?? 0
    const got = actual.stateVector.get(client) ?? 0
    if (want !== got) diffs.push(`client ${client}: clock ${got} instead of ${want}`)
  }
  if (!Y.equalDeleteSets(expected.deleteSet, actual.deleteSet)) diffs.push('deleted items differ')
  if (expected.elements !== actual.elements) {
    diffs.push(`elements ${clip(actual.elements)} instead of ${clip(expected.elements)}`)
  }
  if (expected.meta !== actual.meta)
    diffs.push(`meta ${clip(actual.meta)} instead of ${clip(expected.meta)}`)
  return diffs
}

/** JSON with object keys sorted: a map's key order depends on the order its writes arrived in. */
function safeJson(read: () => unknown): string {
  try {
    return JSON.stringify(read(), (_key, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : value,
    )
  } catch (err) {
    return `<unreadable: ${err instanceof Error ? err.message : String(err)}>`
  }
}

function clip(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text
}

/**
 * Anna and Ben edit, Cleo watches with a view link. Their Yjs client ids come from the seed,
 * so the same seed writes the same board.
 */
export class HonestRoom {
  readonly people: HonestPerson[]
  readonly #prefix: string
  #barriers = 0

  readonly #server: ServerAddress
  readonly #board: { id: string; viewToken: string }

  private constructor(
    people: HonestPerson[],
    prefix: string,
    server: ServerAddress,
    board: { id: string; viewToken: string },
  ) {
    this.people = people
    this.#prefix = prefix
    this.#server = server
    this.#board = board
  }

  /** Connects the three and waits for their first sync. */
  static async join(
    server: ServerAddress,
    board: { id: string; editToken: string; viewToken: string },
    random: FuzzRandom,
  ): Promise<HonestRoom> {
    const connect = async (name: string, token: string, editor: boolean): Promise<HonestPerson> => {
      const doc = new Y.Doc()
      doc.clientID = random.clientId()
      const client = await syncedClient(server, board.id, token, doc)
      client.provider.awareness.setLocalStateField('user', { name, color: '#1a73e8' })
      return { name, editor, client }
    }
    const people = [
      await connect('Anna', board.editToken, true),
      await connect('Ben', board.editToken, true),
      await connect('Cleo', board.viewToken, false),
    ]
    return new HonestRoom(people, random.word(4), server, board)
  }

  get anna(): HonestPerson {
    return this.people[0]!
  }

  /** The honest people's Yjs and awareness client ids. */
  get clientIds(): number[] {
    return this.people.map((p) => p.client.doc.clientID)
  }

  /**
   * Each editor makes `count` real operations. Returns the operations that threw (on what a
   * hostile editor left on the board), in words; the run goes on without them.
   */
  edit(random: FuzzRandom, count: number): string[] {
    const problems: string[] = []
    for (const person of this.people) {
      if (!person.editor) continue
      for (let i = 0; i < count; i++) {
        try {
          randomOperation(person.client.doc, random)
        } catch (err) {
          problems.push(`${person.name}'s operation threw ${String(err)}`)
        }
      }
    }
    return problems
  }

  /**
   * Anna (or, with `fromEveryEditor`, each editor) adds a note and everyone must see it: since
   * the server stores and applies a room's updates in arrival order, everything the writer sent
   * before has then been stored (or refused). A new note each time, because a hostile editor
   * may delete or move anything that exists. Returns how many updates it wrote.
   */
  async barrier(fromEveryEditor = false): Promise<number> {
    const writers = fromEveryEditor ? this.people.filter((p) => p.editor) : [this.anna]
    const notes = writers.map((writer) =>
      plantNote(writer.client.doc, `b${this.#prefix}${++this.#barriers}`),
    )
    for (const person of this.people) {
      await until(
        person.client.doc,
        'update',
        () => notes.every((id) => elementsMap(person.client.doc).has(id)),
        `${person.name} to see the notes ${notes.join(', ')}`,
        HONEST_WAIT_MS,
      )
    }
    return notes.length
  }

  /**
   * Anna and Ben each add a marker note and set their presence; everyone must see both
   * markers and both presences, then all three documents and that of someone who opens the
   * board now must hold exactly the same.
   * Throws an Error that says what differs.
   */
  async converge(label: string): Promise<void> {
    const editors = this.people.filter((p) => p.editor)
    // Written without the operations, which may throw on junk under `elements` (see edit).
    const markers = editors.map((p) =>
      plantNote(p.client.doc, `m${this.#prefix}${label}${p.name}`.toLowerCase()),
    )
    for (const person of this.people) {
      await until(
        person.client.doc,
        'update',
        () => markers.every((id) => elementsMap(person.client.doc).has(id)),
        `${person.name} to see the markers of ${label} (${markers.join(', ')})`,
        HONEST_WAIT_MS,
      )
    }
    for (const editor of editors) editor.client.provider.awareness.setLocalStateField('mark', label)
    for (const person of this.people) {
      for (const editor of editors) {
        if (editor === person) continue
        const awareness = person.client.provider.awareness
        const id = editor.client.doc.clientID
        await until(
          awareness,
          'change',
          () => awareness.getStates().get(id)?.mark === label,
          `${person.name} to see ${editor.name}'s presence of ${label}`,
          HONEST_WAIT_MS,
        )
      }
    }
    // Content stored after the markers (the tail of a flood) may still be on its way.
    const vector = (doc: Y.Doc): string =>
      JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort((a, b) => a[0] - b[0]))
    await waitFor(
      () => this.people.every((p) => vector(p.client.doc) === vector(this.anna.client.doc)),
      `the honest documents of ${label} to settle`,
      { timeoutMs: HONEST_WAIT_MS },
    ).catch(() => {})
    const reference = docState(this.anna.client.doc)
    for (const person of this.people.slice(1)) {
      const diffs = diffStates(reference, docState(person.client.doc))
      if (diffs.length > 0) {
        throw new Error(`${person.name}'s document differs from Anna's: ${diffs.join('; ')}`)
      }
    }
    // Someone who opens the board now gets what everyone has.
    const joiner = await syncedClient(this.#server, this.#board.id, this.#board.viewToken).catch(
      (err: unknown) => {
        throw new Error(`a person opening the board now cannot sync: ${String(err)}`)
      },
    )
    try {
      const diffs = diffStates(reference, docState(joiner.doc))
      if (diffs.length > 0) {
        throw new Error(`a person opening the board now gets another document: ${diffs.join('; ')}`)
      }
    } finally {
      joiner.destroy()
    }
  }

  destroy(): void {
    for (const person of this.people) person.client.destroy()
  }
}
