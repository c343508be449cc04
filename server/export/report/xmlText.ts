/**
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab, line feed and carriage
 * return; U+FFFE, U+FFFF; lone surrogates). Board text may hold them, since a Y.Text takes any
 * string; a document with one would not open, so they are dropped.
 */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** `text` without the characters XML cannot carry. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_IN_XML, '')
}

/** `text` as XML character data or an attribute value (quotes escaped too). */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch] ?? ch)
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}
