/**
 * The language tag (BCP 47) of each report language, for the documents' properties and text: the
 * report is written in German or in British English (its dates read "7 December 2026").
 */
export const LANGUAGE_TAGS = { de: 'de-DE', en: 'en-GB' } as const
