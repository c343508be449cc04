import { i18n, type Locale } from './i18n.svelte.ts'

/** A text in both languages, for lists that keep their labels beside their code (actions). */
export type Localized = Readonly<Record<Locale, string>>

/** The text in the current language (reactive where the locale is read in an effect). */
export function localize(text: Localized): string {
  return text[i18n.locale]
}
