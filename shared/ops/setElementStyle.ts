import type * as Y from 'yjs'
import { LOCAL_ORIGIN } from '../origins.ts'
import { elementsMap, elementIn } from '../schema/doc.ts'
import { STYLE_RULES, type ElementStyle, type StyleKey } from './styleRules.ts'

export interface SetElementStyleInput {
  ids: readonly string[]
  style: ElementStyle
}

/**
 * Sets style keys on elements, one transaction for all of them. Each element takes only the
 * keys its type accepts with a value valid for it (STYLE_RULES); other keys and values are
 * skipped, so a mixed selection can be styled at once. Unchanged values are not rewritten.
 */
export function setElementStyle(
  doc: Y.Doc,
  input: SetElementStyleInput,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const elements = elementsMap(doc)
  const entries = Object.entries(input.style).filter(([, v]) => v !== undefined) as [
    StyleKey,
    unknown,
  ][]
  if (entries.length === 0) return
  doc.transact(() => {
    for (const id of input.ids) {
      const el = elementIn(elements, id)
      const type = el?.get('type')
      const rules = typeof type === 'string' ? STYLE_RULES[type] : undefined
      if (!el || !rules) continue
      for (const [styleKey, value] of entries) {
        const rule = rules[styleKey]
        if (!rule || !rule.valid(value)) continue
        if (rule.write) rule.write(el, value)
        else {
          const key = rule.key ?? styleKey
          if (el.get(key) !== value) el.set(key, value)
        }
      }
    }
  }, origin)
}
