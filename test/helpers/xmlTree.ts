// XML read back as a tree, in document order, with fast-xml-parser: for tests that open the files
// an export writes (DOCX, ODT) and check what a reader of them sees.
import { XMLParser, XMLValidator } from 'fast-xml-parser'

/** One element: its name, attributes (without prefix) and children; text nodes are `#text`. */
export interface XmlNode {
  name: string
  attrs: Record<string, string>
  children: XmlNode[]
  text: string
}

type Ordered = Record<string, unknown>[]

/** Parses `xml` (throwing on malformed XML) into its root elements, in order. */
export function parseXml(xml: string): XmlNode[] {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`)
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
  })
  return convert(parser.parse(xml) as Ordered)
}

function convert(nodes: Ordered): XmlNode[] {
  const out: XmlNode[] = []
  for (const node of nodes) {
    const attrs = (node[':@'] ?? {}) as Record<string, string>
    for (const [name, value] of Object.entries(node)) {
      if (name === ':@') continue
      if (name === '#text') {
        out.push({ name, attrs: {}, children: [], text: String(value) })
      } else if (!name.startsWith('?')) {
        out.push({ name, attrs, children: convert(value as Ordered), text: '' })
      }
    }
  }
  return out
}

/** Every element named `name` under `nodes`, in document order (depth first). */
export function findAll(nodes: readonly XmlNode[], name: string): XmlNode[] {
  const found: XmlNode[] = []
  const visit = (list: readonly XmlNode[]): void => {
    for (const node of list) {
      if (node.name === name) found.push(node)
      visit(node.children)
    }
  }
  visit(nodes)
  return found
}

/** All text under `node`, in order; with `breaks`, a line break (w:br, text:line-break) is `\n`. */
export function textOf(node: XmlNode, breaks = false): string {
  if (node.name === '#text') return node.text
  if (breaks && (node.name === 'w:br' || node.name === 'text:line-break')) return '\n'
  return node.children.map((child) => textOf(child, breaks)).join('')
}
