import type { UploadResult } from '../api/assets.ts'
import { t } from '../i18n/i18n.svelte.ts'
import type { UploadAssetResponse } from '../../../../shared/assets.ts'
import type { ElementSnapshot } from '../../../../shared/ops/elementSnapshot.ts'
import type { Rect } from '../../../../shared/geometry/types.ts'
import {
  EXCALIDRAW_EXTENSION,
  EXCALIDRAW_MAX_CHARS,
  completeImages,
  importExcalidraw,
  type ImportProblem,
  type SkippedElement,
} from '../../../../shared/import/excalidraw/index.ts'

/** Uploads one picture to the open board (`uploadAsset` with its board and token). */
export type UploadPicture = (picture: Blob) => Promise<UploadResult>

/** An Excalidraw file made ready for the board, or why it cannot come in. */
export type PreparedExcalidraw =
  | {
      ok: true
      /** Bottom to top, local ids: insert them in one step (ids are remapped then). */
      elements: ElementSnapshot[]
      /** The box around them in the file's coordinates, to centre them in the view. */
      bounds: Rect | null
      skipped: SkippedElement[]
      /** How many images were left out because their picture did not upload. */
      picturesNotUploaded: number
    }
  | { ok: false; problems: ImportProblem[] }

/** Whether a chosen file is an Excalidraw file, by its name (browsers give it no type of its own). */
export function isExcalidrawFile(file: { name: string }): boolean {
  return file.name.toLowerCase().endsWith(EXCALIDRAW_EXTENSION)
}

/**
 * Reads and converts an `.excalidraw` file, then uploads its pictures, one after another (the
 * server counts them against the board's quota). A file that is refused uploads nothing; a
 * picture the server refuses leaves its images out and is counted.
 */
export async function prepareExcalidraw(
  file: Blob,
  upload: UploadPicture,
): Promise<PreparedExcalidraw> {
  // Checked before reading, so a huge file is never read into memory as text: a character is
  // at most 4 bytes, so more bytes than that are surely too many characters.
  if (file.size > EXCALIDRAW_MAX_CHARS * 4) {
    return {
      ok: false,
      problems: [
        { where: '', what: `The file is larger than ${EXCALIDRAW_MAX_CHARS / 1024 / 1024} MiB.` },
      ],
    }
  }
  const result = importExcalidraw(await file.text())
  if (!result.ok) return result
  const { conversion } = result
  const uploaded = new Map<string, UploadAssetResponse | null>()
  for (const image of conversion.images) {
    const outcome = await upload(new Blob([image.bytes], { type: image.mime }))
    uploaded.set(image.fileId, outcome.ok ? outcome.asset : null)
  }
  const { elements, missing } = completeImages(conversion.elements, conversion.images, uploaded)
  const notUploaded = conversion.images
    .filter((image) => missing.includes(image.fileId))
    .reduce((n, image) => n + image.elementIds.length, 0)
  return {
    ok: true,
    elements,
    bounds: conversion.bounds,
    skipped: conversion.skipped,
    picturesNotUploaded: notUploaded,
  }
}

/** Most problems or skipped elements named in one message. */
const NAMED_MAX = 5

/**
 * What the person reads after an Excalidraw import: why a file was refused (what and where), or
 * what did not come in. Empty when everything came in.
 */
export function excalidrawReport(prepared: PreparedExcalidraw): string[] {
  if (!prepared.ok) {
    const list = prepared.problems
      .slice(0, NAMED_MAX)
      .map((p) => (p.where ? `${p.where}: ${p.what}` : p.what))
      .join('; ')
    return [t('excalidraw.refused', { problems: list })]
  }
  const lines: string[] = []
  if (prepared.skipped.length > 0) {
    const named = prepared.skipped
      .slice(0, NAMED_MAX)
      .map((s) => `${s.type}: ${t(`excalidraw.reason.${s.reason}`, { detail: s.detail ?? '' })}`)
      .join('; ')
    lines.push(t('excalidraw.skipped', { count: prepared.skipped.length, list: named }))
  }
  if (prepared.picturesNotUploaded > 0) {
    lines.push(t('excalidraw.picturesNotUploaded', { count: prepared.picturesNotUploaded }))
  }
  return lines
}
