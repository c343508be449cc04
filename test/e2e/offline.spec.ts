import { expect, test, type WebSocketRoute } from '@playwright/test'
import {
  addNoteWithToolbar,
  createBoard,
  newPerson,
  noteTexts,
  shareLinks,
  useServer,
  waitConnected,
} from './journey.ts'

// Journey 3: the Wi-Fi in the chamber drops; people keep working, the indicator says so, and
// their edits arrive when it is back.
const server = useServer()

test('edits made while the connection is down are merged when it is back', async ({ browser }) => {
  const facilitator = await newPerson(browser)
  await createBoard(facilitator, server.url, 'Marktplatz')
  const links = await shareLinks(facilitator)

  // The participant's realtime connection runs through a switch the test controls.
  const participant = await newPerson(browser)
  let networkUp = true
  const open: WebSocketRoute[] = []
  await participant.routeWebSocket(/\/yjs\//, (ws) => {
    if (!networkUp) {
      ws.close({ code: 1006, reason: 'network down' })
      return
    }
    ws.connectToServer()
    open.push(ws)
  })
  await participant.goto(links.edit)
  await waitConnected(participant)

  networkUp = false
  for (const ws of open.splice(0)) await ws.close({ code: 1006, reason: 'network down' })
  await expect(participant.getByText('Unterbrochen', { exact: true })).toBeVisible()
  await expect(participant.getByRole('status').filter({ hasText: 'wiederhergestellt' })).toHaveText(
    'Verbindung unterbrochen, wird wiederhergestellt …',
  )

  // When the browser knows it is offline, the indicator says so.
  await participant.context().setOffline(true)
  await expect(participant.getByText('Offline', { exact: true })).toBeVisible()

  await addNoteWithToolbar(participant, 'Stadtwerke')
  await addNoteWithToolbar(facilitator, 'Volkshochschule')
  await expect(await noteTexts(facilitator)).toHaveText(['Volkshochschule'])
  await expect(await noteTexts(participant)).toHaveText(['Stadtwerke'])

  await participant.context().setOffline(false)
  networkUp = true
  await waitConnected(participant)
  // Both notes were created "on top" at the same time: their order is decided by id.
  for (const person of [facilitator, participant]) {
    const texts = await noteTexts(person)
    await expect
      .poll(async () => (await texts.allTextContents()).sort())
      .toEqual(['Stadtwerke', 'Volkshochschule'])
  }
})
