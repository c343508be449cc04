import type { Right } from '../../../../shared/rights.ts'
import {
  cleanName,
  MAX_PRESENCE_SELECTION,
  readPresence,
  type PresenceState,
} from '../../../../shared/presence.ts'
import type { Point, Rect } from '../geometry/geometry.ts'
import type { Session } from '../editor/session.svelte.ts'
import { KEYS, local, type KeyValueStore } from '../storage/safeStorage.ts'
import { t } from '../i18n/i18n.svelte.ts'
import { browserScheduler, Coalescer, type Scheduler } from './coalesce.ts'
import { isPresenceColor, randomPresenceColor } from './colors.ts'
import { Follow, type FollowStopReason } from './follow.svelte.ts'
import { Listeners } from '../listeners.ts'

/** The part of y-protocols' Awareness that presence uses (the provider's `awareness`). */
export interface AwarenessLike {
  clientID: number
  getStates(): Map<number, Record<string, unknown>>
  setLocalState(state: Record<string, unknown> | null): void
  on(name: 'change', listener: (changes: AwarenessChanges, origin: unknown) => void): void
  off(name: 'change', listener: (changes: AwarenessChanges, origin: unknown) => void): void
}

export interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

/** One person on the board, as the participant list shows them. */
export interface Participant {
  clientId: number
  name: string
  color: string
  right: Right
  away: boolean
  /** The element they are typing in, if any. */
  editing: string | null
  self: boolean
}

export interface PresenceOptions {
  /** My right on this board (from the server's answer), shown to the others. */
  right: Right
  store?: KeyValueStore
  scheduler?: Scheduler
  random?: () => number
  /** Idle this long (no pointer, no key) and I show as away. */
  idleMs?: number
  messages?: Partial<PresenceMessages>
}

export interface PresenceMessages {
  defaultName(number: number): string
  /** Following a participant: the banner, and what screen readers hear at start and end. */
  banner(name: string): string
  started(name: string): string
  stopped(name: string, reason: FollowStopReason): string
}

const DEFAULT_MESSAGES: PresenceMessages = {
  defaultName: (number) => t('presence.defaultName', { number }),
  banner: (name) => t('follow.banner', { name }),
  started: (name) => t('follow.started', { name }),
  stopped: (name, reason) =>
    reason === 'gone' ? t('follow.gone', { name }) : t('follow.stopped', { name }),
}

export const IDLE_AWAY_MS = 3 * 60_000

const CLIENT_KEY = 'client:'

/**
 * Who is on the board and what they do, on Yjs awareness: my name, colour and right, my
 * pointer, selection, text being typed and view go out (coalesced: at most 20 messages a
 * second); the others' states come in through the tolerant reader. Components read
 * `participants` and `peers()`; the canvas layer subscribes with `onChange` and draws cursors
 * in its own frames, so a moving pointer never re-renders the participant list.
 */
export class Presence {
  /** Me first, then the others by name; changes only when someone's listed facts change. */
  participants = $state.raw<readonly Participant[]>([])
  /** My display name ('' until chosen). */
  name = $state('')
  /**
   * My colour: the one this browser asked for until the server gives another (someone present
   * has it; the server decides, see server/sync/awareness/PresenceColorBook.ts).
   */
  color = $state('')
  /** The name dialog should be shown: first visit in this browser, or "Name ändern". */
  nameDialogOpen = $state(false)
  away = $state(false)
  /** My view follows someone's (see follow.svelte.ts); `follow()` starts it for a participant. */
  readonly followMode: Follow

  readonly #awareness: AwarenessLike
  readonly #store: KeyValueStore
  readonly #scheduler: Scheduler
  readonly #messages: PresenceMessages
  readonly #idleMs: number
  readonly #coalescer: Coalescer<PresenceState>
  #local: PresenceState
  /** Whether my state is published (not before I have a name). */
  #joined = false
  // Plain map: read by the canvas layer's frames; `#version` makes readers reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #peers = new Map<number, PresenceState>()
  #version = $state(0)
  #rosterKey = ''
  readonly #listeners = new Listeners<[changed: readonly number[]]>()
  #hidden = false
  #idle = false
  #lastActivity: number
  #idleCheckScheduled = false
  #destroyed = false
  readonly #onChange = (changes: AwarenessChanges): void => this.#received(changes)

  constructor(awareness: AwarenessLike, session: Session, options: PresenceOptions) {
    this.#awareness = awareness
    this.#store = options.store ?? local
    this.#scheduler = options.scheduler ?? browserScheduler
    this.#messages = { ...DEFAULT_MESSAGES, ...options.messages }
    this.#idleMs = options.idleMs ?? IDLE_AWAY_MS
    this.followMode = new Follow(session)
    this.#coalescer = new Coalescer<PresenceState>(
      (change) => this.#publish(change),
      this.#scheduler,
    )
    this.#lastActivity = this.#scheduler.now()

    const random = options.random ?? Math.random
    const storedColor = this.#store.get(KEYS.presenceColor)
    this.color = isPresenceColor(storedColor) ? storedColor : randomPresenceColor(random)
    this.#store.set(KEYS.presenceColor, this.color)
    const storedName = cleanName(this.#store.get(KEYS.presenceName))
    this.#local = {
      user: { name: storedName, color: this.color },
      right: options.right,
      cursor: null,
      selection: [],
      editing: null,
      view: null,
      away: false,
    }
    if (storedName) {
      this.name = storedName
      this.#join()
    } else {
      // A pleasant default the dialog offers; confirming (or closing) keeps it.
      this.name = this.#messages.defaultName(10 + Math.floor(random() * 90))
      this.nameDialogOpen = true
    }
    awareness.on('change', this.#onChange)
    this.#received({ added: [...awareness.getStates().keys()], updated: [], removed: [] })
    this.#scheduleIdleCheck()
  }

  get clientId(): number {
    return this.#awareness.clientID
  }

  /** Sets and remembers my name (in this browser), shows it to the others, closes the dialog. */
  setName(name: string): void {
    const clean = cleanName(name) || this.name
    this.name = clean
    this.#store.set(KEYS.presenceName, clean)
    this.nameDialogOpen = false
    this.#local = { ...this.#local, user: { name: clean, color: this.color } }
    if (this.#joined) {
      this.#publishNow()
      this.#updateRoster()
    } else {
      this.#join()
    }
  }

  /** Opens the name dialog again ("Name ändern"). */
  askName(): void {
    this.nameDialogOpen = true
  }

  /** My pointer on the board (board units), or null when it left the board. */
  setCursor(point: Point | null): void {
    this.noteActivity()
    this.#coalescer.push({ cursor: point })
  }

  /** What I have selected; a viewer's selection is nobody else's business and is not sent. */
  setSelection(ids: Iterable<string>): void {
    if (!this.#sharesSelection) return
    this.#coalescer.push({ selection: [...ids].slice(0, MAX_PRESENCE_SELECTION) })
  }

  setEditing(id: string | null): void {
    if (!this.#sharesSelection) return
    this.#coalescer.push({ editing: id })
  }

  /** Whether my selection and typing go to the others (not with a view link). */
  get #sharesSelection(): boolean {
    return this.#local.right !== 'view'
  }

  /** The board rectangle my screen shows (others following me fit it into theirs). */
  setView(view: Rect | null): void {
    this.#coalescer.push({ view })
  }

  /** The tab was hidden or shown again. */
  setHidden(hidden: boolean): void {
    this.#hidden = hidden
    if (!hidden) this.noteActivity()
    this.#updateAway()
  }

  /** A pointer move or key press: I am not idle. */
  noteActivity(): void {
    this.#lastActivity = this.#scheduler.now()
    if (this.#idle) {
      this.#idle = false
      this.#updateAway()
    }
    this.#scheduleIdleCheck()
  }

  /** The others' states, for drawing: client id to state (not mine). Reactive. */
  peers(): ReadonlyMap<number, PresenceState> {
    void this.#version
    return this.#peers
  }

  peer(clientId: number): PresenceState | undefined {
    void this.#version
    return this.#peers.get(clientId)
  }

  /** Names of the others typing in element `id` now (reactive with the participant list). */
  typingIn(id: string): string[] {
    return this.participants.filter((p) => !p.self && p.editing === id).map((p) => p.name)
  }

  /** Called with the changed client ids after each awareness change; returns the unsubscribe. */
  onChange(listener: (changed: readonly number[]) => void): () => void {
    return this.#listeners.add(listener)
  }

  /** My view follows a participant's until I move it myself or stop. */
  follow(clientId: number): void {
    const state = this.#peers.get(clientId)
    if (!state || clientId === this.clientId) return
    const name = state.user.name
    const messages = this.#messages
    this.followMode.start({
      key: CLIENT_KEY + clientId,
      banner: () => messages.banner(name),
      started: () => messages.started(name),
      stopped: (reason) => messages.stopped(name, reason),
      view: () => this.peer(clientId)?.view ?? null,
    })
  }

  stopFollow(reason: FollowStopReason = 'stopped'): void {
    this.followMode.stop(reason)
  }

  /** The participant my view follows, if it is one (not the facilitator's presentation). */
  get followedClient(): number | null {
    const key = this.followMode.target?.key
    return key?.startsWith(CLIENT_KEY) ? Number(key.slice(CLIENT_KEY.length)) : null
  }

  /** Leaves: the others see me go at once rather than after the awareness timeout. */
  destroy(): void {
    if (this.#destroyed) return
    this.#destroyed = true
    this.#coalescer.cancel()
    this.#awareness.off('change', this.#onChange)
    this.#awareness.setLocalState(null)
  }

  #join(): void {
    this.#joined = true
    this.#publishNow()
    this.#updateRoster()
  }

  #publishNow(): void {
    this.#coalescer.flush()
    this.#publish({})
  }

  #publish(change: Partial<PresenceState>): void {
    this.#local = { ...this.#local, ...change }
    if (!this.#joined || this.#destroyed) return
    this.#awareness.setLocalState({ ...this.#local })
  }

  #updateAway(): void {
    const away = this.#hidden || this.#idle
    if (away === this.away) return
    this.away = away
    this.#local = { ...this.#local, away }
    if (this.#joined) this.#publishNow()
    this.#updateRoster()
  }

  #scheduleIdleCheck(): void {
    if (this.#idleCheckScheduled || this.#destroyed) return
    this.#idleCheckScheduled = true
    const wait = Math.max(0, this.#lastActivity + this.#idleMs - this.#scheduler.now())
    this.#scheduler.after(wait, () => {
      this.#idleCheckScheduled = false
      if (this.#destroyed) return
      if (this.#scheduler.now() - this.#lastActivity >= this.#idleMs) {
        this.#idle = true
        this.#updateAway()
      } else {
        this.#scheduleIdleCheck()
      }
    })
  }

  #received(changes: AwarenessChanges): void {
    if (this.#destroyed) return
    const states = this.#awareness.getStates()
    const changed: number[] = []
    for (const id of [...changes.added, ...changes.updated, ...changes.removed]) {
      if (id === this.clientId) {
        this.#ownStateReceived(states.get(id))
        continue
      }
      const state = readPresence(states.get(id))
      if (state) this.#peers.set(id, state)
      else this.#peers.delete(id)
      changed.push(id)
    }
    if (changed.length === 0) return
    this.#version++
    this.#updateRoster()
    const followed = this.followedClient
    if (followed !== null && changed.includes(followed)) {
      if (this.#peers.has(followed)) this.followMode.refresh()
      else this.followMode.stop('gone')
    }
    this.#listeners.emit(changed)
  }

  /**
   * The server sent my own state back with the colour it gave me (someone present had the one I
   * asked for): I take it, keep it for my next visit, and send it from now on.
   */
  #ownStateReceived(raw: Record<string, unknown> | undefined): void {
    const color = readPresence(raw)?.user.color
    if (color === undefined || !isPresenceColor(color) || color === this.color) return
    this.color = color
    this.#store.set(KEYS.presenceColor, color)
    this.#local = { ...this.#local, user: { ...this.#local.user, color } }
    this.#updateRoster()
  }

  /** Rebuilds `participants` only when a listed fact changed (not for cursor moves). */
  #updateRoster(): void {
    const me: Participant = {
      clientId: this.clientId,
      name: this.name,
      color: this.color,
      right: this.#local.right,
      away: this.away,
      editing: null,
      self: true,
    }
    const others: Participant[] = [...this.#peers].map(([clientId, s]) => ({
      clientId,
      name: s.user.name,
      color: s.user.color,
      right: s.right,
      away: s.away,
      editing: s.editing,
      self: false,
    }))
    others.sort((a, b) => a.name.localeCompare(b.name, 'de') || a.clientId - b.clientId)
    const list = this.#joined ? [me, ...others] : others
    const key = JSON.stringify(list)
    if (key === this.#rosterKey) return
    this.#rosterKey = key
    this.participants = list
  }
}
