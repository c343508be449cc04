// The tables exports as a facilitator's script or browser gets them: a board filled by a real
// Yjs client, then GET /api/boards/:id/export for xlsx, ods and csv, read back by real readers.
import { strFromU8, unzipSync } from 'fflate'
import { XMLParser } from 'fast-xml-parser'
import Papa from 'papaparse'
import readXlsxFile from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CreateBoardResponse } from '../../shared/api.ts'
import { elementsMap } from '../../shared/schema/index.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { workshopBoard } from '../helpers/tablesBoard.ts'
import { createBoard, syncedClient, type YClient } from '../helpers/yclient.ts'

let server: RunningServer
let board: CreateBoardResponse
const clients: YClient[] = []

beforeAll(async () => {
  server = await startServer()
  board = await createBoard(server, { title: 'Rollenklärung Müllheim' })
  const editor = await syncedClient(server, board.id, board.editToken)
  clients.push(editor)
  workshopBoard(editor.doc)
  const expected = elementsMap(editor.doc).size
  // A second person sees everything: the server has stored it, since it stores before it relays.
  const reader = await syncedClient(server, board.id, board.viewToken)
  clients.push(reader)
  await reader.until(
    (doc) => elementsMap(doc).size === expected && doc.getMap('assignments').size === 5,
    'the workshop to reach a second person',
  )
})

afterAll(async () => {
  for (const c of clients) c.destroy()
  await server?.cleanup()
})

async function exportAs(query: string, token = board.viewToken): Promise<Response> {
  return fetch(`${server.url}/api/boards/${board.id}/export?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  })
}

const today = () => new Date().toISOString().slice(0, 10)

describe('tables export over HTTP', () => {
  it('xlsx: every table as a sheet, with the roles matrix, a conflict and the notes', async () => {
    const res = await exportAs('format=xlsx')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`Rollenklärung Müllheim-${today()}.xlsx`)}`,
    )
    const sheets = await readXlsxFile(Buffer.from(await res.arrayBuffer()))
    const data = Object.fromEntries(sheets.map((s) => [s.sheet, s.data]))
    expect(data.Zuordnungen).toContainEqual([
      'Ben Groß',
      'Person',
      'Digitallots:in Bürgerbüro',
      null,
      'R',
      0.25,
    ])
    expect(data['Prüfungen']?.map((row) => row[2])).toContain(
      'Interessenkonflikt: Anna Schäfer hat „Datenschutzbeauftragte:r“ und „CIO / IT-Leitung“.',
    )
    expect(data.Notizen?.slice(1).map((row) => row[2])).toEqual([
      'Schritt 1: Sammeln',
      'Schritt 1: Sammeln',
      'Schritt 2: Ordnen',
      null,
    ])
    expect(data.Beziehungen?.[1]).toEqual(['Hauptamt', 'beauftragt', 'Stadtwerke Müllheim', null])
  })

  it('ods: the same tables, typed, in English on request', async () => {
    const res = await exportAs('format=ods&language=en')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.oasis.opendocument.spreadsheet')
    const parts = unzipSync(new Uint8Array(await res.arrayBuffer()))
    expect(strFromU8(parts.mimetype ?? new Uint8Array())).toBe(
      'application/vnd.oasis.opendocument.spreadsheet',
    )
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
      strFromU8(parts['content.xml'] ?? new Uint8Array()),
    )
    const tables = xml['office:document-content']['office:body']['office:spreadsheet'][
      'table:table'
    ] as { '@table:name': string }[]
    expect(tables.map((t) => t['@table:name'])).toEqual([
      'Actors',
      'Relations',
      'Roles',
      'People and org units',
      'Assignments',
      'Checks',
      'Notes',
    ])
    expect(strFromU8(parts['content.xml'] ?? new Uint8Array())).toContain(
      'office:value-type="percentage" office:value="0.4"',
    )
  })

  it('csv: a ZIP of every table, or one table as a .csv German Excel opens', async () => {
    const zip = await exportAs('format=csv')
    expect(zip.status).toBe(200)
    expect(zip.headers.get('content-type')).toBe('application/zip')
    expect(zip.headers.get('content-disposition')).toContain(`-${today()}.zip"`)
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()))
    expect(Object.keys(files)).toHaveLength(7)

    const one = await exportAs('format=csv&table=roles')
    expect(one.status).toBe(200)
    expect(one.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(one.headers.get('content-disposition')).toContain(`-${today()}.csv"`)
    const bytes = new Uint8Array(await one.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text).toContain('\r\n')
    const rows = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data
    expect(rows[0]?.slice(0, 4)).toEqual(['Rolle', 'Gruppe', 'Katalogeintrag', 'Besetzt mit (R/A)'])
    expect(rows.find((r) => r[0] === 'CIO / IT-Leitung')?.[4]).toBe('Anna Schäfer')
  })

  it('refuses an unknown table and a missing token', async () => {
    const bad = await exportAs('format=csv&table=passwords')
    expect(bad.status).toBe(400)
    expect(await bad.json()).toMatchObject({ error: 'invalid_export' })
    const anonymous = await fetch(`${server.url}/api/boards/${board.id}/export?format=xlsx`)
    expect(anonymous.status).toBe(401)
  })
})
