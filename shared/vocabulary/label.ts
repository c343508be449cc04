/** The languages the board's content and catalogues are written in; German first. */
export const LOCALES = ['de', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'de'

/** A text in every language Werkraum speaks: catalogues and templates carry their own wording. */
export interface Label {
  de: string
  en: string
}

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v)
}

/** The label in `locale`. */
export function inLocale(label: Label, locale: Locale): string {
  return label[locale]
}
