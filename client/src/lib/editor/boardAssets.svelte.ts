import { createImage } from '../../../../shared/ops/createImage.ts'
import { fitImageSize } from '../../../../shared/schema/image.ts'
import { ASSET_HASH_PATTERN, type AssetMime } from '../../../../shared/assets.ts'
import type { ElementSnapshot } from '../../../../shared/ops/elementSnapshot.ts'
import {
  copyAsset,
  fetchAsset,
  uploadAsset,
  type UploadFailure,
  type UploadResult,
} from '../api/assets.ts'
import { viewCenter } from '../geometry/camera.ts'
import type { Board } from '../model/board.svelte.ts'
import type { Session } from './session.svelte.ts'
import type { Point } from '../geometry/geometry.ts'
import { Listeners } from '../listeners.ts'

/** What the person is told after an upload: a failure (named by file) or success. */
export type ImageNotice =
  { kind: 'failed'; reason: UploadFailure; name: string } | { kind: 'inserted'; count: number }

/** Space between images dropped or picked together, in board units. */
const GAP = 24
/** Uploads this page runs at once: below the server's per-address limit (4 by default), so
 * dropping twenty files queues them here instead of being refused there. */
export const UPLOADS_AT_ONCE = 2

type Upload = (boardId: string, token: string, file: Blob) => Promise<UploadResult>
type FetchBytes = (boardId: string, token: string, hash: string) => Promise<Blob | null>
type Copy = (
  boardId: string,
  token: string,
  hash: string,
  from: { board: string; token: string },
) => Promise<boolean>

export interface BoardAssetsOptions {
  upload?: Upload
  copy?: Copy
  fetchBytes?: FetchBytes
  /** The token this browser holds for another board ("Meine Boards"), if any. */
  tokenFor?: (boardId: string) => string | undefined
}

/**
 * A board's images as the page sees them: how to load one (fetched with the token in a header,
 * so no URL carries it) and how to put new ones on the board (upload, then one
 * createImage per file, side by side around a point, selected afterwards).
 */
export class BoardAssets {
  /** The last outcome to tell the person about; null when there is nothing to say. */
  notice = $state<ImageNotice | null>(null)
  /** Uploads under way. */
  uploading = $state(0)

  readonly #boardId: string
  readonly #token: string
  readonly #upload: Upload
  readonly #copy: Copy
  readonly #fetchBytes: FetchBytes
  readonly #tokenFor: (boardId: string) => string | undefined
  readonly #onCopied = new Listeners<[hash: string]>()

  constructor(boardId: string, token: string, options: BoardAssetsOptions = {}) {
    this.#boardId = boardId
    this.#token = token
    this.#upload = options.upload ?? uploadAsset
    this.#copy = options.copy ?? copyAsset
    this.#fetchBytes = options.fetchBytes ?? fetchAsset
    this.#tokenFor = options.tokenFor ?? (() => undefined)
  }

  get boardId(): string {
    return this.#boardId
  }

  /** Called with each hash this board gained from another board, so a failed load is retried. */
  onCopied(listener: (hash: string) => void): () => void {
    return this.#onCopied.add(listener)
  }

  /**
   * After elements copied from board `from` were pasted here: asks the server to let this board
   * show their images too, with the token this browser holds for `from`. Without such a token
   * (someone else's clipboard) the images stay placeholders. Returns the hashes now shown.
   */
  async adoptCopied(from: string | null, elements: readonly ElementSnapshot[]): Promise<string[]> {
    if (from === null || from === this.#boardId) return []
    const token = this.#tokenFor(from)
    const hashes: string[] = []
    for (const { data } of elements) {
      const hash = data.type === 'image' ? data.asset : undefined
      if (typeof hash === 'string' && ASSET_HASH_PATTERN.test(hash) && !hashes.includes(hash)) {
        hashes.push(hash)
      }
    }
    if (token === undefined || hashes.length === 0) return []
    const copied: string[] = []
    for (const hash of hashes) {
      if (await this.#copy(this.#boardId, this.#token, hash, { board: from, token })) {
        copied.push(hash)
        this.#onCopied.emit(hash)
      }
    }
    return copied
  }

  /** An image's bytes, fetched with the token in a header (never in a URL); null if none. */
  bytes(hash: string): Promise<Blob | null> {
    return this.#fetchBytes(this.#boardId, this.#token, hash)
  }

  dismiss(): void {
    this.notice = null
  }

  /** Uploads an image's bytes (one that came inside an imported file) without placing it. */
  uploadBytes(bytes: Uint8Array, mime: AssetMime): Promise<UploadResult> {
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime })
    return this.#upload(this.#boardId, this.#token, blob)
  }

  /**
   * Uploads the files and places each that the server took at `at` (board units; the middle of
   * the view when omitted). `named`: the file names become the alt text (a picked or dropped
   * file is usually named for what it shows; a pasted one is "image.png"). Returns the ids.
   */
  async insertFiles(
    editor: { board: Board; session: Session },
    files: readonly File[],
    options: { at?: Point; named?: boolean } = {},
  ): Promise<string[]> {
    if (!editor.board.canEdit || files.length === 0) return []
    const at = options.at ?? viewCenter(editor.session.camera, editor.session.viewport)
    this.notice = null
    this.uploading += files.length
    const results = await inTurns(files, UPLOADS_AT_ONCE, async (file) => {
      try {
        return await this.#upload(this.#boardId, this.#token, file)
      } finally {
        this.uploading--
      }
    })
    const placed: { file: File; result: Extract<UploadResult, { ok: true }> }[] = []
    results.forEach((result, i) => {
      const file = files[i]!
      if (result.ok) placed.push({ file, result })
      else this.notice = { kind: 'failed', reason: result.reason, name: file.name }
    })
    if (placed.length === 0) return []
    // In a row, centred on the point, each at the size createImage will give it.
    const widths = placed.map(
      ({ result }) => fitImageSize(result.asset.width, result.asset.height).w,
    )
    const total = widths.reduce((sum, w) => sum + w, 0) + GAP * (placed.length - 1)
    const board = editor.board
    const ids = board.step(() => {
      let left = at.x - total / 2
      return placed.flatMap(({ file, result }, i) => {
        const { hash, mime, width, height } = result.asset
        const w = widths[i]!
        const id = board.run(createImage, {
          x: left + w / 2,
          y: at.y,
          asset: hash,
          mime,
          width,
          height,
          alt: options.named ? altFromName(file.name) : '',
        })
        left += w + GAP
        return id ?? []
      })
    })
    editor.session.select(ids)
    if (this.notice === null) this.notice = { kind: 'inserted', count: ids.length }
    return ids
  }
}

/** `work` for every item, at most `atOnce` at a time; the results in the items' order. */
async function inTurns<T, R>(
  items: readonly T[],
  atOnce: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await work(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker))
  return results
}

/** "Rathaus-Süd_2024.jpg" → "Rathaus-Süd 2024". */
export function altFromName(name: string): string {
  return name
    .replace(/\.[a-z0-9]{2,5}$/i, '')
    .replace(/[_]+/g, ' ')
    .trim()
}

/** The image files among what was dropped or pasted. */
export function imageFiles(data: DataTransfer | null): File[] {
  if (!data) return []
  return [...data.files].filter((file) => file.type.startsWith('image/'))
}
