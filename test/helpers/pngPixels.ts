// A PNG read back as a viewer reads it: decoded to RGBA pixels by resvg (its binary comes in
// its npm package), for tests that check what an exported picture shows.
import { Resvg } from '@resvg/resvg-js'

/** Width and height from a PNG's header. */
export function pngHeaderSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** The RGBA pixels of a PNG, decoded by drawing it alone at its own size. */
export function decodePng(png: Uint8Array): { width: number; height: number; pixels: Buffer } {
  const { width, height } = pngHeaderSize(png)
  const data = Buffer.from(png.buffer, png.byteOffset, png.byteLength).toString('base64')
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<image width="${width}" height="${height}" href="data:image/png;base64,${data}"/></svg>`
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render()
  return { width, height, pixels: image.pixels }
}

/** How many pixels have exactly the colour `rgb` (a hex string such as `#fff3a3`). */
export function pixelsOfColour(pixels: Uint8Array, rgb: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(rgb.slice(at, at + 2), 16))
  let count = 0
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) count++
  }
  return count
}
