import { de, type MessageKey } from './de.ts'
import { en } from './en.ts'
import { formatMessage, type MessageParams } from './format.ts'
import { KEYS, local } from '../storage/safeStorage.ts'
import type { NoteColor } from '../../../../shared/schema/index.ts'
import type { Right } from '../../../../shared/rights.ts'

export type Locale = 'de' | 'en'
export type { MessageKey }

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { de, en }

function isLocale(value: unknown): value is Locale {
  return value === 'de' || value === 'en'
}

/** A message in the given language, whatever the current one is. */
export function messageIn(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(CATALOGUES[locale][key], params)
}

/** The current language: German unless the person chose English (remembered in localStorage). */
class I18n {
  locale = $state<Locale>('de')

  constructor() {
    const stored = local.get(KEYS.locale)
    if (isLocale(stored)) this.locale = stored
    this.#applyToDocument()
  }

  t = (key: MessageKey, params?: MessageParams): string => messageIn(this.locale, key, params)

  setLocale(locale: Locale): void {
    this.locale = locale
    local.set(KEYS.locale, locale)
    this.#applyToDocument()
  }

  toggle(): void {
    this.setLocale(this.locale === 'de' ? 'en' : 'de')
  }

  /** Dates in the person's language, e.g. "25.11.2026, 14:05". */
  formatDate(iso: string): string {
    const date = new Date(iso)
    if (Number.isNaN(date.getTime())) return ''
    return new Intl.DateTimeFormat(this.locale === 'de' ? 'de-DE' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(date)
  }

  #applyToDocument(): void {
    if (typeof document !== 'undefined') document.documentElement.lang = this.locale
  }
}

export const i18n = new I18n()
export const t = i18n.t

export function rightLabel(right: Right): string {
  return t(`right.${right}`)
}

export function colorLabel(color: NoteColor): string {
  return t(`color.${color}`)
}
