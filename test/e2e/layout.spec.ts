import { expect, test, type Browser, type Page } from '@playwright/test'
import { pageErrors, rememberName, useServer, waitConnected } from './journey.ts'
import { probeLayout, type LayoutReport } from './layoutProbe.ts'

// The board gets the screen: on a laptop (1400 × 900 and 1024 × 768) and a phone (390 × 844,
// touch), for a facilitator, an editor and a viewer on the ecosystem board, no two controls
// overlap and none lies beyond the edge where nothing scrolls to it, at rest, with a card
// selected and with a menu open; at rest the board keeps 90 % of a laptop's screen and 85 % of
// a phone's.

const server = useServer()

interface Screen {
  name: string
  viewport: { width: number; height: number }
  phone: boolean
  /** The least share of the screen that is board at rest. */
  minBoardShare: number
}

const SCREENS: Screen[] = [
  { name: 'laptop 1400', viewport: { width: 1400, height: 900 }, phone: false, minBoardShare: 0.9 },
  { name: 'laptop 1024', viewport: { width: 1024, height: 768 }, phone: false, minBoardShare: 0.9 },
  { name: 'phone 390', viewport: { width: 390, height: 844 }, phone: true, minBoardShare: 0.85 },
]

const RIGHTS = ['facilitate', 'edit', 'view'] as const
type Right = (typeof RIGHTS)[number]

let links: Record<Right, string> | undefined

/** One ecosystem board for the whole file: the server's template, laid out in German. */
async function ecosystemLinks(): Promise<Record<Right, string>> {
  if (links) return links
  const res = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'de' },
    body: JSON.stringify({ title: 'Digitales Ökosystem Musterstadt', template: 'ecosystem' }),
  })
  expect(res.status).toBe(201)
  const body = (await res.json()) as { links: Record<Right, string> }
  links = body.links
  return links
}

async function openAs(browser: Browser, screen: Screen, right: Right): Promise<Page> {
  const context = await browser.newContext({
    locale: 'de-DE',
    viewport: screen.viewport,
    isMobile: screen.phone,
    hasTouch: screen.phone,
  })
  await rememberName(context, 'Anna Yilmaz')
  const page = await context.newPage()
  page.on('pageerror', (err) => pageErrors.push(err.message))
  const link = (await ecosystemLinks())[right]
  // The server answers with paths when it has no PUBLIC_URL.
  await page.goto(new URL(link, server.url).href)
  await waitConnected(page)
  return page
}

/** What fails the layout, as one value to poll until the page has settled. */
function problems(report: LayoutReport, minBoardShare: number | null): object {
  const share = Math.round(report.boardShare * 1000) / 1000
  return {
    overlaps: report.overlaps,
    outside: report.outside,
    boardShareTooSmall: minBoardShare !== null && share < minBoardShare ? share : null,
  }
}

const FINE = { overlaps: [], outside: [], boardShareTooSmall: null }

async function expectLayoutFine(page: Page, minBoardShare: number | null): Promise<void> {
  await expect
    .poll(async () => problems(await probeLayout(page), minBoardShare), { timeout: 15_000 })
    .toEqual(FINE)
}

/** Clicks (or taps) an actor card where the board shows it, as a person would select it. */
async function selectCard(page: Page, name: string, phone: boolean): Promise<void> {
  const canvasBox = await page.getByLabel('Board-Fläche').boundingBox()
  if (!canvasBox) throw new Error('no canvas')
  const at = await page.evaluate((wanted) => {
    type Card = { kind: string; name?: string; x: number; y: number; w: number; h: number }
    const editor = (
      window as unknown as {
        __werkraum: {
          editor: {
            elements: readonly Card[]
            session: { camera: { x: number; y: number; zoom: number } }
          }
        }
      }
    ).__werkraum.editor
    const card = editor.elements.find((el) => el.kind === 'actor' && el.name === wanted)
    if (!card) return null
    const { camera } = editor.session
    // The card's title line, left of its middle: clear of the badge and any marker.
    return {
      x: (card.x + card.w / 3 - camera.x) * camera.zoom,
      y: (card.y + card.h / 2 - camera.y) * camera.zoom,
    }
  }, name)
  if (!at) throw new Error(`no actor card "${name}"`)
  const x = canvasBox.x + at.x
  const y = canvasBox.y + at.y
  if (phone) await page.touchscreen.tap(x, y)
  else await page.mouse.click(x, y)
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as unknown as { __werkraum: { editor: { session: { selection: Set<string> } } } })
            .__werkraum.editor.session.selection.size,
      ),
    )
    .toBe(1)
}

for (const screen of SCREENS) {
  for (const right of RIGHTS) {
    test(`${screen.name}, ${right}: nothing overlaps or lies beyond the edge; the board keeps its share`, async ({
      browser,
    }) => {
      const page = await openAs(browser, screen, right)

      // At rest.
      await expectLayoutFine(page, screen.minBoardShare)

      // The board menu (the overflow menu on a phone) open.
      const menuName = screen.phone ? 'Weitere Funktionen' : 'Board-Menü'
      await page.getByRole('button', { name: menuName, exact: true }).click()
      await expect(page.getByRole('menu')).toBeVisible()
      await expectLayoutFine(page, null)
      await page.keyboard.press('Escape')
      await expect(page.getByRole('menu')).toHaveCount(0)

      // The facilitator's Moderation menu (on a phone its items are in the overflow menu).
      if (right === 'facilitate' && !screen.phone) {
        await page.getByRole('button', { name: 'Moderation', exact: true }).click()
        await expect(page.getByRole('menu')).toBeVisible()
        await expectLayoutFine(page, null)
        await page.keyboard.press('Escape')
        await expect(page.getByRole('menu')).toHaveCount(0)
      }

      // A card selected: what the selection brings stays clear of everything else.
      await selectCard(page, 'Bürgeramt', screen.phone)
      await expectLayoutFine(page, null)

      await page.context().close()
    })
  }
}
