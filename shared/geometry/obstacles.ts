/**
 * The elements a connector goes around rather than through: cards and notes, whose words a line
 * across them would strike out. Frames, shapes (the rings of a template), text, strokes and
 * images are backgrounds and drawings a relation may cross.
 */
const OBSTACLE_KINDS: ReadonlySet<string> = new Set(['actor', 'role', 'person', 'note'])

/** True when connectors should route around an element of this kind. */
export function isRouteObstacle(el: { kind: string }): boolean {
  return OBSTACLE_KINDS.has(el.kind)
}
