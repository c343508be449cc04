import { expect, test } from '@playwright/test'
import { elementsMap } from '../../shared/schema/doc.ts'
import { HOSTILE_IDS, writeHostileElements } from '../helpers/hostileDoc.ts'
import { syncedClient } from '../helpers/yclient.ts'
import {
  addNoteWithToolbar,
  canvas,
  createBoard,
  newPerson,
  pageErrors,
  shareLinks,
  sortedNoteTexts,
  useServer,
  waitConnected,
} from './journey.ts'

// Someone with the edit link writes junk into the board with a script (the stock y-websocket
// client): strings and numbers where elements belong, NaN and Infinity, texts of 200,000
// characters. A second person opens the board in Chromium: it renders, the real notes are
// there, and both go on working together.
const server = useServer()

test('a hostile editor writes junk; the board still opens and works for everyone', async ({
  browser,
}) => {
  const facilitator = await newPerson(browser)
  const boardId = await createBoard(facilitator, server.url, 'Robustheit')
  await addNoteWithToolbar(facilitator, 'Stadtwerke')
  const links = await shareLinks(facilitator)
  const editToken = new URL(links.edit).hash.slice(1)

  const address = { url: server.url, wsUrl: server.url.replace(/^http/, 'ws') }
  const hostile = await syncedClient(address, boardId, editToken)
  writeHostileElements(hostile.doc, 200_000)
  // Another client sees all of it on the server before anyone opens the board.
  const check = await syncedClient(address, boardId, editToken)
  const everything = Object.values(HOSTILE_IDS)
  await check.until(
    (doc) => everything.every((id) => elementsMap(doc).has(id)),
    'the junk on the server',
  )
  hostile.destroy()
  check.destroy()

  const participant = await newPerson(browser)
  await participant.goto(links.edit)
  await expect(canvas(participant)).toBeVisible()
  await waitConnected(participant)
  await expect.poll(() => sortedNoteTexts(participant)).toContain('Stadtwerke')
  // The facilitator, who had the board open while the junk arrived, too.
  await expect.poll(() => sortedNoteTexts(facilitator)).toContain('Stadtwerke')

  await addNoteWithToolbar(facilitator, 'Volkshochschule')
  await expect.poll(() => sortedNoteTexts(participant)).toContain('Volkshochschule')
  await addNoteWithToolbar(participant, 'Bürgerbüro')
  await expect.poll(() => sortedNoteTexts(facilitator)).toContain('Bürgerbüro')
  expect(pageErrors).toEqual([])
})
