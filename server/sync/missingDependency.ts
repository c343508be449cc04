// Whether a client's update can be integrated now, told without applying it: Yjs keeps an update
// whose dependencies are missing as pending content inside the document, where it lands later,
// when someone else's update happens to resolve it. The server holds such updates back instead
// (see HeldUpdates), so it must know before applying.
import * as Y from 'yjs'
import type { DecodedUpdate } from './updateEffect.ts'

/** The next clock a document expects of a client (its state vector entry, 0 when unknown). */
export type ClockState = (client: number) => number

/** The first clock the update needs that neither the document nor the update itself has. */
export interface MissingDependency {
  client: number
  clock: number
}

/**
 * The first dependency of `decoded` that is missing from a document at `state`, or null when
 * Yjs would integrate all of it at once. Dependencies are an item's left and right neighbours
 * (origin, right origin) and its parent type (when given by id, not by root name), each
 * client's clock before its first new struct, and every clock a delete range covers. What the
 * update itself brings counts as present; structs the document has whole are skipped, as Yjs
 * skips them. Pure: reads the update and `state`, changes nothing.
 */
export function missingDependency(
  state: ClockState,
  decoded: DecodedUpdate,
): MissingDependency | null {
  // The clock up to which each client's structs are present once the update is applied. Yjs
  // integrates a client's structs in clock order and stops at the first gap (a Skip, or a first
  // clock beyond the document's state): everything from there on waits.
  const reach = new Map<number, number>()
  const reachOf = (client: number): number => reach.get(client) ?? state(client)
  // An update lists each client's structs in one section; of a client listed twice, Yjs keeps
  // only the last section, so what an earlier one seems to bring is not there.
  const sections = new Set<number>()
  let section: number | null = null
  for (const struct of decoded.structs) {
    const { client, clock } = struct.id
    if (client !== section) {
      if (sections.has(client)) return { client, clock: reachOf(client) }
      sections.add(client)
      section = client
    }
    if (struct instanceof Y.Skip) continue
    const next = reachOf(client)
    if (clock > next) return { client, clock: next }
    reach.set(client, Math.max(next, clock + struct.length))
  }
  const present = (id: Y.ID | null): boolean => id === null || id.clock < reachOf(id.client)
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue
    // Yjs skips a struct the document has whole; one that only begins inside it still needs
    // its references (Item.getMissing looks at them before cutting off the known part).
    if (struct.id.clock + struct.length <= state(struct.id.client)) continue
    const parent = struct.parent as unknown
    for (const ref of [struct.origin, struct.rightOrigin, parent instanceof Y.ID ? parent : null]) {
      if (!present(ref)) return { client: ref!.client, clock: ref!.clock }
    }
  }
  for (const [client, ranges] of decoded.ds.clients) {
    const known = reachOf(client)
    for (const { clock, len } of ranges) {
      // Even an empty range waits when it begins beyond what the document has (and Yjs throws
      // while re-encoding it as pending).
      if (clock + len > known || clock >= known) return { client, clock: Math.max(clock, known) }
    }
  }
  return null
}

/**
 * The state of `doc` once `earlier` (updates with no missing dependency, applied before the one
 * being judged) are applied too; `add` counts one more such update.
 */
export function stateAfter(
  doc: Y.Doc,
  earlier: readonly DecodedUpdate[] = [],
): ClockState & { add(decoded: DecodedUpdate): void } {
  const ends = new Map<number, number>()
  const add = ({ structs }: DecodedUpdate): void => {
    for (const struct of structs) {
      if (struct instanceof Y.Skip) continue
      const end = struct.id.clock + struct.length
      if (end > (ends.get(struct.id.client) ?? 0)) ends.set(struct.id.client, end)
    }
  }
  earlier.forEach(add)
  const state = (client: number): number =>
    Math.max(Y.getState(doc.store, client), ends.get(client) ?? 0)
  return Object.assign(state, { add })
}
