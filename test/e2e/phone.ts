import type { Browser, Page } from '@playwright/test'
import { canvas, newPerson, pageErrors, rememberName, waitConnected } from './journey.ts'

/** Steps of the phone journeys: a person with a phone (390 × 844, touch), and their finger. */

export interface ScreenRect {
  x: number
  y: number
  w: number
  h: number
}

/** A board element and where the screen shows it (page pixels). */
export interface ShownElement {
  el: { kind: string; x: number; y: number; w: number; h: number; name?: string; title?: string }
  screen: ScreenRect
}

/**
 * A person with a phone in their own browser context. They have been on a board before and
 * gave `name` (no name dialog); `name: null` is a first visit.
 */
export async function phonePerson(browser: Browser, name: string | null): Promise<Page> {
  const context = await browser.newContext({
    locale: 'de-DE',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
  })
  if (name !== null) await rememberName(context, name)
  const page = await context.newPage()
  page.on('pageerror', (err) => pageErrors.push(err.message))
  return page
}

/** The board's elements and where the screen shows them, as the open board has them. */
export async function shownElements(page: Page): Promise<ShownElement[]> {
  const box = await canvas(page).boundingBox()
  if (!box) throw new Error('no canvas')
  const list = await page.evaluate(() => {
    type Element = ShownElement['el']
    const { editor } = (
      window as unknown as {
        __werkraum: {
          editor: {
            elements: readonly Element[]
            session: { camera: { x: number; y: number; zoom: number } }
          }
        }
      }
    ).__werkraum
    const { x, y, zoom } = editor.session.camera
    return editor.elements.map((el) => ({
      el: { kind: el.kind, x: el.x, y: el.y, w: el.w, h: el.h, name: el.name, title: el.title },
      screen: { x: (el.x - x) * zoom, y: (el.y - y) * zoom, w: el.w * zoom, h: el.h * zoom },
    }))
  })
  return list.map(({ el, screen }) => ({
    el,
    screen: { ...screen, x: screen.x + box.x, y: screen.y + box.y },
  }))
}

/** Where the screen shows a card, found by its kind and name (page pixels). */
export async function cardOnScreen(page: Page, kind: string, name: string): Promise<ScreenRect> {
  const found = (await shownElements(page)).find(
    ({ el }) => el.kind === kind && (el.name === name || el.title === name),
  )
  if (!found) throw new Error(`no ${kind} "${name}"`)
  return found.screen
}

export function centre(r: ScreenRect): { x: number; y: number } {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 }
}

/**
 * One finger pressed at `from`, moved to `to` at a hand's pace, rested and lifted (page
 * pixels). The events carry their own times: Chromium reads the finger's speed from them.
 */
export async function fingerDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  let time = Date.now() / 1000
  const send = async (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number }[],
    afterMs = 16,
  ): Promise<void> => {
    time = Math.max(Date.now() / 1000, time + afterMs / 1000)
    await cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p) => ({ x: p.x, y: p.y, id: 1 })),
      timestamp: time,
    })
  }
  await send('touchStart', [from])
  const steps = 12
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps
    const y = from.y + ((to.y - from.y) * i) / steps
    await send('touchMove', [{ x, y }])
  }
  // At rest before lifting, as a hand placing something is (a lift in motion reads as a fling).
  await send('touchMove', [{ x: to.x + 0.25, y: to.y }], 100)
  await send('touchEnd', [])
}

/**
 * A board made from `template` by the API; Frau Yilmaz facilitates it at her laptop, Herr
 * Krause is on it with his phone by the edit link; both are connected.
 */
export async function laptopAndPhone(
  browser: Browser,
  baseUrl: string,
  title: string,
  template: string,
): Promise<{ laptop: Page; phone: Page }> {
  const response = await fetch(`${baseUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, template }),
  })
  const created = (await response.json()) as { links: { facilitate: string; edit: string } }
  const laptop = await newPerson(browser, { name: 'Frau Yilmaz' })
  await laptop.goto(baseUrl + created.links.facilitate)
  await waitConnected(laptop)
  const phone = await phonePerson(browser, 'Herr Krause')
  await phone.goto(baseUrl + created.links.edit)
  await waitConnected(phone)
  return { laptop, phone }
}
