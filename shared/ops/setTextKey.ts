import * as Y from 'yjs'
import { applyTextDiff } from './editText.ts'

/**
 * Sets the Y.Text under `key` of an element to `value` (cut to `max`), changing only what
 * differs, so a form field and someone typing on the card do not overwrite each other's words.
 * Call it inside the operation's transaction.
 */
export function setTextKey(map: Y.Map<unknown>, key: string, value: string, max: number): void {
  let text = map.get(key)
  if (!(text instanceof Y.Text)) {
    text = new Y.Text()
    map.set(key, text)
  }
  applyTextDiff(text as Y.Text, value.slice(0, max))
}
