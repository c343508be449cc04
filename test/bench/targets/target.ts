import type { WireProtocol } from '../clients/messages.ts'

/** A server under test, started for one run and stopped after it. */
export interface BenchTarget {
  /** Short name used on the command line (`--servers=`). */
  name: string
  /** What the report calls it, with the version measured. */
  label: string
  /** How the clients frame their messages for this server. */
  protocol: WireProtocol
  start(): Promise<RunningTarget>
}

/** Where the clients connect and which process to measure. */
export interface RunningTarget {
  /** PID of the server process whose CPU and memory are measured. */
  pid: number
  /** What `WebsocketProvider` gets as serverUrl; it appends `/<room>?<params>`. */
  serverUrl: string
  room: string
  /** URL parameters of every client, e.g. the edit token. */
  params: Record<string, string>
  /** What the server printed so far, for error reports. */
  output(): string
  /** Stops the server and removes whatever it was given (data directory). */
  stop(): Promise<void>
  /** Facts worth printing with the results, e.g. "persisted nothing". */
  notes(): string[]
}
