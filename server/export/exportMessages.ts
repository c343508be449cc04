import type { ExportOptions } from '../../shared/export/options.ts'
import type { StoredDocument } from '../store/BoardStore.ts'
import type { ExportAsset } from './formats.ts'

/** What a worker sends once its modules are loaded, before any reply. */
export const WORKER_READY = 'ready'

/** What the main thread hands the export worker: the stored board and what to make of it. */
export interface ExportRequest {
  id: number
  kind: 'export'
  stored: Pick<StoredDocument, 'snapshot' | 'updates'>
  boardId: string
  title: string
  options: ExportOptions
  /** When the export was asked for, in ms since the epoch. */
  now: number
  boardUrl: string
  /** The board's images: the only hashes the worker reads from `assetDir`. */
  assets: ExportAsset[]
  assetDir: string
}

/** Why an export did not produce a file, as the worker tells it. */
export type ExportFailureKind =
  /** The format cannot serve the request as asked (ExportRefused: 400). */
  | 'refused'
  /** The board was written by a newer Werkraum (409). */
  | 'schema_too_new'
  /** The stored board does not load (500). */
  | 'unreadable'
  /** The format threw (500). */
  | 'failed'

/** The worker's answer to one request. */
export type ExportReply =
  | {
      id: number
      kind: 'export'
      ok: true
      body: Uint8Array
      ms: number
      /** Headers the format added: what it changed or left out (ExportJob.header). */
      headers: Record<string, string>
    }
  | {
      id: number
      kind: 'export'
      ok: false
      failure: ExportFailureKind
      code: string
      message: string
    }

/** Where an import comes from, as the main thread received it. */
export type ImportSource =
  /** A body of `POST /api/boards` larger than a plain create body: parsed in the worker. */
  | { type: 'createBody'; bytes: Uint8Array }
  /** The `import` of a small body, parsed on the main thread already. */
  | { type: 'boardJson'; value: unknown; title?: string }
  /** A `.werkraum` file sent to `POST /api/boards/import`. */
  | { type: 'werkraum'; bytes: Uint8Array; title?: string }

/** The limits an import is checked against (from the config). */
export interface ImportLimits {
  maxBoardItems: number
  importMaxBytes: number
  /** A body of `POST /api/boards` without `import` may not be larger. */
  plainBodyBytes: number
  assetMaxBytes: number
  boardQuotaBytes: number
  maxPixels: number
}

/** What the main thread hands the worker to build a new board from a file. */
export interface ImportRequest {
  id: number
  kind: 'import'
  source: ImportSource
  limits: ImportLimits
}

/** An image of an imported board, checked like an upload. */
export interface ImportedImage {
  hash: string
  mime: string
  size: number
  width: number
  height: number
  bytes: Uint8Array
}

/** The worker's answer to an import: the new board's initial state, or why not (an HTTP error). */
export type ImportReply =
  | {
      id: number
      kind: 'import'
      ok: true
      title: string
      state: Uint8Array
      elements: number
      images: ImportedImage[]
      missingImages: string[]
    }
  | {
      id: number
      kind: 'import'
      ok: false
      status: number
      code: string
      message: string
      details?: unknown
    }

/** Every request the worker takes, and every reply. */
export type WorkerRequest = ExportRequest | ImportRequest
export type WorkerReply = ExportReply | ImportReply
