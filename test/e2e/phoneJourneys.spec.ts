import { expect, test, type Browser, type Page } from '@playwright/test'
import {
  boardMenu,
  canvas,
  insertFromMenu,
  listView,
  newPerson,
  pageErrors,
  pickTool,
  rememberName,
  selectionBar,
  useServer,
  waitConnected,
} from './journey.ts'

// Journeys 1 to 3 on a phone (390 × 844, touch): Frau Yilmaz prepares the workshop from her
// phone on the train; Herr Krause joins from his phone for the first time; on the phone, actor
// cards are related by finger, and the laptop sees it all.

const server = useServer()

type Rect = { x: number; y: number; w: number; h: number }

async function phonePerson(browser: Browser, name: string | null): Promise<Page> {
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

/** Where the screen shows a card (page pixels), by its kind and name. */
async function cardOnScreen(page: Page, kind: string, name: string): Promise<Rect> {
  const box = await canvas(page).boundingBox()
  if (!box) throw new Error('no canvas')
  const rect = await page.evaluate(
    ({ kind, name }) => {
      type Shown = { kind: string; x: number; y: number; w: number; h: number; name?: string }
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
      const el = editor.elements.find((e) => e.kind === kind && e.name === name)
      if (!el) return null
      const { x, y, zoom } = editor.session.camera
      return { x: (el.x - x) * zoom, y: (el.y - y) * zoom, w: el.w * zoom, h: el.h * zoom }
    },
    { kind, name },
  )
  if (!rect) throw new Error(`no ${kind} "${name}"`)
  return { ...rect, x: rect.x + box.x, y: rect.y + box.y }
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

/** The list view's entries as a screen reader hears them (the list closes again). */
async function entries(page: Page): Promise<string[]> {
  const list = await listView(page)
  const names = await list
    .getByRole('listitem')
    .locator('.entry .visually-hidden')
    .allTextContents()
  await boardMenu(page, 'Listenansicht schließen')
  return names
}

test('journeys 1 and 2 on phones: a board prepared from the template, an actor removed, the roles added, the link shared; a first visitor names himself and is seen', async ({
  browser,
}) => {
  // 1. Frau Yilmaz prepares the board on her phone.
  const yilmaz = await phonePerson(browser, 'Frau Yilmaz')
  await yilmaz.goto(server.url)
  await yilmaz.getByLabel('Titel des Boards').fill('Digitales Ökosystem Musterstadt')
  await yilmaz.getByRole('radio', { name: 'Digitales Ökosystem', exact: true }).check()
  await yilmaz.getByRole('button', { name: 'Board anlegen' }).tap()
  await expect(
    yilmaz.getByRole('heading', { level: 1, name: 'Digitales Ökosystem Musterstadt' }),
  ).toBeVisible()
  await waitConnected(yilmaz)

  // She removes an example actor: a tap selects it, Löschen beside it deletes it.
  const vhs = await cardOnScreen(yilmaz, 'actor', 'Volkshochschule')
  await yilmaz.touchscreen.tap(centre(vhs).x, centre(vhs).y)
  await selectionBar(yilmaz).getByRole('button', { name: 'Löschen', exact: true }).tap()
  await expect
    .poll(async () => (await entries(yilmaz)).join(' | '))
    .not.toContain('Volkshochschule')

  // The roles go next to it, from the Einfügen menu of the bottom bar.
  await insertFromMenu(yilmaz, 'Vorlage einfügen')
  const dialog = yilmaz.getByRole('dialog', { name: 'Vorlage einfügen' })
  await dialog.getByRole('radio', { name: 'Rollen in der Digitalen Kommune' }).check()
  await dialog.getByRole('button', { name: 'Einfügen' }).tap()
  await expect(dialog).toBeHidden()
  await expect(yilmaz.getByTestId('board-announcement')).toContainText(
    'Vorlage „Rollen in der Digitalen Kommune“ eingefügt',
  )

  // Teilen: the edit link and its QR code, on the phone's screen.
  await yilmaz.getByRole('button', { name: 'Teilen' }).tap()
  const share = yilmaz.getByRole('dialog', { name: 'Board teilen' })
  await expect(share).toBeVisible()
  const edit = await share.getByRole('textbox', { name: 'Link zum Bearbeiten' }).inputValue()
  const qr = share.getByRole('button', { name: 'QR-Code für Link zum Bearbeiten groß zeigen' })
  await expect(qr).toBeVisible()
  const qrBox = await qr.boundingBox()
  expect(qrBox && qrBox.x >= 0 && qrBox.x + qrBox.width <= 390).toBe(true)
  await share.getByRole('button', { name: 'Schließen' }).tap()
  await expect(share).toBeHidden()

  // 2. Herr Krause opens the link on his phone for the first time: a name, and he is there.
  const krause = await phonePerson(browser, null)
  await krause.goto(edit)
  const nameDialog = krause.getByRole('dialog', { name: 'Wie möchten Sie heißen?' })
  await expect(nameDialog).toBeVisible()
  await nameDialog.getByRole('textbox', { name: 'Ihr Name' }).fill('Herr Krause')
  await nameDialog.getByRole('button', { name: 'Zum Board' }).tap()
  await expect(nameDialog).toBeHidden()
  await waitConnected(krause)
  // He sees the roles that were added (the checks count them as vacant), and who else is there.
  await boardMenu(krause, /^Auswertung/)
  const evaluation = krause.getByRole('complementary', { name: 'Auswertung' })
  await evaluation.getByRole('tab', { name: 'Prüfungen' }).tap()
  await expect(evaluation).toContainText(/\d+ Rollen unbesetzt/)
  await evaluation.getByRole('button', { name: 'Auswertung schließen' }).tap()
  await boardMenu(krause, /^Teilnehmende \(2\)$/)
  const people = krause.getByRole('region', { name: 'Teilnehmende' })
  await expect(people).toContainText('Frau Yilmaz')

  // The next day she finds the board again under "Meine Boards", on the same phone.
  await yilmaz.goto(server.url)
  const mine = yilmaz.getByRole('region', { name: 'Meine Boards' })
  await expect(mine.getByRole('link', { name: 'Digitales Ökosystem Musterstadt' })).toBeVisible()
})

test('journey 3 on a phone: two actor cards related by finger with the arrow; the laptop sees the relation', async ({
  browser,
}) => {
  const response = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Ökosystem', template: 'ecosystem' }),
  })
  const created = (await response.json()) as { links: { facilitate: string; edit: string } }
  const laptop = await newPerson(browser, { name: 'Frau Yilmaz' })
  await laptop.goto(server.url + created.links.facilitate)
  await waitConnected(laptop)
  const phone = await phonePerson(browser, 'Herr Krause')
  await phone.goto(server.url + created.links.edit)
  await waitConnected(phone)

  // The laptop's ecosystem panel lists the actors without any relation: the Bürgeramt is one.
  await laptop.getByRole('button', { name: /^Auswertung(?! schließen)/ }).click()
  const panel = laptop.getByRole('complementary', { name: 'Auswertung' })
  await panel.getByRole('tab', { name: 'Ökosystem' }).click()
  const unrelated = panel.getByRole('button', { name: 'Bürgeramt' })
  await expect(unrelated).toBeVisible()

  // The arrow from "Weitere Werkzeuge", drawn by finger from one card to another.
  const from = await cardOnScreen(phone, 'actor', 'Bürgeramt')
  const to = await cardOnScreen(phone, 'actor', 'Kommunales Rechenzentrum')
  await pickTool(phone, 'Pfeil')
  await fingerDrag(phone, centre(from), centre(to))
  // The new arrow is selected: "Mehr …" beside it gives it a kind of relation.
  await selectionBar(phone).getByRole('button', { name: 'Mehr …' }).tap()
  await phone
    .getByRole('combobox', { name: 'Art der Beziehung' })
    .selectOption({ label: 'liefert Daten an' })
  // Related now: the laptop's panel no longer lists it.
  await expect(unrelated).toHaveCount(0)
})
