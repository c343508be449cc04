import type { ExportOptions } from '../../shared/export/options.ts'
import type { StoredDocument } from '../store/BoardStore.ts'
import type { ExportAsset } from './formats.ts'

/** What the main thread hands the export worker: the stored board and what to make of it. */
export interface ExportRequest {
  id: number
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
      ok: true
      body: Uint8Array
      ms: number
      /** Headers the format added: what it changed or left out (ExportJob.header). */
      headers: Record<string, string>
    }
  | { id: number; ok: false; kind: ExportFailureKind; code: string; message: string }
