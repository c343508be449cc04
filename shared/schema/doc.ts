import * as Y from 'yjs'

/** Root types of a board document. Names are part of the public contract. */
export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta')
}

export function elementsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('elements')
}

export function getElement(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  return elementsMap(doc).get(id)
}

export function readTitle(doc: Y.Doc): string {
  const title = metaMap(doc).get('title')
  return typeof title === 'string' ? title : ''
}

export function readSchemaVersion(doc: Y.Doc): number {
  const version = metaMap(doc).get('schemaVersion')
  return typeof version === 'number' && Number.isInteger(version) ? version : 0
}
