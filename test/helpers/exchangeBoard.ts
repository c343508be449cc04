// A board with one of everything an export must carry: every element type, the domain (actors,
// a relation, roles, people, assignments, a conflict rule), an image, keys no version knows
// (a plain one, a nested map, a list), and umlauts. Written with plain Yjs, as any client could.
import * as Y from 'yjs'

function element(keys: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(keys)) map.set(key, value)
  return map
}

function text(value: string): Y.Text {
  const t = new Y.Text()
  t.insert(0, value)
  return t
}

/**
 * Writes the board into `doc` in one transaction; `imageHash` is the image element's asset.
 * `withTitle: false` leaves the title alone, for a client of the realtime server, which refuses
 * a client's title (create the board with the title instead).
 */
export function writeFullBoard(
  doc: Y.Doc,
  imageHash: string,
  origin: unknown = null,
  { withTitle = true }: { withTitle?: boolean } = {},
): void {
  doc.transact(() => {
    const meta = doc.getMap('meta')
    if (withTitle) meta.set('title', 'Rollenklärung Grünstadt')
    meta.set('createdAt', '2026-11-02T09:00:00.000Z')
    meta.set('maxRolesPerPerson', 2)
    const elements = doc.getMap('elements')
    const base = (x: number, z: string) => ({ x, y: 40, w: 180, h: 120, z })
    elements.set(
      'frame1',
      element({ type: 'frame', ...base(-100, 'a0'), w: 2000, h: 900, text: text('Ökosystem') }),
    )
    elements.set(
      'note1',
      element({
        type: 'note',
        ...base(0, 'a1'),
        color: 'yellow',
        text: text('Übergabe „Straße“ – 5 €\nzweite Zeile'),
        future: { nested: [1, 'zwei'] },
      }),
    )
    elements.set(
      'shape1',
      element({
        type: 'shape',
        ...base(200, 'a2'),
        shape: 'diamond',
        fill: 'teal',
        stroke: 'blue',
        strokeWidth: 4,
        strokeStyle: 'dashed',
        text: text('Raute'),
      }),
    )
    elements.set(
      'text1',
      element({
        type: 'text',
        ...base(400, 'a3'),
        fontSize: 36,
        color: 'red',
        align: 'center',
        text: text('Überschrift'),
      }),
    )
    elements.set(
      'stroke1',
      element({
        type: 'stroke',
        ...base(600, 'a4'),
        points: [0, 0, 0.5, 10, 12, 0.6, 20, 5, 0.4],
        color: 'green',
        width: 8,
        pressure: true,
      }),
    )
    elements.set(
      'image1',
      element({
        type: 'image',
        ...base(800, 'a5'),
        asset: imageHash,
        mime: 'image/png',
        width: 4,
        height: 3,
        alt: 'Stadtplan',
      }),
    )
    elements.set(
      'actor1',
      element({
        type: 'actor',
        ...base(0, 'a6'),
        text: text('Bürgeramt'),
        category: 'administration',
        ring: 'administration',
        field: 'digitalAdministration',
        placement: 'manual',
        note: text('zuständig'),
      }),
    )
    elements.set(
      'actor2',
      element({
        type: 'actor',
        ...base(300, 'a7'),
        text: text('Stadtwerke'),
        category: 'custom',
        customCategory: 'Eigenbetrieb',
        groupId: 'g1',
      }),
    )
    elements.set(
      'rel1',
      element({
        type: 'connector',
        x: 180,
        y: 100,
        w: 120,
        h: 1,
        z: 'a8',
        from: { elementId: 'actor1', anchor: 'auto', x: 180, y: 100 },
        to: { elementId: 'actor2', anchor: { x: 0, y: 0.5 } },
        routing: 'elbow',
        startArrowhead: 'none',
        endArrowhead: 'arrow',
        stroke: 'violet',
        strokeWidth: 2,
        strokeStyle: 'solid',
        relationKind: 'suppliesDataTo',
        text: text('liefert'),
      }),
    )
    elements.set(
      'role1',
      element({
        type: 'role',
        ...base(0, 'a9'),
        text: text('Datenschutzbeauftragte'),
        catalogueId: 'dataProtectionOfficer',
        group: 'protection',
        description: text('berät'),
      }),
    )
    elements.set(
      'role2',
      element({ type: 'role', ...base(300, 'aA'), text: text('IT-Leitung'), catalogueId: 'cio' }),
    )
    elements.set(
      'person1',
      element({
        type: 'person',
        ...base(0, 'aB'),
        text: text('Jürgen Weiß'),
        personKind: 'person',
        orgUnit: 'Hauptamt',
        availability: 50,
        locked: true,
        groupId: 'g1',
      }),
    )
    const extra = new Y.Map<unknown>()
    extra.set('deep', text('im Inneren'))
    const list = new Y.Array<unknown>()
    list.insert(0, ['eins', 2])
    elements.set(
      'later1',
      element({ type: 'sticker', ...base(900, 'aC'), emoji: '🦊', extra, list }),
    )
    const assignments = doc.getMap('assignments')
    assignments.set(
      'person1|role1',
      element({ personId: 'person1', roleId: 'role1', raci: 'A', share: 20 }),
    )
    assignments.set('person1|role2', element({ personId: 'person1', roleId: 'role2', raci: 'R' }))
    doc.getMap('conflictRules').set('rule1', {
      roles: ['role1'],
      conflictsWith: ['cio', 'role2'],
      reason: 'Interessenkonflikt',
    })
  }, origin)
}
