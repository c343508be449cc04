// The kinds of send a fuzz run makes, and which finding each attack reproduces.

/**
 * Every kind of send, and the finding each attack kind reproduces (null: plain fuzzing). A
 * failure names its kind; `FUZZ_KINDS=<kind>` replays one kind alone.
 */
export const FUZZ_KINDS = {
  randomBytes: null,
  mutatedFrame: null,
  mutatedUpdate: null,
  validOps: null,
  deleteExisting: null,
  awarenessRandom:
    'presence ids not bound to their connection; deep or huge states relayed to everyone',
  upgradePath: 'crash by upgrade paths (/socket.io without slash, reset socket)',
  deepAny: 'deeply nested Yjs Any content overflows the stack when re-encoded',
  deepTypes: 'deeply nested shared types (deleting the outermost recurses through all)',
  unusedContent: 'content types the schema never uses (JSON, embed, format, subdocument)',
  schemaVersion: 'clients writing meta.schemaVersion',
  manyItems: 'documents of 300,000 empty maps',
  awarenessFlood: 'awareness floods (millions of client ids)',
  step1Flood: 'sync step 1 re-encoding the board',
  editFlood: 'edit floods',
  missingDependency: 'updates with missing dependencies stored on every resend',
  unknownDeletes: 'deletes of unknown ranges stored on every resend',
} as const satisfies Record<string, string | null>

export type FuzzKind = keyof typeof FUZZ_KINDS

/** Kinds of plain fuzzing, drawn at random to fill the rounds. */
export const PLAIN_KINDS: readonly FuzzKind[] = [
  'randomBytes',
  'mutatedFrame',
  'mutatedUpdate',
  'validOps',
  'deleteExisting',
  'awarenessRandom',
  'upgradePath',
  'deepAny',
  'deepTypes',
  'unusedContent',
  'schemaVersion',
]

/** Kinds that cost seconds or hundreds of MB (on today's server): each at most once per run. */
export const HEAVY_KINDS: readonly FuzzKind[] = [
  'manyItems',
  'awarenessFlood',
  'step1Flood',
  'editFlood',
  'missingDependency',
  'unknownDeletes',
]
