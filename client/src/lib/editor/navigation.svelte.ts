import type { SnapGuide } from '../../../../shared/geometry/snap.ts'
import { KEYS, local, type KeyValueStore } from '../storage/safeStorage.ts'
import type { Rect } from '../geometry/geometry.ts'
import { keepCurrent, stepMatch } from '../listview/search.ts'

/**
 * Local state of navigation: the marquee being dragged, snap guides, the grid and minimap
 * switches (remembered in this browser), and the board search. Part of the Session.
 */
export class Navigation {
  /** The selection rectangle being dragged (board units), or null. */
  marquee = $state.raw<Rect | null>(null)
  /** Guides of the snap in effect while moving or resizing. */
  guides = $state.raw<readonly SnapGuide[]>([])
  /** Moving and resizing snap to the grid when nothing else is near. */
  snapToGrid = $state(true)
  /** The minimap: off until the person turns it on (the board keeps the screen), then remembered. */
  minimapOpen = $state(false)

  searchOpen = $state(false)
  query = $state('')
  /** Ids matching the query, in reading order. */
  matches = $state.raw<readonly string[]>([])
  /** Index into `matches` of the one shown, -1 for none. */
  current = $state(-1)
  // A fresh set per change of the matches, never mutated: a plain Set is the right thing here.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  matchSet: ReadonlySet<string> = $derived(new Set(this.matches))
  currentId = $derived(this.matches[this.current] ?? null)

  readonly #store: KeyValueStore

  constructor(store: KeyValueStore = local) {
    this.#store = store
    this.snapToGrid = store.get(KEYS.snapToGrid) !== 'false'
    this.minimapOpen = store.get(KEYS.minimap) === 'true'
  }

  setSnapToGrid(on: boolean): void {
    this.snapToGrid = on
    this.#store.set(KEYS.snapToGrid, String(on))
  }

  setMinimapOpen(open: boolean): void {
    this.minimapOpen = open
    this.#store.set(KEYS.minimap, String(open))
  }

  setGuides(guides: readonly SnapGuide[]): void {
    if (guides.length === 0 && this.guides.length === 0) return
    this.guides = guides
  }

  /** New matches (the query or the board changed): stay on the same element if it still matches. */
  setMatches(ids: readonly string[]): void {
    const same = ids.length === this.matches.length && ids.every((id, i) => this.matches[i] === id)
    if (same) return
    this.current = keepCurrent(this.currentId, ids)
    this.matches = ids
  }

  /** Steps to the next (1) or previous (-1) match; returns its id. */
  step(direction: 1 | -1): string | null {
    this.current = stepMatch(this.current, this.matches.length, direction)
    return this.currentId
  }

  /** Asks the search field to take focus (it may be open already); bumped by openSearch. */
  searchFocusRequests = $state(0)

  /** Opens the board search and puts the cursor in its field (Ctrl+F, the search button). */
  openSearch(): void {
    this.searchOpen = true
    this.searchFocusRequests += 1
  }

  closeSearch(): void {
    this.searchOpen = false
    this.matches = []
    this.current = -1
  }
}
