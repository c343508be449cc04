import { getContext, setContext } from 'svelte'
import type { Presence } from './presence.svelte.ts'

const KEY = Symbol('presence')

/** Makes the board's Presence available to the components below (the list view reads it). */
export function setPresenceContext(presence: () => Presence): void {
  setContext(KEY, presence)
}

/** The board's Presence, or undefined outside a board page (components rendered alone). */
export function presenceContext(): (() => Presence) | undefined {
  return getContext<(() => Presence) | undefined>(KEY)
}
