// A board larger than one realtime message brought into an open board, the way the browser does
// it: the stock Yjs client writes it in slices, and another person gets every element.
import { afterAll, beforeAll, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ElementSnapshot } from '../../shared/ops/elementSnapshot.ts'
import {
  importSlices,
  planImport,
  writeImportSlice,
} from '../../shared/exchange/importIntoBoard.ts'
import { LOCAL_ORIGIN } from '../../shared/origins.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { createBoard, syncedClient } from '../helpers/yclient.ts'

let server: RunningServer

beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.cleanup()
})

it('writes 12,000 notes (more than 2 MiB) in slices, and the other person gets them all', async () => {
  const board = await createBoard(server)
  const importer = await syncedClient(server, board.id, board.editToken)
  const other = await syncedClient(server, board.id, board.viewToken)
  const elements: ElementSnapshot[] = Array.from({ length: 12_000 }, (_, i) => ({
    id: `n${i}`,
    data: {
      type: 'note',
      x: (i % 100) * 200,
      y: Math.floor(i / 100) * 200,
      w: 180,
      h: 180,
      color: 'blue',
      text: { $text: `Notiz ${i}: Öffentlichkeitsbeteiligung, Straßenbau und Überörtliches` },
    },
  }))
  const plan = planImport(
    { elements, assignments: {}, conflictRules: {} },
    { center: { x: 0, y: 0 }, above: null },
  )
  const slices = importSlices(plan)
  let largest = 0
  importer.doc.on('update', (update: Uint8Array) => (largest = Math.max(largest, update.length)))
  for (const slice of slices) {
    writeImportSlice(importer.doc, { plan, slice }, LOCAL_ORIGIN)
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  expect(Y.encodeStateAsUpdate(importer.doc).byteLength).toBeGreaterThan(2 * 1024 * 1024)
  expect(largest).toBeLessThan(512 * 1024)
  await other.until((doc) => doc.getMap('elements').size === 12_000, 'all 12,000 notes')
  const sample = other.doc.getMap('elements').get(plan.ids[11_999]!) as Y.Map<unknown>
  expect(String(sample.get('text'))).toBe(
    'Notiz 11999: Öffentlichkeitsbeteiligung, Straßenbau und Überörtliches',
  )
  importer.destroy()
  other.destroy()
}, 60_000)
