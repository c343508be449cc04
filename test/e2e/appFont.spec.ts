import { expect, test, type Route } from '@playwright/test'
import { createNote } from '../../shared/ops/createNote.ts'
import { elementsMap } from '../../shared/schema/index.ts'
import { createBoard as createBoardApi, syncedClient } from '../helpers/yclient.ts'
import {
  addNoteByDoubleClick,
  createBoard,
  freeMiddle,
  newPerson,
  useServer,
  waitConnected,
} from './journey.ts'

// The app's one font: Source Sans 3, served by Werkraum itself, used by the page and the canvas;
// nothing is fetched from any other host.
const started = useServer()
/** The server's HTTP and realtime addresses (useServer starts it before the tests). */
const server = {
  get url(): string {
    return started.url
  },
  get wsUrl(): string {
    return started.url.replace(/^http/, 'ws')
  },
}

test('the board is drawn in Source Sans 3 from this server, and nothing comes from elsewhere', async ({
  browser,
}) => {
  const page = await newPerson(browser)
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await createBoard(page, server.url, 'Schrift')
  await addNoteByDoubleClick(page, 'Größe „Übergänge“', await freeMiddle(page))

  const fonts = await page.evaluate(async () => {
    await document.fonts.ready
    return {
      faces: [...document.fonts]
        .filter((f) => f.family.replace(/"/g, '') === 'Source Sans 3')
        .map((f) => `${f.weight}:${f.status}`)
        .sort(),
      body: getComputedStyle(document.body).fontFamily,
      input: getComputedStyle(document.querySelector('button') ?? document.body).fontFamily,
    }
  })
  expect(fonts.faces).toEqual(['400:loaded', '600:loaded', '700:loaded'])
  expect(fonts.body).toMatch(/^"?Source Sans 3"?,/)
  expect(fonts.input).toMatch(/^"?Source Sans 3"?,/)

  const origin = new URL(server.url).origin
  const fontFiles = requests.filter((url) => /\.woff2$/.test(new URL(url).pathname))
  expect(fontFiles).toHaveLength(3)
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([])
  await page.context().close()
})

test('the board is drawn only once the font has arrived', async ({ browser }) => {
  const board = await createBoardApi(server, { title: 'Schrift später' })
  const client = await syncedClient(server, board.id, board.editToken)
  createNote(client.doc, { x: 0, y: 0, text: 'Größe „Übergänge“' })
  await client.until((d) => elementsMap(d).size === 1, 'the note')
  client.destroy()

  const page = await newPerson(browser)
  // The font files are held back until the test lets them through.
  const held: Route[] = []
  await page.route('**/*.woff2', (route) => {
    held.push(route)
  })
  // The page's load event waits for the fonts: only the document is awaited here.
  await page.goto(`${server.url}/b/${board.id}#${board.editToken}`, {
    waitUntil: 'domcontentloaded',
  })
  await waitConnected(page)
  await page.waitForFunction(
    () =>
      (window as unknown as { __werkraum?: { editor: { elements: readonly unknown[] } } })
        .__werkraum?.editor.elements.length === 1,
  )
  await expect.poll(() => held.length).toBe(3)
  const drawn = (): Promise<number> =>
    page.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(resolve))
      return performance.getEntriesByName('werkraum:board-drawn').length
    })
  expect(await drawn()).toBe(0)

  for (const route of held) await route.continue()
  await expect.poll(drawn).toBe(1)
  expect(await page.evaluate(() => document.fonts.check('600 16px "Source Sans 3"', 'Größe'))).toBe(
    true,
  )
  await page.context().close()
})
