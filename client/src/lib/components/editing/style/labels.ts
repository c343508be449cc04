import { t, type MessageKey } from '../../../i18n/i18n.svelte.ts'

/**
 * The catalogue's names for the choices of the style panel and the pen (sizes, alignments, line
 * styles, arrowheads, colours), by the value the schema stores.
 */
const VALUE_KEYS: Readonly<Record<string, MessageKey>> = {
  s: 'style.value.s',
  m: 'style.value.m',
  l: 'style.value.l',
  xl: 'style.value.xl',
  left: 'style.value.left',
  center: 'style.value.center',
  right: 'style.value.right',
  solid: 'style.value.solid',
  dashed: 'style.value.dashed',
  none: 'style.value.none',
  straight: 'style.value.straight',
  elbow: 'style.value.elbow',
  arrow: 'style.value.arrow',
  triangle: 'style.value.triangle',
  dot: 'style.value.dot',
  diamond: 'style.value.diamond',
  white: 'color.white',
  ink: 'color.ink',
  grey: 'color.grey',
  blue: 'color.blue',
  red: 'color.red',
  green: 'color.green',
  violet: 'color.violet',
  orange: 'color.orange',
  yellow: 'color.yellow',
  pink: 'color.pink',
  teal: 'color.teal',
}

/** What a person reads for a style value; a value without a name shows as it is stored. */
export function valueLabel(value: string): string {
  return Object.hasOwn(VALUE_KEYS, value) ? t(VALUE_KEYS[value] as MessageKey) : value
}
