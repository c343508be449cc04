import { BoardImportError, type ImportErrorCode } from '../../../../shared/exchange/importError.ts'
import { sha256Hex } from '../../../../shared/exchange/werkraumFile.ts'
import {
  EXCALIDRAW_EXTENSION,
  EXCALIDRAW_MAX_CHARS,
  completeImages,
  importExcalidraw,
  type RefusalCode,
  type SkippedElement,
  type StoredPicture,
} from '../../../../shared/import/excalidraw/index.ts'
import type { AssetMime } from '../../../../shared/assets.ts'
import { t } from '../i18n/i18n.svelte.ts'
import type { ImportFileKind, ImportedImage } from './importFileKind.ts'

/** Largest file read as text: no more characters than the reader takes, at up to 4 bytes each. */
const EXCALIDRAW_MAX_BYTES = EXCALIDRAW_MAX_CHARS * 4

/** The import dialog's refusal codes (refusalText.ts) for the reader's. */
const REFUSALS: Record<RefusalCode, ImportErrorCode> = {
  too_large: 'import_too_large',
  too_deep: 'invalid_excalidraw_file',
  not_json: 'malformed_json',
  invalid: 'invalid_excalidraw_file',
}

/** Most skipped elements named one by one in the note after an import. */
const NAMED_MAX = 5

/** A picture's size in pixels, where the browser can decode it (never needed: readers fall back
 * to the size on the board). */
async function naturalSize(
  bytes: Uint8Array<ArrayBuffer>,
  mime: AssetMime,
): Promise<{ width?: number; height?: number }> {
  if (typeof createImageBitmap !== 'function') return {}
  try {
    const bitmap = await createImageBitmap(new Blob([bytes], { type: mime }))
    const size = { width: bitmap.width, height: bitmap.height }
    bitmap.close()
    return size
  } catch {
    // A picture the browser cannot decode: the server will refuse its upload and say so.
    return {}
  }
}

/** What did not come in, in the person's language. */
export function skippedNote(skipped: readonly SkippedElement[]): string[] {
  if (skipped.length === 0) return []
  const named = skipped
    .slice(0, NAMED_MAX)
    .map((s) => `${s.type}: ${t(`excalidraw.reason.${s.reason}`, { detail: s.detail ?? '' })}`)
    .join('; ')
  return [t('excalidraw.skipped', { count: skipped.length, list: named })]
}

/**
 * An Excalidraw drawing (`.excalidraw`): checked and converted by shared/import/excalidraw, its
 * embedded pictures hashed (so the images refer to what the upload will store) and carried for
 * upload; what Werkraum has no element for is named in `notes`.
 */
export const EXCALIDRAW_KIND: ImportFileKind = {
  id: 'excalidraw',
  extensions: [EXCALIDRAW_EXTENSION],
  label: 'import.kind.excalidraw',
  async read(file) {
    if (file.size > EXCALIDRAW_MAX_BYTES) {
      throw new BoardImportError(
        'import_too_large',
        `The file has ${file.size} bytes; at most ${EXCALIDRAW_MAX_BYTES} are read.`,
      )
    }
    const result = importExcalidraw(await file.text())
    if (!result.ok) {
      throw new BoardImportError(
        REFUSALS[result.code],
        result.problems[0]?.what ?? 'The file is not an Excalidraw drawing Werkraum can read.',
        result.problems.map((p) => ({ path: p.where, message: p.what })),
      )
    }
    const { conversion } = result
    const stored = new Map<string, StoredPicture>()
    const images = new Map<string, ImportedImage>()
    for (const picture of conversion.images) {
      const hash = await sha256Hex(picture.bytes)
      stored.set(picture.fileId, {
        hash,
        mime: picture.mime,
        ...(await naturalSize(picture.bytes, picture.mime)),
      })
      images.set(hash, { bytes: picture.bytes, mime: picture.mime })
    }
    const { elements } = completeImages(conversion.elements, conversion.images, stored)
    return {
      content: { elements, assignments: {}, conflictRules: {} },
      images,
      missingImages: [],
      notes: [
        ...skippedNote(conversion.skipped),
        ...(conversion.rotated > 0 ? [t('excalidraw.rotated', { count: conversion.rotated })] : []),
      ],
    }
  },
}
