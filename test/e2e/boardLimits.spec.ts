import { expect, test, type Page } from '@playwright/test'
import Database from 'better-sqlite3'
import path from 'node:path'
import { SQLITE_FILE_NAME } from '../../server/store/index.ts'
import { createNote } from '../../shared/ops/index.ts'
import { elementsMap } from '../../shared/schema/doc.ts'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { syncedClient } from '../helpers/yclient.ts'
import {
  addNoteWithToolbar,
  createBoard,
  listView,
  newPerson,
  pageErrors,
  shareLinks,
  sortedNoteTexts,
  waitConnected,
} from './journey.ts'

// What people see when the server refuses a board for a reason of the board itself: it is full
// (a change stays in the browser until there is room), or its stored content cannot be read
// (the board stays closed, and nothing is deleted). Each journey restarts the server on the
// same port and data, as an operator would after changing a limit or restoring a backup.

const servers: RunningServer[] = []

test.afterEach(async () => {
  // Newest first: the first server of a journey owns the data directory.
  for (const server of servers.splice(0).reverse()) await server.cleanup()
  expect(pageErrors).toEqual([])
})

async function start(env: Record<string, string>, earlier?: RunningServer): Promise<RunningServer> {
  const server = await startServer({
    dataDir: earlier?.dataDir,
    env: earlier ? { ...env, PORT: String(earlier.port) } : env,
  })
  servers.push(server)
  return server
}

/** The texts of the notes a person sees that are ideas (not the notes that filled the board). */
async function ideas(page: Page): Promise<string[]> {
  return (await sortedNoteTexts(page)).filter((text) => text.startsWith('Idee'))
}

/** How many elements the person's list view counts. */
async function elementCount(page: Page): Promise<number> {
  const list = await listView(page)
  const count = await list.getByText(/^\d+ Elemente?$/).textContent()
  return Number(/\d+/.exec(count ?? '')?.[0])
}

/** What a person has of the board, as far as this journey is concerned. */
async function seen(page: Page): Promise<{ elements: number; ideas: string[] }> {
  return { elements: await elementCount(page), ideas: await ideas(page) }
}

function notice(page: Page, heading: string) {
  return page.getByRole('alert').filter({ has: page.getByRole('heading', { name: heading }) })
}

test('a full board keeps the refused note in the browser until the operator makes room', async ({
  browser,
}) => {
  // The smallest cap the server takes; a script with the edit link fills most of it (a note is
  // 9 to 11 items), so that Anna reaches it after about four notes of her own.
  const server = await start({ MAX_BOARD_ITEMS: '1000' })
  const anna = await newPerson(browser, { name: 'Anna' })
  const boardId = await createBoard(anna, server.url, 'Volles Board')
  const links = await shareLinks(anna)
  const address = { url: server.url, wsUrl: server.url.replace(/^http/, 'ws') }
  const filler = await syncedClient(address, boardId, new URL(links.edit).hash.slice(1))
  const fillers: string[] = []
  filler.doc.transact(() => {
    // Far below Anna's notes, so that hers come first in the list view's reading order.
    for (let i = 0; i < 106; i++) fillers.push(createNote(filler.doc, { x: i * 10, y: 5000 }))
  })
  const check = await syncedClient(address, boardId, new URL(links.view).hash.slice(1))
  await check.until((doc) => fillers.every((id) => elementsMap(doc).has(id)), 'the filled board')
  filler.destroy()
  check.destroy()
  const ben = await newPerson(browser, { name: 'Ben' })
  await ben.goto(links.edit)
  await waitConnected(ben)

  const full = notice(anna, 'Das Board ist voll')
  for (let i = 1; i <= 20 && !(await full.isVisible()); i++) {
    const text = `Idee ${i}`
    // The refusal may come while Anna types (the notice then takes the focus): that is the end.
    await addNoteWithToolbar(anna, text).catch(async (err: unknown) => {
      if (!(await full.isVisible())) throw err
    })
    await expect
      .poll(async () => (await full.isVisible()) || (await ideas(ben)).includes(text))
      .toBe(true)
  }
  await expect(full).toBeVisible()
  await expect(full).toContainText('MAX_BOARD_ITEMS')
  // Anna keeps what the server refused (her last note, or the last of its text); Ben has what
  // came before, and the board goes on for him.
  const annas = await seen(anna)
  expect(await seen(ben)).not.toEqual(annas)
  await waitConnected(ben)

  // The operator raises the limit and restarts; Anna tries again, and Ben gets all of hers.
  expect(await server.stop()).toBe(0)
  await start({ MAX_BOARD_ITEMS: '100000' }, server)
  await full.getByRole('button', { name: 'Erneut versuchen' }).click()
  await expect(full).toHaveCount(0)
  await waitConnected(anna)
  await expect.poll(() => seen(ben)).toEqual(annas)
})

test('a board whose stored content cannot be read stays closed, says so, and keeps its data', async ({
  browser,
}) => {
  const server = await start({})
  const anna = await newPerson(browser, { name: 'Anna' })
  const boardId = await createBoard(anna, server.url, 'Beschädigt')
  await addNoteWithToolbar(anna, 'Stadtwerke')
  const links = await shareLinks(anna)
  await anna.close()
  expect(await server.stop()).toBe(0)

  // A disk or an old bug truncated the board's snapshot.
  const file = path.join(server.dataDir, SQLITE_FILE_NAME)
  const db = new Database(file)
  const { data } = db.prepare('SELECT data FROM snapshots WHERE board_id = ?').get(boardId) as {
    data: Buffer
  }
  const truncated = data.subarray(0, data.length - 20)
  db.prepare('UPDATE snapshots SET data = ? WHERE board_id = ?').run(truncated, boardId)
  db.close()

  const again = await start({}, server)
  const ben = await newPerson(browser, { name: 'Ben' })
  await ben.goto(links.view)
  const closed = notice(ben, 'Dieses Board kann nicht geöffnet werden')
  await expect(closed).toBeVisible()
  await expect(closed).toContainText('Der Inhalt des Boards bleibt erhalten')

  // Nothing was written over the stored content while it was refused.
  expect(await again.stop()).toBe(0)
  const after = new Database(file, { readonly: true })
  const stored = after.prepare('SELECT data FROM snapshots WHERE board_id = ?').get(boardId) as {
    data: Buffer
  }
  after.close()
  expect(Buffer.compare(stored.data, truncated)).toBe(0)
})
