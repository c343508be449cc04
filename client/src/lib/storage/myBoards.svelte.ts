import { KEYS, local, type KeyValueStore } from './safeStorage.ts'
import {
  forgetBoard,
  parseEntries,
  rememberVisit,
  type BoardVisit,
  type MyBoardEntry,
} from './myBoards.ts'

/** "Meine Boards": the boards this browser created or joined, kept in localStorage. */
export class MyBoards {
  entries = $state.raw<MyBoardEntry[]>([])
  readonly #store: KeyValueStore

  constructor(store: KeyValueStore = local) {
    this.#store = store
    this.reload()
  }

  /** Reads the list again (another tab may have changed it). */
  reload(): void {
    this.entries = parseEntries(this.#store.get(KEYS.myBoards))
  }

  get(id: string): MyBoardEntry | undefined {
    return this.entries.find((e) => e.id === id)
  }

  remember(visit: BoardVisit, now = Date.now()): void {
    this.reload()
    this.#save(rememberVisit(this.entries, visit, now))
  }

  forget(id: string): void {
    this.reload()
    this.#save(forgetBoard(this.entries, id))
  }

  #save(entries: MyBoardEntry[]): void {
    this.entries = entries
    this.#store.set(KEYS.myBoards, JSON.stringify(entries))
  }
}

export const myBoards = new MyBoards()

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === KEYS.myBoards) myBoards.reload()
  })
}
