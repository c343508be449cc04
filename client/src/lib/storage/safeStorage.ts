/**
 * Storage access that never throws: private modes and locked-down municipal browsers may refuse
 * localStorage, and Werkraum must still work (it just forgets more).
 */
export interface KeyValueStore {
  get(key: string): string | null
  set(key: string, value: string): void
  remove(key: string): void
}

function wrap(pick: () => Storage | undefined): KeyValueStore {
  const storage = (): Storage | undefined => {
    try {
      return pick()
    } catch {
      return undefined
    }
  }
  return {
    get(key) {
      try {
        return storage()?.getItem(key) ?? null
      } catch {
        return null
      }
    },
    set(key, value) {
      try {
        storage()?.setItem(key, value)
      } catch {
        // Quota or policy: forgetting is acceptable.
      }
    },
    remove(key) {
      try {
        storage()?.removeItem(key)
      } catch {
        // As above.
      }
    },
  }
}

export const local: KeyValueStore = wrap(() => globalThis.localStorage)
export const session: KeyValueStore = wrap(() => globalThis.sessionStorage)

/** A store in memory, for tests. */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>()
  return {
    get: (key) => map.get(key) ?? null,
    set: (key, value) => void map.set(key, value),
    remove: (key) => void map.delete(key),
  }
}

/** Every key Werkraum writes, in one place. */
export const KEYS = {
  locale: 'werkraum.locale',
  createToken: 'werkraum.createToken',
  myBoards: 'werkraum.myBoards',
  boardToken: (id: string) => `werkraum.token.${id}`,
  /** The projector view's own link (view token, and the token its QR code shows), per tab. */
  projectorLink: (id: string) => `werkraum.projector.${id}`,
  boardInfo: (id: string) => `werkraum.boardInfo.${id}`,
  pendingChanges: (id: string) => `werkraum.pending.${id}`,
  snapToGrid: 'werkraum.snapToGrid',
  minimap: 'werkraum.minimap',
  presenceName: 'werkraum.presence.name',
  presenceColor: 'werkraum.presence.color',
  ownTemplates: 'werkraum.ownTemplates',
  ownTemplate: (id: string) => `werkraum.ownTemplate.${id}`,
  /** An own template to insert once the new board (created empty) has opened in this tab. */
  pendingTemplate: (boardId: string) => `werkraum.pendingTemplate.${boardId}`,
} as const
