import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import * as Y from 'yjs'
import { EXCALIDRAW_KIND } from '../../../../client/src/lib/exchange/excalidrawKind.ts'
import { acceptedExtensions, kindOf } from '../../../../client/src/lib/exchange/fileKinds.ts'
import { i18n } from '../../../../client/src/lib/i18n/i18n.svelte.ts'
import { BoardImportError } from '../../../../shared/exchange/importError.ts'
import { planImport, writeImportSlice } from '../../../../shared/exchange/importIntoBoard.ts'
import { elementsMap, readElement } from '../../../../shared/schema/index.ts'

const sample = (name: string) =>
  new File(
    [readFileSync(fileURLToPath(new URL(`../../../fixtures/excalidraw/${name}`, import.meta.url)))],
    name,
  )

async function refusal(file: File): Promise<BoardImportError> {
  try {
    await EXCALIDRAW_KIND.read(file)
  } catch (err) {
    if (err instanceof BoardImportError) return err
    throw err
  }
  throw new Error('the file was accepted')
}

describe('the Excalidraw kind of the board’s Importieren', () => {
  test('is offered by the file picker and chosen by the name', () => {
    expect(acceptedExtensions()).toContain('.excalidraw')
    expect(kindOf({ name: 'Skizze.Excalidraw' })).toBe(EXCALIDRAW_KIND)
  })

  test('carries each picture under its SHA-256, which its images name', async () => {
    const read = await EXCALIDRAW_KIND.read(sample('images.excalidraw'))
    expect(read.images.size).toBe(1)
    const [hash, image] = [...read.images][0] as [string, { bytes: Uint8Array; mime: string }]
    expect(hash).toBe(createHash('sha256').update(image.bytes).digest('hex'))
    expect(image.mime).toBe('image/png')
    const shown = read.content.elements.filter((e) => e.data.type === 'image')
    expect(shown.map((e) => e.data.asset)).toEqual([hash, hash])
    expect(read.missingImages).toEqual([])
  })

  test('names what did not come in, in the person’s language', async () => {
    i18n.setLocale('de')
    const read = await EXCALIDRAW_KIND.read(sample('images.excalidraw'))
    expect(read.notes).toEqual([
      'Nicht übernommen aus der Excalidraw-Datei (2): image: Bilder vom Typ image/svg+xml nimmt ein Board nicht an (nur PNG, JPEG, WebP, GIF); image: die Bilddatei file-missing fehlt in der Datei',
    ])
    expect((await EXCALIDRAW_KIND.read(sample('arrows.excalidraw'))).notes).toEqual([])
  })

  test('its content goes into a board through the import plan with bindings intact', async () => {
    const read = await EXCALIDRAW_KIND.read(sample('arrows.excalidraw'))
    const plan = planImport(read.content, { center: { x: 0, y: 0 }, above: null })
    const doc = new Y.Doc()
    writeImportSlice(doc, { plan, slice: [0, plan.elements.length] }, null)
    const els = plan.ids.map((id) => readElement(id, elementsMap(doc).get(id)))
    expect(els.every((el) => el.kind !== 'unknown')).toBe(true)
    const arrow = els.find((el) => el.kind === 'connector' && el.text === 'liefert')
    expect(arrow).toMatchObject({
      from: { elementId: plan.ids[0] },
      to: { elementId: plan.ids[1] },
    })
  })

  test('a bad file is refused with a code the dialog words and the place in the file', async () => {
    const bad = JSON.stringify({ type: 'excalidraw', elements: [{ id: 'a', type: 'ellipse' }] })
    const err = await refusal(new File([bad], 'b.excalidraw'))
    expect(err.code).toBe('invalid_excalidraw_file')
    expect(err.problems[0]).toEqual({ path: 'elements[0].x', message: expect.any(String) })
    expect((await refusal(new File(['{'], 'c.excalidraw'))).code).toBe('malformed_json')
  })
})
