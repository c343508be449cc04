/** What the renderer asks about an image: ready to draw, still loading, or failed for good. */
export type ImageState =
  { status: 'ready'; image: CanvasImageSource } | { status: 'loading' | 'failed' }

export interface ImageSource {
  /** The image with this asset hash; the first ask starts loading it. */
  get(hash: string): ImageState
}

/** The part of HTMLImageElement the cache uses (tests pass a stand-in). */
export interface LoadableImage {
  src: string
  decoding: 'sync' | 'async' | 'auto'
  onload: ((this: GlobalEventHandlers, ev: Event) => unknown) | null
  onerror: OnErrorEventHandler
}

const LOADING: ImageState = { status: 'loading' }
const FAILED: ImageState = { status: 'failed' }

/**
 * Decoded board images by asset hash, loaded once each from the same origin (the URL carries
 * the token: an image load cannot send headers). The canvas draws what is ready and a
 * placeholder for the rest; `onSettled` asks for a redraw when a load ends either way. A failed
 * load is not retried unless `forget` says it may work now (the image was copied to the board).
 */
export class ImageCache implements ImageSource {
  readonly #states = new Map<string, ImageState>()
  readonly #urlFor: (hash: string) => string
  readonly #onSettled: () => void
  readonly #create: () => LoadableImage

  constructor(
    urlFor: (hash: string) => string,
    onSettled: () => void,
    create: () => LoadableImage = () => new Image(),
  ) {
    this.#urlFor = urlFor
    this.#onSettled = onSettled
    this.#create = create
  }

  get(hash: string): ImageState {
    const known = this.#states.get(hash)
    if (known) return known
    this.#states.set(hash, LOADING)
    const image = this.#create()
    image.decoding = 'async'
    image.onload = () => {
      this.#states.set(hash, { status: 'ready', image: image as unknown as CanvasImageSource })
      this.#onSettled()
    }
    image.onerror = () => {
      this.#states.set(hash, FAILED)
      this.#onSettled()
    }
    image.src = this.#urlFor(hash)
    return LOADING
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
