import { expect, test, type Page } from '@playwright/test'
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { createNote } from '../../shared/ops/index.ts'
import {
  addNoteByDoubleClick,
  addNoteWithToolbar,
  canvas,
  createBoard,
  listView,
  newPerson,
  noteEditor,
  noteTexts,
  sortedNoteTexts,
  pageErrors,
  shareLinks,
  waitConnected,
  boardMenu,
} from './journey.ts'

// Journeys 1 to 3: a facilitator creates a board, a participant joins by the edit link, someone
// follows with the view link. One server for the file; the tests build on each other.
test.describe.configure({ mode: 'serial' })

let server: RunningServer
let facilitator: Page
let participant: Page
let boardId = ''
let links = { edit: '', view: '', facilitate: '' }

test.beforeAll(async () => {
  server = await startServer()
})

test.afterAll(async () => {
  await server?.cleanup()
})

test.afterEach(() => {
  expect(pageErrors).toEqual([])
})

test('a facilitator creates a board and a note', async ({ browser }) => {
  facilitator = await newPerson(browser)
  boardId = await createBoard(facilitator, server.url, 'Digitales Ökosystem Musterstadt')
  // The token is kept in the tab, not shown in the address bar on the projector.
  expect(facilitator.url()).toBe(`${server.url}/b/${boardId}`)

  await addNoteByDoubleClick(facilitator, 'Kommunales Rechenzentrum', { x: 400, y: 300 })
  await expect(await noteTexts(facilitator)).toHaveText(['Kommunales Rechenzentrum'])

  links = await shareLinks(facilitator)
  for (const link of Object.values(links)) expect(link).toMatch(`${server.url}/b/${boardId}#`)

  await facilitator.getByRole('button', { name: 'Teilen' }).click()
  const dialog = facilitator.getByRole('dialog', { name: 'Board teilen' })
  await dialog.getByRole('button', { name: 'Link zum Bearbeiten kopieren' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Link kopiert.')
  await facilitator.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('a participant opens the edit link, reads the note and edits it; the facilitator sees it', async ({
  browser,
}) => {
  participant = await newPerson(browser)
  await participant.goto(links.edit)
  await waitConnected(participant)
  await expect(participant.getByText('Ihr Recht: Bearbeiten')).toBeVisible()
  const items = await noteTexts(participant)
  await expect(items).toHaveText(['Kommunales Rechenzentrum'])

  const list = await listView(participant)
  await list.getByRole('button', { name: 'Notiz „Kommunales Rechenzentrum“ bearbeiten' }).click()
  await list.getByRole('textbox', { name: 'Text der Notiz' }).fill('Kommunales Rechenzentrum (KRZ)')
  await list.getByRole('button', { name: 'Fertig' }).click()

  await expect(await noteTexts(facilitator)).toHaveText(['Kommunales Rechenzentrum (KRZ)'])
})

test('undo in one browser undoes only that person’s own note', async () => {
  await addNoteWithToolbar(facilitator, 'Volkshochschule')
  await addNoteWithToolbar(participant, 'Stadtwerke')
  // Where each toolbar note lands depends on that person's view: compare which notes there are.
  const all = ['Kommunales Rechenzentrum (KRZ)', 'Stadtwerke', 'Volkshochschule']
  await expect.poll(() => sortedNoteTexts(facilitator)).toEqual(all)
  await expect.poll(() => sortedNoteTexts(participant)).toEqual(all)

  await facilitator.getByRole('button', { name: 'Rückgängig' }).click()
  const afterUndo = ['Kommunales Rechenzentrum (KRZ)', 'Stadtwerke']
  await expect.poll(() => sortedNoteTexts(facilitator)).toEqual(afterUndo)
  await expect.poll(() => sortedNoteTexts(participant)).toEqual(afterUndo)

  await facilitator.getByRole('button', { name: 'Wiederholen' }).click()
  await expect.poll(() => sortedNoteTexts(participant)).toEqual(all)
})

test('the view link shows the live board but offers no way to change it', async ({ browser }) => {
  const viewer = await newPerson(browser)
  await viewer.goto(links.view)
  await waitConnected(viewer)
  await expect(viewer.getByText('Ihr Recht: Ansehen')).toBeVisible()
  const items = await noteTexts(viewer)
  await expect(items).toHaveCount(3)

  // No toolbar, no undo, no edit or delete in the list.
  for (const name of ['Notiz', 'Rückgängig', 'Wiederholen', 'Löschen', 'Bearbeiten']) {
    await expect(viewer.getByRole('button', { name, exact: true })).toHaveCount(0)
  }
  await expect(viewer.getByRole('button', { name: /bearbeiten|löschen/ })).toHaveCount(0)

  // Double-click on empty canvas and on a note, keys: nothing to edit, nothing created.
  await canvas(viewer).dblclick({ position: { x: 150, y: 650 } })
  await viewer.getByRole('button', { name: /^Stadtwerke, Gelb/ }).click()
  await canvas(viewer).focus()
  for (const key of ['n', 'Delete', 'Enter', 'Control+z']) await viewer.keyboard.press(key)
  await expect(noteEditor(viewer)).toHaveCount(0)
  await expect(items).toHaveCount(3)

  // The board stays live for the viewer.
  await addNoteWithToolbar(facilitator, 'Landkreis')
  await expect(items).toHaveCount(4)
  await expect(items.filter({ hasText: 'Landkreis' })).toHaveCount(1)

  // Even a hand-made update sent with the view token is not stored.
  expect(await sendRawUpdate(viewer, boardId, tokenOf(links.view))).not.toBe('timeout')

  // The server stored nothing from the viewer: a fresh browser sees the same board.
  const latecomer = await newPerson(browser)
  await latecomer.goto(links.edit)
  await waitConnected(latecomer)
  await expect
    .poll(() => sortedNoteTexts(latecomer))
    .toEqual(['Kommunales Rechenzentrum (KRZ)', 'Landkreis', 'Stadtwerke', 'Volkshochschule'])
})

test('a wrong token and an unknown board get a clear message', async ({ browser }) => {
  const stranger = await newPerson(browser)
  await stranger.goto(`${server.url}/b/${boardId}#not-the-token`)
  await expect(
    stranger.getByRole('heading', { name: 'Dieser Link ist ungültig oder wurde ersetzt.' }),
  ).toBeVisible()
  await expect(canvas(stranger)).toHaveCount(0)

  await stranger.goto(`${server.url}/b/nosuchboard#${encodeURIComponent('irgendwas')}`)
  await expect(
    stranger.getByRole('heading', { name: 'Dieses Board gibt es nicht (mehr).' }),
  ).toBeVisible()
})

test('"Meine Boards" finds the board again, and can forget it', async () => {
  await facilitator.getByRole('link', { name: 'Werkraum' }).click()
  const mine = facilitator.getByRole('region', { name: 'Meine Boards' })
  const row = mine.getByRole('row', { name: /Digitales Ökosystem Musterstadt/ })
  await expect(row).toContainText('Moderieren')

  await row.getByRole('link', { name: 'Digitales Ökosystem Musterstadt' }).click()
  await waitConnected(facilitator)
  await expect(facilitator.getByText('Ihr Recht: Moderieren')).toBeVisible()
  await expect(await noteTexts(facilitator)).toHaveCount(4)

  await facilitator.goBack()
  await mine
    .getByRole('button', { name: '„Digitales Ökosystem Musterstadt“ aus der Liste entfernen' })
    .click()
  await expect(mine.getByText('Noch keine Boards in diesem Browser.')).toBeVisible()
})

test('the language switch turns the board English and is remembered', async () => {
  await facilitator.goto(`${server.url}/b/${boardId}`)
  // Forgotten from "Meine Boards", but this tab still holds its token.
  await waitConnected(facilitator)
  await boardMenu(facilitator, 'English', 'menuitemradio')
  await expect(facilitator.locator('html')).toHaveAttribute('lang', 'en')
  await expect(facilitator.getByText('Your right: Facilitate')).toBeVisible()
  await facilitator.reload()
  await expect(facilitator.getByTitle('Connected', { exact: true })).toBeVisible()
  await boardMenu(facilitator, 'Deutsch', 'menuitemradio')
  await expect(facilitator.locator('html')).toHaveAttribute('lang', 'de')
})

function tokenOf(link: string): string {
  return decodeURIComponent(new URL(link).hash.slice(1))
}

/**
 * From inside a page, opens the board's WebSocket with `token` and sends a y-websocket update
 * that adds a note, then a sync request; resolves when the server answered it (so it has handled
 * the update before) or closed the socket.
 */
async function sendRawUpdate(page: Page, id: string, token: string): Promise<string> {
  const doc = new Y.Doc()
  createNote(doc, { x: 0, y: 0, text: 'eingeschleust' })
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, 0) // sync message
  encoding.writeVarUint(update, 2) // update
  encoding.writeVarUint8Array(update, Y.encodeStateAsUpdate(doc))
  const request = encoding.createEncoder()
  encoding.writeVarUint(request, 0) // sync message
  encoding.writeVarUint(request, 0) // step 1: "send me what I lack"
  encoding.writeVarUint8Array(request, Y.encodeStateVector(new Y.Doc()))
  const frames = [encoding.toUint8Array(update), encoding.toUint8Array(request)].map((f) => [...f])
  return page.evaluate(
    ({ id, token, frames }) =>
      new Promise<string>((resolve) => {
        const url = `${location.origin.replace(/^http/, 'ws')}/yjs/${id}?token=${encodeURIComponent(token)}`
        const ws = new WebSocket(url)
        ws.binaryType = 'arraybuffer'
        const timer = setTimeout(() => resolve('timeout'), 5000)
        const done = (how: string): void => {
          clearTimeout(timer)
          ws.close()
          resolve(how)
        }
        ws.onopen = () => frames.forEach((f) => ws.send(new Uint8Array(f)))
        ws.onmessage = (e: MessageEvent<ArrayBuffer>) => {
          const bytes = new Uint8Array(e.data)
          if (bytes[0] === 0 && bytes[1] === 1) done('answered')
        }
        ws.onclose = () => done('closed')
      }),
    { id, token, frames },
  )
}
