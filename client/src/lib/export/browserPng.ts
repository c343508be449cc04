import { assetPath } from '../../../../shared/assets.ts'
import type { Locale } from '../../../../shared/vocabulary/label.ts'
import type { DescribeOptions } from '../../../../shared/picture/describe/board.ts'
import { PictureScopeError } from '../../../../shared/picture/describe/board.ts'
import type { Board } from '../model/board.svelte.ts'
import { effectiveScope, type ExportChoice } from './exportChoices.ts'
import { pictureToPng, PictureTooLargeError, type LoadImage } from './pictureToPng.ts'

/** What became of a PNG made in the browser. */
export type BrowserPngOutcome =
  | { ok: true; blob: Blob }
  /** The scope cannot be drawn (a frame or a selection that is gone): the server's 400. */
  | { ok: false; kind: 'refused'; message: string }
  /** Too large for this browser at this scale: the server draws it (lowering the scale). */
  | { ok: false; kind: 'tooLarge' }

/** Loads the board's images with the token as a bearer header, as the canvas does. */
function imageLoader(boardId: string, token: string): LoadImage {
  return async (hash) => {
    const response = await fetch(assetPath(boardId, hash), {
      headers: { authorization: `Bearer ${token}` },
    })
    if (!response.ok) return null
    return createImageBitmap(await response.blob())
  }
}

/**
 * A PNG of the chosen part of the board, drawn in the browser by the screen's own renderer from
 * the board as this person sees it now: the same picture the server draws, without a round trip
 * and without the server's export queue.
 */
export async function pngInBrowser(
  board: Board,
  choice: ExportChoice,
  access: { boardId: string; token: string },
): Promise<BrowserPngOutcome> {
  const language: Locale = choice.language
  const scope = effectiveScope(choice)
  const options: DescribeOptions = { scope, language }
  if (scope === 'frame' && choice.frame !== null) options.frame = choice.frame
  if (scope === 'selection') options.ids = choice.selection
  let picture
  try {
    picture = board.picture(options)
  } catch (err) {
    if (err instanceof PictureScopeError)
      return { ok: false, kind: 'refused', message: err.message }
    throw err
  }
  try {
    const blob = await pictureToPng(picture, {
      scale: choice.scale,
      background: choice.background,
      loadImage: imageLoader(access.boardId, access.token),
      language,
    })
    return { ok: true, blob }
  } catch (err) {
    if (err instanceof PictureTooLargeError) return { ok: false, kind: 'tooLarge' }
    throw err
  }
}
