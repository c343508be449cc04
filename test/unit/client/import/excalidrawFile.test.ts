import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import {
  excalidrawReport,
  isExcalidrawFile,
  prepareExcalidraw,
  type UploadPicture,
} from '../../../../client/src/lib/import/excalidrawFile.ts'
import { i18n } from '../../../../client/src/lib/i18n/i18n.svelte.ts'

const sample = (name: string) =>
  new Blob([
    readFileSync(fileURLToPath(new URL(`../../../fixtures/excalidraw/${name}`, import.meta.url))),
  ])

const HASH = 'b'.repeat(64)

function uploader(ok: boolean) {
  const sent: Blob[] = []
  const upload: UploadPicture = async (picture) => {
    sent.push(picture)
    return ok
      ? { ok: true, asset: { hash: HASH, url: '/a', mime: 'image/png', width: 1, height: 1 } }
      : { ok: false, reason: 'boardFull' }
  }
  return { upload, sent }
}

describe('an Excalidraw file for the open board', () => {
  test('is told apart by its name', () => {
    expect(isExcalidrawFile({ name: 'Skizze.EXCALIDRAW' })).toBe(true)
    expect(isExcalidrawFile({ name: 'board.werkraum' })).toBe(false)
  })

  test('uploads each picture once and completes its images', async () => {
    const { upload, sent } = uploader(true)
    const prepared = await prepareExcalidraw(sample('images.excalidraw'), upload)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.type).toBe('image/png')
    expect(prepared.ok && prepared.elements.filter((e) => e.data.asset === HASH)).toHaveLength(2)
    expect(prepared.ok && prepared.picturesNotUploaded).toBe(0)
  })

  test('names what did not come in, in the person’s language', async () => {
    i18n.setLocale('de')
    const { upload } = uploader(false)
    const prepared = await prepareExcalidraw(sample('images.excalidraw'), upload)
    expect(prepared.ok && prepared.elements.map((e) => e.data.type)).toEqual(['connector'])
    expect(excalidrawReport(prepared)).toEqual([
      '2 Elemente aus der Excalidraw-Datei wurden nicht übernommen: image: Bilder vom Typ image/svg+xml nimmt ein Board nicht an (nur PNG, JPEG, WebP, GIF); image: die Bilddatei file-missing fehlt in der Datei',
      '2 Bilder konnten nicht hochgeladen werden und fehlen.',
    ])
  })

  test('a refused file uploads nothing and says what is wrong where', async () => {
    i18n.setLocale('en')
    const { upload, sent } = uploader(true)
    const bad = JSON.stringify({
      type: 'excalidraw',
      elements: [{ id: 'a', type: 'rectangle', x: 0, y: 'top', width: 1, height: 1 }],
      files: { p: { mimeType: 'image/png', dataURL: 'data:image/png;base64,iVBORw0KGgo=' } },
    })
    const prepared = await prepareExcalidraw(new Blob([bad]), upload)
    expect(sent).toHaveLength(0)
    expect(excalidrawReport(prepared)).toEqual([
      expect.stringMatching(
        /^The Excalidraw file was not taken in, nothing was inserted: elements\[0\]\.y: /,
      ),
    ])
    i18n.setLocale('de')
  })

  test('nothing to say when everything came in', async () => {
    const prepared = await prepareExcalidraw(sample('arrows.excalidraw'), uploader(true).upload)
    expect(excalidrawReport(prepared)).toEqual([])
  })
})
