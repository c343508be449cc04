/** The workload one benchmark run applies to every server, identically. */
export interface Workload {
  /** Clients in the one room. */
  clients: number
  /** Document edits per second across all clients together (round robin). */
  editsPerSecond: number
  /** Awareness (cursor) updates per second that every client sends. */
  cursorHz: number
  /** Load runs this long before measuring, so connections, JIT and GC settle. */
  warmupSeconds: number
  /** Length of the measured window. */
  durationSeconds: number
  /** After the window, edits stop; deliveries still count until this much time has passed. */
  drainSeconds: number
  /** Clients that connect at the same time while the room fills. */
  connectBatch: number
  /**
   * Clients that decode the cursors they receive (and measure their latency); the others get the
   * same frames from the server but skip decoding awareness, so that one client process can
   * stand in for a large room. At least `clients` means all.
   */
  cursorObservers: number
  /**
   * Clients that apply the document updates they receive (and measure edit latency and
   * convergence); the others get the same frames from the server but, once synced, skip
   * applying them. At least `clients` means all. On one machine, 200 Yjs documents applying
   * every edit take a core between them, and their queueing, not the server, sets the latency;
   * in a workshop every browser has its own machine.
   */
  editObservers: number
  /**
   * Client processes the clients are split over. One event loop handing every relayed frame to
   * 200 clients in turn adds its own queueing to every latency; several spread that out.
   */
  clientProcesses: number
}

export const PRESET_NAMES = ['default', 'room200', 'room500'] as const
export type PresetName = (typeof PRESET_NAMES)[number]

export const PRESETS: Record<PresetName, Workload> = {
  default: {
    clients: 50,
    editsPerSecond: 20,
    cursorHz: 2,
    warmupSeconds: 3,
    durationSeconds: 10,
    drainSeconds: 2,
    connectBatch: 25,
    cursorObservers: 50,
    editObservers: 50,
    clientProcesses: 2,
  },
  // The room budget of DESIGN.md: 200 participants, cursors at 10 Hz, p99 edit latency < 100 ms.
  room200: {
    clients: 200,
    editsPerSecond: 20,
    cursorHz: 10,
    warmupSeconds: 5,
    durationSeconds: 10,
    drainSeconds: 3,
    connectBatch: 25,
    cursorObservers: 20,
    editObservers: 20,
    clientProcesses: 4,
  },
  // How far past the budget it holds: the goal after the room budget is 500 people.
  room500: {
    clients: 500,
    editsPerSecond: 20,
    cursorHz: 10,
    warmupSeconds: 5,
    durationSeconds: 10,
    drainSeconds: 3,
    connectBatch: 25,
    cursorObservers: 20,
    editObservers: 20,
    clientProcesses: 4,
  },
}

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name)
}
