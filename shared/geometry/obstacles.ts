/**
 * The elements a connector goes around rather than through: cards, notes and text blocks (the
 * labels of a map, such as its fields of action), whose words a line across them would strike
 * out. Frames, shapes (the rings of a template), strokes and images are backgrounds and
 * drawings a relation may cross.
 */
const OBSTACLE_KINDS: ReadonlySet<string> = new Set(['actor', 'role', 'person', 'note', 'text'])

/** True when connectors should route around an element of this kind. */
export function isRouteObstacle(el: { kind: string }): boolean {
  return OBSTACLE_KINDS.has(el.kind)
}
