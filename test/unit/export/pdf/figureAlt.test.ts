import { describe, expect, it } from 'vitest'
import { FIGURE_ALT_MAX, figureAlt } from '../../../../server/export/pdf/figureAlt.ts'
import { pdfMessages } from '../../../../server/export/pdf/messages.ts'
import type { Picture, Primitive } from '../../../../shared/picture/primitives.ts'
import type { BoardElement } from '../../../../shared/schema/index.ts'

function element(id: string, meaning?: string): Primitive {
  return {
    kind: 'group',
    elementId: id,
    ...(meaning !== undefined ? { meaning } : {}),
    children: [{ kind: 'rect', x: 0, y: 0, w: 10, h: 10, fill: '#ffffff' }],
  }
}

const KINDS: Record<string, BoardElement['kind']> = {
  n1: 'note',
  n2: 'note',
  r1: 'role',
  a1: 'actor',
  c1: 'connector',
}

describe('figureAlt', () => {
  const picture: Picture = {
    bounds: { x: 0, y: 0, w: 100, h: 100 },
    items: [
      { kind: 'rect', x: 0, y: 0, w: 100, h: 100, fill: '#f5f5f5' },
      element('n1', 'Notiz: Wer pflegt die Daten?'),
      element('n2', 'Notiz: Budget klären'),
      { kind: 'group', children: [element('r1', 'Rolle: CDO, unbesetzt')] },
      element('a1', 'Akteur:in: Stadtwerke'),
      element('c1'),
      element('x9', 'Unbekannt'),
    ],
  }

  it('says what the picture shows, counted by kind, then what each element says', () => {
    expect(figureAlt('Rahmen „Rollen klären“', picture, (id) => KINDS[id], pdfMessages('de'))).toBe(
      'Rahmen „Rollen klären“ mit 2 Notizen, 1 Akteurskarte, 1 Rolle, 1 Verbindung und ' +
        '1 unbekannten Element. Notiz: Wer pflegt die Daten? Notiz: Budget klären. ' +
        'Rolle: CDO, unbesetzt. Akteur:in: Stadtwerke. Unbekannt.',
    )
  })

  it('speaks English when asked', () => {
    expect(figureAlt('Frame “Roles”', picture, (id) => KINDS[id], pdfMessages('en'))).toMatch(
      /^Frame “Roles” with 2 notes, 1 actor card, 1 role, 1 connector and 1 unknown element\. /,
    )
  })

  it('says an empty picture is empty', () => {
    const empty = { bounds: picture.bounds, items: [] }
    expect(figureAlt('Board „Leer“', empty, () => undefined, pdfMessages('de'))).toBe(
      'Board „Leer“, leer.',
    )
  })

  it(`stops at ${FIGURE_ALT_MAX} characters and says how many elements it left out`, () => {
    const many: Picture = {
      bounds: picture.bounds,
      items: Array.from({ length: 1000 }, (_, i) => element(`n${i}`, `Notiz: Gedanke Nummer ${i}`)),
    }
    const alt = figureAlt('Board „Voll“', many, () => 'note', pdfMessages('de'))
    expect(alt.length).toBeLessThanOrEqual(FIGURE_ALT_MAX)
    expect(alt).toMatch(/^Board „Voll“ mit 1000 Notizen\. Notiz: Gedanke Nummer 0\. /)
    const left = Number(/ und (\d+) weitere\.$/.exec(alt)?.[1])
    const told = alt.match(/Notiz: Gedanke Nummer/g)!.length
    expect(told + left).toBe(1000)
  })
})

describe('figureAlt of a frame page', () => {
  it('leaves the frame itself out: the subject already names it', () => {
    const picture: Picture = {
      bounds: { x: 0, y: 0, w: 100, h: 100 },
      items: [element('f1', 'Rahmen: Rollen'), element('n1', 'Notiz: A')],
    }
    const kinds: Record<string, BoardElement['kind']> = { f1: 'frame', n1: 'note' }
    expect(figureAlt('Rahmen „Rollen“', picture, (id) => kinds[id], pdfMessages('de'), 'f1')).toBe(
      'Rahmen „Rollen“ mit 1 Notiz. Notiz: A.',
    )
  })
})
