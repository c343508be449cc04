// Creating boards from templates as a script would: POST /api/boards with `template`, then read
// the document with the stock y-websocket client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDomain } from '../../shared/domain/model.ts'
import { elementValues, elementsMap, readText, SCHEMA_VERSION } from '../../shared/schema/index.ts'
import { TEMPLATE_IDS } from '../../shared/templates/index.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { createBoard, syncedClient, type YClient } from '../helpers/yclient.ts'

let server: RunningServer
const clients: YClient[] = []

beforeAll(async () => {
  server = await startServer()
})

afterAll(async () => {
  for (const c of clients) c.destroy()
  await server?.cleanup()
})

async function open(body: Record<string, unknown>): Promise<YClient> {
  const board = await createBoard(server, body)
  const client = await syncedClient(server, board.id, board.viewToken)
  clients.push(client)
  return client
}

const frameTitles = (client: YClient): string[] =>
  elementValues(elementsMap(client.doc))
    .filter((m) => m.get('type') === 'frame')
    .map((m) => readText(m))

describe('POST /api/boards with a template', () => {
  it.each(TEMPLATE_IDS)('creates a board from "%s" that any Yjs client reads', async (template) => {
    const client = await open({ title: 'Musterstadt', template })
    expect(client.doc.getMap('meta').toJSON()).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      title: 'Musterstadt',
    })
    expect(elementsMap(client.doc).size > 0).toBe(template !== 'empty')
  })

  it('the ecosystem board has its map and example actors; the roles board every role, vacant', async () => {
    const eco = await open({ template: 'ecosystem' })
    expect(frameTitles(eco)).toEqual(['Digitales Ökosystem'])
    const { actors } = readDomain(eco.doc)
    expect(actors.find((a) => a.name === 'Stadtwerke')).toMatchObject({
      category: 'municipalGroup',
      ring: 'municipalGroup',
      field: 'energyEnvironment',
    })
    const roles = await open({ template: 'roles' })
    const domain = readDomain(roles.doc)
    expect(domain.roles.length).toBeGreaterThan(20)
    expect(domain.assignments).toEqual([])
  })

  it('the ecosystem board marks its rings and sector lines as decoration, nothing with words', async () => {
    const eco = await open({ template: 'ecosystem' })
    const decoration = elementValues(elementsMap(eco.doc)).filter((m) => m.has('decoration'))
    // Four rings and one dashed line per field of action.
    expect(decoration.length).toBeGreaterThan(4)
    for (const map of decoration) {
      expect(map.get('decoration')).toBe(true)
      expect(['shape', 'connector']).toContain(map.get('type'))
      expect(readText(map)).toBe('')
    }
    const types = new Set(decoration.map((m) => m.get('type')))
    expect([...types].sort()).toEqual(['connector', 'shape'])
  })

  it('writes the template in English when asked', async () => {
    const client = await open({ template: 'brainstorming', language: 'en' })
    expect(frameTitles(client)).toContain('Parking lot')
  })

  it('answers 400 for an unknown template or language, naming the ones there are', async () => {
    const post = (body: unknown) =>
      fetch(`${server.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const res = await post({ template: 'kanban' })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { error: string; details: { available: string[] } }
    expect(body.error).toBe('unknown_template')
    expect(body.details.available).toEqual([...TEMPLATE_IDS])
    expect((await post({ template: 'roles', language: 'fr' })).status).toBe(400)
  })
})
