type Rgb = [number, number, number]

interface Settings {
  fill?: string
  stroke?: string
  width?: number
  cap?: string
  join?: string
}

/**
 * Colour, opacity and line settings as the page's content stream has them, so each is written
 * only when it changes: a board of 10,000 notes in the same few colours would otherwise repeat
 * the same three operators for every shape (a larger file, and pdfkit's time). Follows PDF's own
 * save/restore stack; start a fresh one wherever the stream's state is not known.
 */
export class GraphicsState {
  readonly #doc: PDFKit.PDFDocument
  #now: Settings = {}
  readonly #saved: Settings[] = []

  constructor(doc: PDFKit.PDFDocument) {
    this.#doc = doc
  }

  save(): void {
    this.#doc.save()
    this.#saved.push({ ...this.#now })
  }

  restore(): void {
    this.#doc.restore()
    this.#now = this.#saved.pop() ?? {}
  }

  fill(rgb: Rgb, alpha: number): void {
    const key = `${rgb[0]},${rgb[1]},${rgb[2]},${alpha}`
    if (this.#now.fill === key) return
    this.#doc.fillColor(rgb, alpha)
    this.#now.fill = key
  }

  stroke(rgb: Rgb, alpha: number): void {
    const key = `${rgb[0]},${rgb[1]},${rgb[2]},${alpha}`
    if (this.#now.stroke === key) return
    this.#doc.strokeColor(rgb, alpha)
    this.#now.stroke = key
  }

  line(width: number, cap: 'butt' | 'round' | 'square', join: 'miter' | 'round' | 'bevel'): void {
    if (this.#now.width !== width) this.#doc.lineWidth(width)
    if (this.#now.cap !== cap) this.#doc.lineCap(cap)
    if (this.#now.join !== join) this.#doc.lineJoin(join)
    this.#now.width = width
    this.#now.cap = cap
    this.#now.join = join
  }
}
