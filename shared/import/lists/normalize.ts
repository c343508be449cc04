/**
 * A header or value reduced to what a person means by it: lower case, umlauts and accents
 * folded (ü → u, ß → ss), "&", "und", "and" and every non-alphanumeric character dropped, so
 * "Energie und Umwelt", "Energie & Umwelt" and "energie-umwelt" compare equal.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ẞ/g, 'ss')
    .toLowerCase()
    .replace(/&|\bund\b|\band\b/g, ' ')
    .replace(/[^a-z0-9]/g, '')
}
