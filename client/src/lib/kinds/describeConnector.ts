import type { ConnectorPath } from '../../../../shared/geometry/connectorPath.ts'
import type { MessageKey } from '../i18n/de.ts'
import type { MessageParams } from '../i18n/format.ts'
import {
  isBoundEnd,
  type BoardElement,
  type Connector,
  type ConnectorEnd,
} from '../../../../shared/schema/index.ts'

import { cardName, isDomainCard } from './card.ts'
import { relationName } from '../i18n/domainLabels.ts'

type Translate = (key: MessageKey, params?: MessageParams) => string

/** Longest element text quoted when naming a connector's end. */
const NAME_MAX = 40

function nameOf(el: BoardElement): string {
  const text = isDomainCard(el)
    ? cardName(el).trim()
    : 'text' in el && typeof el.text === 'string'
      ? el.text.trim()
      : ''
  const oneLine = text.replace(/\s+/g, ' ')
  return oneLine.length > NAME_MAX ? `${oneLine.slice(0, NAME_MAX)}…` : oneLine
}

function describeEnd(
  end: ConnectorEnd,
  lookup: (id: string) => BoardElement | undefined,
  t: Translate,
): string {
  if (!isBoundEnd(end)) return t('connector.endFree')
  const el = lookup(end.elementId)
  if (!el) return t('connector.endMissing')
  const name = nameOf(el)
  return name ? t('connector.endNamed', { name }) : t('connector.endUnnamed')
}

/**
 * What a connector is, in words, for the list view and screen readers: arrow or line, its label,
 * the elements it joins by their text and, given its path, which way it runs, e.g.
 * Pfeil „meldet“ von „Bürgeramt“ zu „Ordnungsamt“, nach rechts unten.
 */
export function describeConnector(
  connector: Connector,
  lookup: (id: string) => BoardElement | undefined,
  t: Translate,
  path?: ConnectorPath | null,
): string {
  const arrow = connector.startArrowhead !== 'none' || connector.endArrowhead !== 'none'
  const params = {
    kind: t(arrow ? 'connector.arrow' : 'connector.line'),
    from: describeEnd(connector.from, lookup, t),
    to: describeEnd(connector.to, lookup, t),
    // A relation without a label of its own is named by its kind ("liefert Daten an").
    label:
      connector.text.trim().replace(/\s+/g, ' ') ||
      (connector.relationKind && connector.relationKind !== 'custom'
        ? relationName(connector.relationKind)
        : ''),
  }
  const description = t(
    params.label ? 'connector.descriptionLabelled' : 'connector.description',
    params,
  )
  const direction = path ? directionOf(path) : null
  return direction
    ? t('connector.withDirection', {
        description,
        direction: t(`connector.direction.${direction}`),
      })
    : description
}

const COMPASS = ['e', 'se', 's', 'sw', 'w', 'nw', 'n', 'ne'] as const
type Compass = (typeof COMPASS)[number]

/**
 * Which way the connector runs from its start to its end, in eight directions (screen sense:
 * y grows downward), as a sighted person would read it off the board.
 */
export function directionOf(path: ConnectorPath): Compass | null {
  const a = path.points[0]
  const b = path.points[path.points.length - 1]
  if (!a || !b || (a.x === b.x && a.y === b.y)) return null
  const angle = Math.atan2(b.y - a.y, b.x - a.x)
  const sector = Math.round(angle / (Math.PI / 4))
  return COMPASS[(sector + 8) % 8] ?? null
}
