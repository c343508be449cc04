/** How a toast looks: information, or something that needs attention (a new conflict). */
export type ToastTone = 'info' | 'warning'

/** One visible message in the corner of the board; it goes away by itself or when dismissed. */
export interface Toast {
  readonly id: number
  readonly message: string
  readonly tone: ToastTone
}

/** How long a toast stays, in milliseconds: long enough to read two lines twice. */
export const TOAST_MILLISECONDS = 8000
/** At most this many toasts at once; a new one pushes out the oldest. */
export const MAX_TOASTS = 3

/**
 * Short visible messages for sighted people ("Alle wurden zu Ihnen geholt", "Neuer
 * Interessenkonflikt …"). Screen readers hear the same message through the session's live
 * region (Session.notify), so the toasts themselves are not a live region.
 */
export class Toasts {
  list = $state.raw<readonly Toast[]>([])
  #next = 1
  // Timers are bookkeeping, never drawn: a plain Map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #timers = new Map<number, ReturnType<typeof setTimeout>>()

  /** Shows a message; the same message already shown is moved to the end instead of repeated. */
  show(message: string, tone: ToastTone = 'info'): number {
    const same = this.list.find((toast) => toast.message === message)
    if (same) this.dismiss(same.id)
    const toast: Toast = { id: this.#next++, message, tone }
    const kept = this.list.slice(-(MAX_TOASTS - 1))
    for (const dropped of this.list) if (!kept.includes(dropped)) this.#clearTimer(dropped.id)
    this.list = [...kept, toast]
    this.#timers.set(
      toast.id,
      setTimeout(() => this.dismiss(toast.id), TOAST_MILLISECONDS),
    )
    return toast.id
  }

  dismiss(id: number): void {
    this.#clearTimer(id)
    if (this.list.some((toast) => toast.id === id)) {
      this.list = this.list.filter((toast) => toast.id !== id)
    }
  }

  /** Leaves a toast up while the pointer or focus is on it; `resume` restarts its time. */
  hold(id: number): void {
    this.#clearTimer(id)
  }

  resume(id: number): void {
    if (!this.list.some((toast) => toast.id === id) || this.#timers.has(id)) return
    this.#timers.set(
      id,
      setTimeout(() => this.dismiss(id), TOAST_MILLISECONDS),
    )
  }

  /** Stops every timer (the board page closes). */
  clear(): void {
    for (const id of this.#timers.keys()) this.#clearTimer(id)
    this.list = []
  }

  #clearTimer(id: number): void {
    const timer = this.#timers.get(id)
    if (timer !== undefined) clearTimeout(timer)
    this.#timers.delete(id)
  }
}
