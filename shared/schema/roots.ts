/**
 * Every root type of a board document, by name, and whether undo tracks it. Each is a Y.Map
 * (meta, elements, the role assignments and the conflict-of-interest settings). The server
 * refuses content under any other root, and list content under these: nothing reads it, so it
 * could only cost memory that nobody can see or delete. A schema that adds a root adds it here,
 * and says whether a person's change to it is one of their undo steps.
 */
export const ROOTS = {
  /** Title, schema version, the role limit of the checks. */
  meta: { undoable: true },
  /** The board's elements by id. */
  elements: { undoable: true },
  /** Who holds which role (assignment id → assignment). */
  assignments: { undoable: true },
  /** The facilitators' conflict-of-interest rules. */
  conflictRules: { undoable: true },
} as const satisfies Record<string, { undoable: boolean }>

/** The name of a root map of a board document. */
export type RootName = keyof typeof ROOTS

/** Every root name the document may hold. */
export const ROOT_NAMES: ReadonlySet<string> = new Set(Object.keys(ROOTS))

/** The roots whose local changes the undo history tracks. */
export const UNDOABLE_ROOTS: readonly RootName[] = (Object.keys(ROOTS) as RootName[]).filter(
  (name) => ROOTS[name].undoable,
)
