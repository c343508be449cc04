import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { LOCAL_ORIGIN } from '../../../../shared/origins.ts'
import { ROOT_NAMES, UNDOABLE_ROOTS } from '../../../../shared/schema/roots.ts'
import { elementsMap, metaMap } from '../../../../shared/schema/doc.ts'
import { assignmentsMap } from '../../../../shared/schema/assignment.ts'
import { conflictRulesMap } from '../../../../shared/schema/checkSettings.ts'

describe('the schema’s root maps', () => {
  it('names the roots the document accessors use', () => {
    const doc = new Y.Doc()
    metaMap(doc)
    elementsMap(doc)
    assignmentsMap(doc)
    conflictRulesMap(doc)
    const names = [...doc.share.keys()].sort()
    expect(names).toEqual([...ROOT_NAMES].sort())
  })

  it.each(UNDOABLE_ROOTS)('undo takes back a local change to %s', (name) => {
    const doc = new Y.Doc()
    const history = new History(doc)
    doc.transact(() => doc.getMap(name).set('probe', 1), LOCAL_ORIGIN)
    history.endStep()
    expect(history.undo()).toBe(true)
    expect(doc.getMap(name).has('probe')).toBe(false)
  })
})
