import type {
  GroupPrimitive,
  Primitive,
  TextPrimitive,
} from '../../../../../shared/picture/primitives.ts'

/** Every primitive in the tree, depth first. */
export function flatten(items: readonly Primitive[]): Primitive[] {
  const out: Primitive[] = []
  const walk = (p: Primitive): void => {
    out.push(p)
    if (p.kind === 'group') p.children.forEach(walk)
  }
  items.forEach(walk)
  return out
}

/** The text primitives of a tree. */
export function texts(items: readonly Primitive[]): TextPrimitive[] {
  return flatten(items).filter((p): p is TextPrimitive => p.kind === 'text')
}

/** All words a reader of the picture sees, line by line. */
export function words(items: readonly Primitive[]): string[] {
  return texts(items).flatMap((t) => t.lines.map((l) => l.text))
}

/** The group of the element with this id. */
export function groupOf(items: readonly Primitive[], id: string): GroupPrimitive {
  const found = flatten(items).find(
    (p): p is GroupPrimitive => p.kind === 'group' && p.elementId === id,
  )
  if (!found) throw new Error(`no group for ${id}`)
  return found
}
