import { afterEach, describe, expect, test } from 'vitest'
import {
  textBoxOf,
  type ElementKind,
  type TextBox,
} from '../../../../client/src/lib/kinds/index.ts'
import { labelPosition } from '../../../../shared/geometry/polyline.ts'
import { shapeLabelBox } from '../../../../shared/picture/describe/shape.ts'
import { TextLayoutCache } from '../../../../shared/picture/text/noteLayout.ts'
import { updateConnector } from '../../../../shared/ops/index.ts'
import {
  ACTOR_NAME_MAX,
  CONNECTOR_LABEL_MAX,
  FRAME_TITLE_MAX,
  NOTE_COLORS,
  type BoardElement,
} from '../../../../shared/schema/index.ts'
import { everyKind, type EveryKind } from './fixture.ts'

let made: EveryKind | null = null
afterEach(() => {
  made?.board.destroy()
  made = null
})

/** The board of every kind, and each kind's text box with the element it is for. */
function boxes(): {
  fixture: EveryKind
  box: (kind: ElementKind) => { el: BoardElement; box: TextBox<BoardElement> }
  env: { connectorPath: EveryKind['board']['connectors']['path'] }
} {
  const fixture = everyKind()
  made = fixture
  const box = (kind: ElementKind) => {
    const el = fixture.get(kind)
    const found = textBoxOf(el)
    if (!found) throw new Error(`${kind} has no text box`)
    return { el, box: found }
  }
  return { fixture, box, env: { connectorPath: (c) => fixture.board.connectors.path(c) } }
}

describe('a note’s text in place', () => {
  test('sits on the note, on its colour, and shrinks its font as the picture does', () => {
    const { box, env } = boxes()
    const { el, box: note } = box('note')
    const short = note.layout(el, 'Kurz', env)
    expect(short.rect).toEqual({ x: el.x, y: el.y, w: el.w, h: el.h })
    expect(short.background).toBe(NOTE_COLORS.blue)
    expect(short.align).toBe('center')
    const long = 'Wer pflegt das Ratsinformationssystem, wenn die Betreuung wechselt? '.repeat(4)
    const drawn = new TextLayoutCache().get(long, el.w, el.h)
    expect(note.layout(el, long, env).fontSize).toBe(drawn.fontSize)
    expect(drawn.fontSize).toBeLessThan(short.fontSize)
    expect(note.read(el)).toBe('Bürgerbüro')
    expect(note.caret).toBe('end')
    expect(note.enterEnds).toBe(false)
  })
})

describe('text blocks, labels and titles in place', () => {
  test('a text block’s field is the block at its font size and alignment, and grows', () => {
    const { box, env } = boxes()
    const { el, box: text } = box('text')
    expect(text.layout(el, 'x', env)).toMatchObject({
      rect: { x: el.x, y: el.y, w: el.w, h: el.h },
      fontSize: 24,
      align: 'left',
    })
    expect(text.grows).toBe(true)
    expect(text.label(el)).toBe('editor.textLabel')
  })

  test('a shape’s label is typed in the box its label is drawn in, centred', () => {
    const { box, env } = boxes()
    const { el, box: shape } = box('shape')
    if (el.kind !== 'shape') throw new Error('not a shape')
    expect(shape.layout(el, 'Ziel', env)).toMatchObject({
      rect: shapeLabelBox(el),
      fontSize: 20,
      align: 'center',
    })
    expect(shape.grows).toBe(false)
  })

  test('a frame’s title is typed in its title band, and Enter ends it', () => {
    const { box, env } = boxes()
    const { el, box: frame } = box('frame')
    expect(frame.layout(el, 'Agenda', env)).toMatchObject({
      rect: { x: el.x, y: el.y, w: el.w, h: 40 },
      fontSize: 20,
      fontWeight: 600,
    })
    // A flat frame's band is half its height, and the font shrinks into it.
    const flat = { ...el, h: 30 }
    expect(frame.layout(flat, 'Agenda', env)).toMatchObject({ rect: { h: 15 }, fontSize: 10.5 })
    expect(frame.enterEnds).toBe(true)
    expect(frame.maxLength(el)).toBe(FRAME_TITLE_MAX)
  })

  test('a connector’s label is typed around the middle of its path, as wide as it needs', () => {
    const { box, env, fixture } = boxes()
    const { el, box: label } = box('connector')
    if (el.kind !== 'connector') throw new Error('not a connector')
    const at = labelPosition(fixture.board.connectors.path(el)!.points)
    const short = label.layout(el, 'meldet', env).rect
    expect(short.x + short.w / 2).toBeCloseTo(at.x)
    expect(short.y + short.h / 2).toBeCloseTo(at.y)
    expect(short.w).toBe(160)
    expect(label.layout(el, 'meldet die Änderung an das Bürgeramt', env).rect.w).toBeGreaterThan(
      160,
    )
    expect(label.maxLength(el)).toBe(CONNECTOR_LABEL_MAX)
  })
})

describe('a card’s name in place', () => {
  test('is one phrase over the card’s title lines, named as title or name', () => {
    const { box, env } = boxes()
    for (const kind of ['actor', 'role', 'person'] as const) {
      const { el, box: name } = box(kind)
      const { rect } = name.layout(el, 'x', env)
      expect(rect.x).toBeGreaterThan(el.x)
      expect(rect.y).toBeGreaterThan(el.y)
      expect(rect.x + rect.w).toBeLessThanOrEqual(el.x + el.w)
      expect(rect.y + rect.h).toBeLessThanOrEqual(el.y + el.h)
      expect(name.oneLine && name.enterEnds).toBe(true)
      // The list view edits the name too, in a field named as on the canvas.
      expect(name.list?.fieldLabel).toBe(name.label(el))
      expect(name.list?.buttonKind(el)).toBe(kind)
      if (el.kind === 'person') {
        // An org unit's buttons say so: "Org.-Einheit „IT-Abteilung“ löschen".
        expect(name.list?.buttonKind({ ...el, personKind: 'orgUnit' })).toBe('orgUnit')
      }
      expect(name.label(el)).toBe(kind === 'role' ? 'card.titleEditor' : 'card.nameEditor')
    }
    const { el: actor, box: name } = box('actor')
    expect(name.read(actor)).toBe('Stadtwerke')
    expect(name.maxLength(actor)).toBe(ACTOR_NAME_MAX)
  })
})

describe('the list view’s text fields', () => {
  test('name the field as on the canvas and the buttons by kind', () => {
    const { box, fixture } = boxes()
    const { el: note, box: noteText } = box('note')
    expect(noteText.list?.buttonKind(note)).toBeNull()
    expect(noteText.list?.empty).toBe('list.emptyNote')
    const { el: shape, box: shapeText } = box('shape')
    expect(shapeText.list?.buttonKind(shape)).toBe('shape')
    expect(shapeText.list?.fieldLabel).toBe('editor.shapeLabel')
    const { el: arrow, box: connectorText } = box('connector')
    expect(connectorText.list?.buttonKind(arrow)).toBe('connector')
    updateConnector(fixture.doc, { id: fixture.ids.connector, endArrowhead: 'none' })
    expect(connectorText.list?.buttonKind(fixture.get('connector'))).toBe('line')
  })
})
