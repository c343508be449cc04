import { expect, test, type Page, type WebSocketRoute } from '@playwright/test'
import {
  createBoard,
  newPerson,
  noteEditor,
  noteTexts,
  placeNoteWithToolbar,
  shareLinks,
  useServer,
  waitConnected,
} from './journey.ts'

// A long outage, a lot written meanwhile: on reconnecting the browser sends all of it as one
// message, and a server with a small MAX_MESSAGE_BYTES refuses it (1009). The person learns
// why it does not arrive, nothing is lost, and the browser does not send it again and again.
const server = useServer({ env: { MAX_MESSAGE_BYTES: String(32 * 1024) } })

/** A note with a long text, pasted in one go (notes hold up to 10,000 characters). */
async function pasteLongNote(page: Page, text: string): Promise<void> {
  await placeNoteWithToolbar(page)
  await page.keyboard.insertText(text)
  await page.keyboard.press('Escape')
  await expect(noteEditor(page)).toHaveCount(0)
}

test('changes too large to send: a clear notice, kept in the browser, sent again on request', async ({
  browser,
}) => {
  const facilitator = await newPerson(browser)
  await createBoard(facilitator, server.url, 'Protokoll')
  const links = await shareLinks(facilitator)

  const writer = await newPerson(browser)
  let networkUp = true
  let attempts = 0
  const open: WebSocketRoute[] = []
  await writer.routeWebSocket(/\/yjs\//, (ws) => {
    attempts++
    if (!networkUp) {
      void ws.close({ code: 1006, reason: 'network down' })
      return
    }
    ws.connectToServer()
    open.push(ws)
  })
  await writer.goto(links.edit)
  await waitConnected(writer)

  networkUp = false
  for (const ws of open.splice(0)) await ws.close({ code: 1006, reason: 'network down' })
  await writer.context().setOffline(true)
  await expect(writer.getByText('Offline', { exact: true })).toBeVisible()
  // Four long notes: about 40 KB together, more than the server takes in one message.
  for (const word of ['Anhörung', 'Beschluss', 'Controlling', 'Datenschutz']) {
    await pasteLongNote(writer, `${word} `.repeat(Math.floor(9_000 / (word.length + 1))))
  }

  await writer.context().setOffline(false)
  networkUp = true
  const notice = writer.getByRole('alert').filter({ hasText: 'Änderungen zu groß zum Übertragen' })
  await expect(notice).toBeVisible()
  await expect(notice.getByRole('heading')).toBeFocused()
  await expect(notice).toContainText('Nichts ist verloren')
  await expect(notice).toContainText('MAX_MESSAGE_BYTES')
  await expect(writer.getByText('Nicht übertragen', { exact: true })).toBeVisible()
  // Still here, not at the facilitator's.
  await expect(await noteTexts(writer)).toHaveCount(4)
  await expect(await noteTexts(facilitator)).toHaveCount(0)

  // No retry loop: the same refusal would come every time. "Erneut senden" tries once more.
  const before = attempts
  await notice.getByRole('button', { name: 'Erneut senden' }).click()
  await expect.poll(() => attempts).toBe(before + 1)
  await expect(notice.getByRole('heading')).toBeFocused()
  await expect(await noteTexts(writer)).toHaveCount(4)
  await expect(await noteTexts(facilitator)).toHaveCount(0)
  expect(attempts).toBe(before + 1)
})
