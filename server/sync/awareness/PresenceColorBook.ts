import { PRESENCE_COLORS, isPresenceColor } from '../../../shared/presenceColors.ts'

/**
 * Who has which presence colour in one room. The server, not the client, decides: a person
 * gets the colour they ask for only while nobody present has it, else the first free one of
 * the palette, so the first twelve people on a board all differ, and nobody can take another's
 * colour to pass for them. Past twelve, the colour fewest people have is shared. A client id
 * keeps its colour while its state lives; it is given back when the state goes.
 */
export class PresenceColorBook {
  readonly #byClient = new Map<number, string>()

  /** The colour `clientId` has, given now if it has none (`wanted`: what its state asked for). */
  colorFor(clientId: number, wanted: unknown): string {
    const held = this.#byClient.get(clientId)
    if (held !== undefined) return held
    const color = this.#choose(wanted)
    this.#byClient.set(clientId, color)
    return color
  }

  /** Gives the colour of `clientId` back (its state left or timed out). */
  release(clientId: number): void {
    this.#byClient.delete(clientId)
  }

  /** Number of client ids with a colour. */
  get size(): number {
    return this.#byClient.size
  }

  #choose(wanted: unknown): string {
    const uses = new Map<string, number>(PRESENCE_COLORS.map((color) => [color, 0]))
    for (const color of this.#byClient.values()) uses.set(color, (uses.get(color) ?? 0) + 1)
    if (isPresenceColor(wanted) && uses.get(wanted) === 0) return wanted
    let best: string = PRESENCE_COLORS[0]
    let fewest = Number.POSITIVE_INFINITY
    for (const color of PRESENCE_COLORS) {
      const count = uses.get(color) ?? 0
      if (count < fewest) {
        best = color
        fewest = count
      }
    }
    return best
  }
}
