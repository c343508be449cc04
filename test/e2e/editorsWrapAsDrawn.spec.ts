import { expect, test, type Page } from '@playwright/test'
import { TextBlockLines } from '../../shared/picture/text/textBlockLayout.ts'
import { TextLayoutCache } from '../../shared/picture/text/noteLayout.ts'
import { createNote } from '../../shared/ops/createNote.ts'
import { createText } from '../../shared/ops/createText.ts'
import { elementsMap } from '../../shared/schema/index.ts'
import { createBoard, syncedClient } from '../helpers/yclient.ts'
import { newPerson, useServer, waitConnected } from './journey.ts'

// Typing in place: the text field over a note or a text block wraps at the same words as the
// picture of it (the shared layout with Source Sans 3's metrics), so the words do not jump when
// editing ends.

const started = useServer()
const server = {
  get url(): string {
    return started.url
  },
  get wsUrl(): string {
    return started.url.replace(/^http/, 'ws')
  },
}

const NOTE_TEXTS = [
  'Größe der Bürgerbüros prüfen „bis Mai“',
  'Maßnahmen: Fußgängerüberweg, Öffnungszeiten, ẞ-Schreibweise und Kfz-Zulassung',
  'Wer pflegt das Ratsinformationssystem, wenn die Fachverfahrensbetreuung wechselt?',
]
const BLOCK_TEXT =
  'Agenda: Begrüßung, Rückblick auf die Straßenumfrage, Öffnungszeiten im Bürgerbüro, nächste Schritte'

/** Opens the element's text field and counts the lines it wraps the text into. */
async function fieldLines(page: Page, id: string): Promise<number> {
  await page.evaluate((id) => {
    const handle = (window as unknown as { __werkraum: { editor: { edit(id: string): void } } })
      .__werkraum
    handle.editor.edit(id)
  }, id)
  const field = page.locator('textarea.in-place-editor')
  await expect(field).toBeFocused()
  const lines = await field.evaluate((el: HTMLTextAreaElement) => {
    const style = getComputedStyle(el)
    const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom)
    // Shrunk to nothing, the field's scroll height is exactly its text's (plus padding).
    const height = el.style.height
    el.style.height = '0px'
    const content = el.scrollHeight - padding
    el.style.height = height
    // Line heights are fractional pixels: the count is the nearest whole number.
    return Math.round(content / parseFloat(style.lineHeight))
  })
  await page.keyboard.press('Escape')
  await expect(field).toHaveCount(0)
  return lines
}

test('the note and text block fields wrap where the picture wraps', async ({ browser }) => {
  const board = await createBoard(server, { title: 'Umbruch' })
  const client = await syncedClient(server, board.id, board.editToken)
  const notes = NOTE_TEXTS.map((text, i) =>
    createNote(client.doc, { x: 200 + i * 220, y: 200, text }),
  )
  const block = createText(client.doc, { x: 100, y: 400, w: 320, h: 48, text: BLOCK_TEXT })
  await client.until((d) => elementsMap(d).size === 4, 'the four elements')
  client.destroy()

  const page = await newPerson(browser)
  await page.goto(`${server.url}/b/${board.id}#${board.editToken}`)
  await waitConnected(page)
  await page.waitForFunction(
    () =>
      (window as unknown as { __werkraum?: { editor: { elements: readonly unknown[] } } })
        .__werkraum?.editor.elements.length === 4,
  )

  const layouts = new TextLayoutCache()
  for (const [i, id] of notes.entries()) {
    const drawn = layouts.get(NOTE_TEXTS[i]!, 180, 180).lines.length
    expect(drawn, NOTE_TEXTS[i]).toBeGreaterThan(1)
    expect(await fieldLines(page, id), NOTE_TEXTS[i]).toBe(drawn)
  }
  const drawnBlock = new TextBlockLines().get(BLOCK_TEXT, 320, 24).length
  expect(drawnBlock).toBeGreaterThan(2)
  expect(await fieldLines(page, block)).toBe(drawnBlock)
  await page.context().close()
})
