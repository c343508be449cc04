import type { BoardElement } from '../../../../shared/schema/index.ts'

/**
 * What a click or a marquee selects, read from the read model: a member of a group brings its
 * whole group, and locked elements are left out (they cannot be moved, resized or deleted until
 * unlocked). `all` is every element (for the group members), `get` finds one by id.
 */
export function selectableIds(
  ids: readonly string[],
  get: (id: string) => BoardElement | undefined,
  all: Iterable<BoardElement>,
): string[] {
  const out = new Set(ids)
  const groups = new Set<string>()
  for (const id of out) {
    const group = get(id)?.groupId
    if (group !== undefined) groups.add(group)
  }
  if (groups.size > 0) {
    for (const el of all) if (el.groupId !== undefined && groups.has(el.groupId)) out.add(el.id)
  }
  return [...out].filter((id) => get(id)?.locked !== true)
}
