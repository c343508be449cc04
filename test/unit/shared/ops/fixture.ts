import * as Y from 'yjs'
import { History } from '../../../../shared/history.ts'
import { createNote } from '../../../../shared/ops/createNote.ts'
import { getElement } from '../../../../shared/schema/index.ts'

/** A doc with a history and a helper to add notes by top-left corner (120-unit notes). */
export function opsFixture() {
  const doc = new Y.Doc()
  const history = new History(doc)
  const note = (x: number, y: number, text = ''): string => {
    const id = createNote(doc, { x: x + 60, y: y + 60, size: 's', text })
    history.endStep()
    return id
  }
  const get = (id: string, key: string): unknown => getElement(doc, id)?.get(key)
  /** Runs an operation as one undo step. */
  const step = <T>(run: () => T): T => {
    const result = run()
    history.endStep()
    return result
  }
  return { doc, history, note, get, step }
}
