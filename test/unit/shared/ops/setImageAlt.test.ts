import { describe, expect, it } from 'vitest'
import { createImage } from '../../../../shared/ops/createImage.ts'
import { setImageAlt } from '../../../../shared/ops/setImageAlt.ts'
import { readElement, getElement } from '../../../../shared/schema/index.ts'
import { IMAGE_ALT_MAX } from '../../../../shared/schema/image.ts'
import { opsFixture } from './fixture.ts'

const image = { asset: 'cd'.repeat(32), mime: 'image/png', width: 10, height: 10 } as const

describe('setImageAlt', () => {
  it('sets the alt text, and undo and redo bring back each version as one step', () => {
    const { doc, history, step } = opsFixture()
    const id = step(() => createImage(doc, { x: 0, y: 0, ...image, alt: 'Foto' }))
    const alt = (): unknown => {
      const el = readElement(id, getElement(doc, id))
      return el.kind === 'image' ? el.alt : null
    }
    expect(step(() => setImageAlt(doc, { id, alt: 'Marktplatz mit Brunnen' }))).toBe(true)
    expect(alt()).toBe('Marktplatz mit Brunnen')
    history.undo()
    expect(alt()).toBe('Foto')
    history.redo()
    expect(alt()).toBe('Marktplatz mit Brunnen')
  })

  it('cuts a very long text', () => {
    const { doc, step } = opsFixture()
    const id = step(() => createImage(doc, { x: 0, y: 0, ...image }))
    setImageAlt(doc, { id, alt: 'x'.repeat(IMAGE_ALT_MAX + 50) })
    expect(String(getElement(doc, id)?.get('alt')).length).toBe(IMAGE_ALT_MAX)
  })

  it('leaves other elements, missing ids and unchanged text alone', () => {
    const { doc, note, get, step } = opsFixture()
    const n = note(0, 0)
    expect(setImageAlt(doc, { id: n, alt: 'nope' })).toBe(false)
    expect(get(n, 'alt')).toBeUndefined()
    expect(setImageAlt(doc, { id: 'gone', alt: 'nope' })).toBe(false)
    const id = step(() => createImage(doc, { x: 0, y: 0, ...image, alt: 'same' }))
    expect(setImageAlt(doc, { id, alt: 'same' })).toBe(false)
  })
})
