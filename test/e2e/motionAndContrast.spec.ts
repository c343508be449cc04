import { expect, test, type Page } from '@playwright/test'
import {
  canvas,
  createBoard,
  moderation,
  newPerson,
  shareLinks,
  useServer,
  waitConnected,
} from './journey.ts'

// People who asked their system for less motion or more contrast: a summon cuts to the
// facilitator's view (no glide through frames in between), and lines and text turn darker.

const server = useServer()

/** Records the camera in every animation frame in which it differs from the frame before. */
async function recordCameraFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const target = globalThis as {
      __werkraum?: { editor: { session: { camera: { x: number; y: number; zoom: number } } } }
      __cameras?: string[]
    }
    const cameras: string[] = []
    target.__cameras = cameras
    const tick = (): void => {
      const camera = target.__werkraum?.editor.session.camera
      if (camera) {
        const now = `${camera.x.toFixed(2)},${camera.y.toFixed(2)},${camera.zoom.toFixed(4)}`
        if (cameras.at(-1) !== now) cameras.push(now)
      }
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
}

async function cameraFrames(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as { __cameras?: string[] }).__cameras ?? [])
}

test('with reduced motion a summon lands at once: no frames on the way', async ({ browser }) => {
  const anna = await newPerson(browser, { name: 'Anna' })
  await createBoard(anna, server.url, 'Weniger Bewegung')
  const links = await shareLinks(anna)
  const ben = await newPerson(browser, { name: 'Ben' })
  await ben.emulateMedia({ reducedMotion: 'reduce' })
  await ben.goto(links.edit)
  await waitConnected(ben)
  // Anna looks somewhere else, at another zoom.
  await canvas(anna).focus()
  await anna.keyboard.press('+')
  const box = await canvas(anna).boundingBox()
  if (!box) throw new Error('no canvas')
  await anna.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await anna.mouse.wheel(900, 700)

  await recordCameraFrames(ben)
  await expect.poll(() => cameraFrames(ben)).toHaveLength(1)
  await moderation(anna, 'Alle zu mir')
  await expect(ben.getByTestId('toast')).toContainText(
    'Die Moderation hat alle an ihre Stelle des Boards geholt.',
  )
  // Where Ben was, then where Anna is: nothing in between.
  await expect.poll(() => cameraFrames(ben)).toHaveLength(2)
  // A few more frames pass without the camera moving on.
  await ben.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let frames = 0
        const tick = (): void => (++frames >= 10 ? resolve() : void requestAnimationFrame(tick))
        requestAnimationFrame(tick)
      }),
  )
  expect(await cameraFrames(ben)).toHaveLength(2)
})

test('with more contrast asked for, lines, borders and muted text turn darker', async ({
  browser,
}) => {
  const page = await newPerson(browser, { name: 'Anna' })
  await createBoard(page, server.url, 'Mehr Kontrast')
  const tokens = (): Promise<Record<string, string>> =>
    page.evaluate(() => {
      const style = getComputedStyle(document.documentElement)
      return Object.fromEntries(
        ['--line', '--control-border', '--muted', '--warn'].map((name) => [
          name,
          style.getPropertyValue(name).trim(),
        ]),
      )
    })
  const standard = await tokens()
  expect(standard['--warn']).toBe('#7a3e00')
  await page.emulateMedia({ contrast: 'more' })
  const more = await tokens()
  expect(more).toEqual({
    '--line': '#595959',
    '--control-border': '#1a1a1a',
    '--muted': '#262626',
    '--warn': '#5c2e00',
  })
})
