import * as Y from 'yjs'
import type { AssetMime } from '../assets.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { randomId } from '../ids.ts'
import { elementsMap } from '../schema/doc.ts'
import { IMAGE_ALT_MAX, fitImageSize } from '../schema/image.ts'
import { zAboveAll } from './zOrder.ts'

export interface CreateImageInput {
  /** Centre of the new image in board units. */
  x: number
  y: number
  /** SHA-256 of the uploaded bytes, as the server answered. */
  asset: string
  mime: AssetMime
  /** Natural size in pixels. */
  width: number
  height: number
  alt?: string
  /** Longer side on the board at most this (board units); the picture is never enlarged past
   * its natural size except to stay grabbable. */
  maxSide?: number
  id?: string
}

/**
 * Places an uploaded image centred on (x, y), on top of everything else, scaled down to a
 * sensible size with its aspect ratio kept. Returns its id.
 */
export function createImage(
  doc: Y.Doc,
  input: CreateImageInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const id = input.id ?? randomId()
  const { w, h } = fitImageSize(input.width, input.height, input.maxSide)
  doc.transact(() => {
    const el = new Y.Map<unknown>()
    el.set('type', 'image')
    el.set('x', Math.round(input.x - w / 2))
    el.set('y', Math.round(input.y - h / 2))
    el.set('w', w)
    el.set('h', h)
    el.set('z', zAboveAll(doc))
    el.set('asset', input.asset)
    el.set('mime', input.mime)
    el.set('width', Math.round(input.width))
    el.set('height', Math.round(input.height))
    el.set('alt', (input.alt ?? '').slice(0, IMAGE_ALT_MAX))
    elementsMap(doc).set(id, el)
  }, origin)
  return id
}
