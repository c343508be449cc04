import { expect, test, type Browser, type Page } from '@playwright/test'
import {
  boardMenu,
  canvas,
  newPerson,
  pageErrors,
  rememberName,
  useServer,
  waitConnected,
} from './journey.ts'

// Journey 2 on a phone: Herr Krause came in by the QR code of the edit link and sits in the room
// with his phone. On the roles board he adds himself as a person card, drags it with his finger
// onto a role, answers "A" in the chooser, and Frau Yilmaz at the laptop sees him as the
// Accountable of that role in the matrix.

const server = useServer()

type Rect = { x: number; y: number; w: number; h: number }
type Shown = {
  kind: string
  x: number
  y: number
  w: number
  h: number
  name?: string
  title?: string
}

async function phonePerson(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext({
    locale: 'de-DE',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
  })
  await rememberName(context, name)
  const page = await context.newPage()
  page.on('pageerror', (err) => pageErrors.push(err.message))
  return page
}

/** The board's elements and where the screen shows them (page pixels), as the open board has them. */
async function shown(page: Page): Promise<{ el: Shown; screen: Rect }[]> {
  const box = await canvas(page).boundingBox()
  if (!box) throw new Error('no canvas')
  const list = await page.evaluate(() => {
    const { editor } = (
      window as unknown as {
        __werkraum: {
          editor: {
            elements: readonly Shown[]
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

function centre(r: Rect): { x: number; y: number } {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 }
}

/**
 * One finger pressed at `from`, moved to `to` at a hand's pace, rested and lifted (page
 * pixels). The events carry their own times: Chromium reads the finger's speed from them.
 */
async function fingerDrag(
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

test('phone: a person card dragged by finger onto a role, A chosen by tap; the laptop sees A in the matrix', async ({
  browser,
}) => {
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Rollen Musterstadt', template: 'roles' }),
  })
  const created = (await response.json()) as { links: { facilitate: string; edit: string } }
  const laptop = await newPerson(browser, { name: 'Frau Yilmaz' })
  await laptop.goto(server.url + created.links.facilitate)
  await waitConnected(laptop)
  const phone = await phonePerson(browser, 'Herr Krause')
  await phone.goto(server.url + created.links.edit)
  await waitConnected(phone)

  const bar = phone.getByRole('group', { name: 'Werkzeuge', exact: true })
  const barBox = await bar.boundingBox()
  const canvasBox = await canvas(phone).boundingBox()
  if (!barBox || !canvasBox) throw new Error('no tool bar or canvas')
  // A role card the phone shows whole, above the bottom bar, in readable size.
  const roles = (await shown(phone)).filter(
    ({ el, screen }) =>
      el.kind === 'role' &&
      screen.x >= canvasBox.x &&
      screen.x + screen.w <= canvasBox.x + canvasBox.width &&
      screen.y >= canvasBox.y &&
      screen.y + screen.h <= barBox.y,
  )
  const target = roles[0]
  if (!target?.el.title) throw new Error('the phone shows no role card whole')
  const role = target.el.title

  // A person card on an empty spot the finger taps, named in place.
  const occupied = (await shown(phone)).filter(({ el }) => el.kind !== 'frame')
  let spot: { x: number; y: number } | null = null
  for (let y = canvasBox.y + 40; y < barBox.y - 60 && !spot; y += 20) {
    for (let x = canvasBox.x + 20; x < canvasBox.x + canvasBox.width - 140 && !spot; x += 20) {
      const free = occupied.every(
        ({ screen }) =>
          x + 140 < screen.x ||
          x > screen.x + screen.w ||
          y + 70 < screen.y ||
          y > screen.y + screen.h,
      )
      if (free) spot = { x, y }
    }
  }
  if (!spot) throw new Error('no empty spot on the phone')
  await bar.getByRole('button', { name: 'Person oder Org.-Einheit', exact: true }).tap()
  await phone.touchscreen.tap(spot.x, spot.y)
  const field = phone.getByRole('textbox', { name: 'Name auf der Karte' })
  await expect(field).toBeFocused()
  await phone.keyboard.type('Herr Krause')
  await phone.keyboard.press('Escape')
  await expect(field).toHaveCount(0)

  // Dragged by finger onto the role: the chooser asks, A is marked; a tap on A answers.
  const person = (await shown(phone)).find(
    ({ el }) => el.kind === 'person' && el.name === 'Herr Krause',
  )
  if (!person) throw new Error('the person card is not on the board')
  await fingerDrag(phone, centre(person.screen), centre(target.screen))
  const chooser = phone.getByRole('dialog', { name: `Wie ist Herr Krause an „${role}“ beteiligt?` })
  await expect(chooser).toBeVisible()
  const choice = chooser.getByRole('button', { name: /^A\b/ })
  const choiceBox = await choice.boundingBox()
  if (!choiceBox) throw new Error('no A button')
  // A finger hits it: 44 px, and on the screen.
  expect(Math.min(choiceBox.width, choiceBox.height)).toBeGreaterThanOrEqual(44)
  expect(choiceBox.x + choiceBox.width).toBeLessThanOrEqual(390)
  await choice.tap()
  await expect(chooser).toHaveCount(0)

  // The laptop sees him as Accountable of that role in the matrix.
  const toggle = laptop.getByRole('button', { name: /^Auswertung(?! schließen)/ })
  if ((await toggle.count()) > 0) await toggle.click()
  else await boardMenu(laptop, 'Auswertung')
  const panel = laptop.getByRole('complementary', { name: 'Auswertung' })
  await panel.getByRole('tab', { name: 'Matrix' }).click()
  await expect
    .poll(async () => (await panel.getByRole('columnheader').allTextContents()).join('|'))
    .toContain('Herr Krause')
  const column =
    (await panel.getByRole('columnheader').allTextContents()).findIndex((h) =>
      h.includes('Herr Krause'),
    ) - 1
  await expect(
    panel
      .getByRole('row')
      .filter({ has: laptop.getByRole('rowheader', { name: role }) })
      .getByRole('gridcell')
      .nth(column),
  ).toContainText('A')
})
