/** What the renderer asks about an image: ready to draw, still loading, or failed for good. */
export type ImageState =
  { status: 'ready'; image: CanvasImageSource } | { status: 'loading' | 'failed' }

export interface ImageSource {
  /** The image with this asset hash; the first ask starts loading it. */
  get(hash: string): ImageState
}

/** Fetches an image's bytes (null when the server has none for this board). */
export type FetchImage = (hash: string) => Promise<Blob | null>
/** Turns fetched bytes into something the canvas draws; throws when they are no image. */
export type DecodeImage = (bytes: Blob) => Promise<CanvasImageSource>

const FAILED: ImageState = { status: 'failed' }

/** The browser's decoder, off the main thread. The bytes come from this origin, so the canvas
 * stays readable (not tainted). */
const decodeBitmap: DecodeImage = (bytes) => createImageBitmap(bytes)

/**
 * Decoded board images by asset hash, each fetched once with the board's token in a header,
 * never in the URL (URLs end up in proxy logs and browser history), then decoded from the
 * bytes. The canvas draws what is ready and a placeholder for the rest; `onSettled` asks for a
 * redraw when a load ends either way. A failed load is not retried unless `forget` says it may
 * work now (the image was copied to the board).
 */
export class ImageCache implements ImageSource {
  readonly #states = new Map<string, ImageState>()
  readonly #fetch: FetchImage
  readonly #onSettled: () => void
  readonly #decode: DecodeImage

  constructor(fetchImage: FetchImage, onSettled: () => void, decode: DecodeImage = decodeBitmap) {
    this.#fetch = fetchImage
    this.#onSettled = onSettled
    this.#decode = decode
  }

  get(hash: string): ImageState {
    const known = this.#states.get(hash)
    if (known) return known
    // One object per load, so a load outdated by `forget` knows it is.
    const loading: ImageState = { status: 'loading' }
    this.#states.set(hash, loading)
    void this.#load(hash, loading)
    return loading
  }

  async #load(hash: string, loading: ImageState): Promise<void> {
    let state = FAILED
    try {
      const bytes = await this.#fetch(hash)
      if (bytes) state = { status: 'ready', image: await this.#decode(bytes) }
    } catch {
      // No connection, or bytes no decoder takes: a placeholder, like a missing image.
    }
    // A `forget` while loading started a fresh load or none; this result is stale either way.
    if (this.#states.get(hash) !== loading) return
    this.#states.set(hash, state)
    this.#onSettled()
  }

  /** Forgets a hash (a load that failed may work now); the next ask loads it again. */
  forget(hash: string): void {
    this.#states.delete(hash)
  }

  /** Images known so far, for tests and diagnostics. */
  get size(): number {
    return this.#states.size
  }
}
