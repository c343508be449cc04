import { expect, test } from '@playwright/test'
import { addNoteByDoubleClick, createBoard, freeMiddle, newPerson, useServer } from './journey.ts'

// The app's one font: Source Sans 3, served by Werkraum itself, used by the page and the canvas;
// nothing is fetched from any other host.
const server = useServer()

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
