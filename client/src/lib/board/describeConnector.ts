import type { MessageKey } from '../i18n/de.ts'
import type { MessageParams } from '../i18n/format.ts'
import {
  isBoundEnd,
  type BoardElement,
  type Connector,
  type ConnectorEnd,
} from '../../../../shared/schema/index.ts'

type Translate = (key: MessageKey, params?: MessageParams) => string

/** Longest element text quoted when naming a connector's end. */
const NAME_MAX = 40

function nameOf(el: BoardElement): string {
  const text = 'text' in el && typeof el.text === 'string' ? el.text.trim() : ''
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
 * and the elements it joins by their text, e.g. Pfeil „meldet“ von „Bürgeramt“ zu „Ordnungsamt“.
 */
export function describeConnector(
  connector: Connector,
  lookup: (id: string) => BoardElement | undefined,
  t: Translate,
): string {
  const arrow = connector.startArrowhead !== 'none' || connector.endArrowhead !== 'none'
  const params = {
    kind: t(arrow ? 'connector.arrow' : 'connector.line'),
    from: describeEnd(connector.from, lookup, t),
    to: describeEnd(connector.to, lookup, t),
    label: connector.text.trim().replace(/\s+/g, ' '),
  }
  return t(params.label ? 'connector.descriptionLabelled' : 'connector.description', params)
}
