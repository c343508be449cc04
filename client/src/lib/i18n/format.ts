export type MessageParams = Record<string, string | number>

/** Fills `{name}` placeholders; unknown placeholders stay visible so a gap is noticed. */
export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  )
}

/** Placeholder names of a template, sorted (to check that catalogues agree). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()
}
