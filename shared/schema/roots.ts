/**
 * Every root type of a board document, by name; each is a Y.Map (meta, elements, the role
 * assignments and the conflict-of-interest settings). The server refuses content under any
 * other root, and list content under these: nothing reads it, so it could only cost memory that
 * nobody can see or delete. A schema that adds a root adds it here.
 */
export const ROOT_NAMES: ReadonlySet<string> = new Set([
  'meta',
  'elements',
  'assignments',
  'conflictRules',
])
