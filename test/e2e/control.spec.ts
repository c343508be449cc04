import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import {
  canvas,
  createBoard,
  newPerson,
  shareLinks,
  useServer,
  waitConnected,
  moderation,
  openMenu,
} from './journey.ts'

// The facilitation controls with three people (facilitator, editor, viewer): "Alle zu mir",
// presenting with everyone following, replacing a link, and the QR code for the projector.
const server = useServer()

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

interface Trio {
  anna: Page
  ben: Page
  carla: Page
  links: { edit: string; view: string; facilitate: string }
}

/** Anna facilitates, Ben has the edit link, Carla the view link; all connected. */
async function threePeople(browser: Browser, title = 'Workshop Rollen'): Promise<Trio> {
  const anna = await newPerson(browser, { name: 'Anna' })
  await createBoard(anna, server.url, title)
  const links = await shareLinks(anna)
  const ben = await newPerson(browser, { name: 'Ben' })
  const carla = await newPerson(browser, { name: 'Carla' })
  await Promise.all([ben.goto(links.edit), carla.goto(links.view)])
  await Promise.all([waitConnected(ben), waitConnected(carla)])
  return { anna, ben, carla, links }
}

async function zoomPercent(page: Page): Promise<number> {
  const text = await page
    .getByRole('button', { name: /^Zoom \d+ %, auf 100 % zurücksetzen$/ })
    .innerText()
  return Number.parseInt(text, 10)
}

/** The board point in the middle of the person's canvas (what they look at). */
async function viewCentre(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const handle = (globalThis as { __werkraum?: { editor: { session: unknown } } }).__werkraum
    const session = handle?.editor.session as {
      camera: { x: number; y: number; zoom: number }
      viewport: { width: number; height: number }
    }
    const { camera, viewport } = session
    return {
      x: Math.round(camera.x + viewport.width / 2 / camera.zoom),
      y: Math.round(camera.y + viewport.height / 2 / camera.zoom),
    }
  })
}

/** Polls until `page` looks at the same board point as `target` (within a few units). */
async function expectSameView(page: Page, target: Page): Promise<void> {
  await expect
    .poll(async () => {
      const [a, b] = await Promise.all([viewCentre(page), viewCentre(target)])
      return Math.hypot(a.x - b.x, a.y - b.y)
    })
    .toBeLessThan(4)
}

function revokedAlert(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: 'Dieser Link wurde ersetzt.' })
}

async function wheelPan(page: Page, dx: number, dy: number): Promise<void> {
  const box = await canvas(page).boundingBox()
  if (!box) throw new Error('no canvas')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.wheel(dx, dy)
}

test('"Alle zu mir" brings the editor and the viewer to the facilitator\'s view', async ({
  browser,
}) => {
  const { anna, ben, carla } = await threePeople(browser)
  // Anna zooms in and looks elsewhere; Ben zooms out.
  await canvas(anna).focus()
  await anna.keyboard.press('+')
  await expect.poll(() => zoomPercent(anna)).toBe(125)
  await wheelPan(anna, 600, 900)
  await canvas(ben).focus()
  await ben.keyboard.press('-')
  await expect.poll(() => zoomPercent(ben)).toBe(80)

  // Only the facilitator has the Moderation menu.
  await expect(ben.getByRole('button', { name: 'Moderation' })).toHaveCount(0)
  await expect(carla.getByRole('button', { name: 'Moderation' })).toHaveCount(0)
  await moderation(anna, 'Alle zu mir')
  await expect(anna.getByTestId('board-announcement')).toContainText(
    'Alle anderen sehen jetzt Ihren Ausschnitt.',
  )
  // Sighted people see it too, in a toast that goes away by itself.
  await expect(anna.getByTestId('toast')).toContainText(
    'Alle anderen sehen jetzt Ihren Ausschnitt.',
  )
  for (const person of [ben, carla]) {
    await expect(person.getByTestId('board-announcement')).toContainText(
      'Die Moderation hat alle an ihre Stelle des Boards geholt.',
    )
    await expect(person.getByTestId('toast')).toContainText(
      'Die Moderation hat alle an ihre Stelle des Boards geholt.',
    )
    await expectSameView(person, anna)
  }
  // A summon is once: Anna moves on, the others stay.
  const benBefore = await viewCentre(ben)
  await wheelPan(anna, -800, 0)
  await expect.poll(async () => (await viewCentre(anna)).x).toBeLessThan(benBefore.x - 100)
  expect(await viewCentre(ben)).toEqual(benBefore)
})

test('presenting: everyone follows while the facilitator moves; one may leave and come back', async ({
  browser,
}) => {
  const { anna, ben, carla } = await threePeople(browser)
  await moderation(anna, 'Präsentieren')
  // The menu says what a second choice would do.
  const menu = await openMenu(anna, /^Moderation$/)
  await expect(menu.getByRole('menuitem', { name: 'Präsentation beenden' })).toBeVisible()
  await anna.keyboard.press('Escape')
  for (const person of [ben, carla]) {
    await expect(
      person.getByText('Sie folgen der Präsentation von Anna.', { exact: true }),
    ).toBeVisible()
  }
  await expect(ben.getByTestId('board-announcement')).toContainText(
    'Sie folgen der Präsentation von Anna. Ihre Ansicht zeigt, was Anna zeigt',
  )
  // The participant list says who presents.
  const toggle = carla.getByRole('button', { name: /^Teilnehmende \(\d+\)$/ })
  await toggle.click()
  const rows = carla.getByRole('region', { name: 'Teilnehmende' }).getByRole('listitem')
  await expect(rows.filter({ hasText: 'Anna' })).toContainText('präsentiert')
  await expect(rows.filter({ hasText: 'präsentiert' })).toHaveCount(1)
  await toggle.click()

  await canvas(anna).focus()
  await anna.keyboard.press('+')
  await wheelPan(anna, 500, 300)
  await expect.poll(() => zoomPercent(anna)).toBe(125)
  await expectSameView(ben, anna)
  await expectSameView(carla, anna)

  // Ben pans on his own: he leaves the presentation, Carla still follows.
  await wheelPan(ben, 0, 400)
  await expect(ben.getByText(/^Sie folgen der Präsentation( von Anna)?\.$/)).toHaveCount(0)
  const rejoin = ben.getByRole('button', { name: 'Der Präsentation folgen' })
  await expect(rejoin).toBeVisible()
  const benAway = await viewCentre(ben)
  await wheelPan(anna, -700, 0)
  await expectSameView(carla, anna)
  expect(await viewCentre(ben)).toEqual(benAway)

  // He comes back with the button; Carla leaves with Escape.
  await rejoin.click()
  await expectSameView(ben, anna)
  await canvas(carla).focus()
  await carla.keyboard.press('Escape')
  await expect(carla.getByText(/^Sie folgen der Präsentation( von Anna)?\.$/)).toHaveCount(0)

  // A late joiner follows at once.
  const dora = await newPerson(browser, { name: 'Dora' })
  await dora.goto((await shareLinks(anna)).view)
  await expect(
    dora.getByText('Sie folgen der Präsentation von Anna.', { exact: true }),
  ).toBeVisible()
  await expectSameView(dora, anna)

  await moderation(anna, 'Präsentation beenden')
  for (const person of [ben, dora]) {
    await expect(person.getByText(/^Sie folgen der Präsentation( von Anna)?\.$/)).toHaveCount(0)
  }
  await expect(carla.getByRole('button', { name: 'Der Präsentation folgen' })).toHaveCount(0)
  await toggle.click()
  await expect(rows.filter({ hasText: 'präsentiert' })).toHaveCount(0)
  await expect(
    (await openMenu(anna, /^Moderation$/)).getByRole('menuitem', { name: 'Präsentieren' }),
  ).toBeVisible()
})

test('a replaced edit link locks its holder out with a clear message; the viewer stays', async ({
  browser,
}) => {
  const { anna, ben, carla, links } = await threePeople(browser)
  // Dora co-facilitates from her own browser: she joined by the facilitate link alone.
  const dora = await newPerson(browser, { name: 'Dora' })
  await dora.goto(links.facilitate)
  await waitConnected(dora)
  await anna.getByRole('button', { name: 'Teilen' }).click()
  const dialog = anna.getByRole('dialog', { name: 'Board teilen' })
  await dialog.getByRole('button', { name: 'Link zum Bearbeiten ersetzen' }).click()
  await expect(dialog.getByText(/kommt sofort nicht mehr auf das Board/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Ja, Link ersetzen' }).click()
  await expect(dialog.getByRole('status')).toHaveText(
    'Neuer Link erzeugt. Der bisherige gilt nicht mehr.',
  )
  const newEdit = await dialog.getByRole('textbox', { name: 'Link zum Bearbeiten' }).inputValue()
  expect(newEdit).not.toBe(links.edit)
  await dialog.getByRole('button', { name: 'Schließen' }).click()

  const alert = revokedAlert(ben)
  await expect(alert).toBeVisible()
  await expect(alert).toContainText('Bitte fragen Sie die Moderation nach dem neuen Link.')
  await expect(ben.getByTitle(/Zugang verweigert/)).toBeVisible()
  // Dora hears of it, and her share dialog offers the new link.
  await expect(dora.getByTestId('board-announcement')).toContainText(
    'Eine andere moderierende Person hat einen neuen Link zum Bearbeiten erzeugt.',
  )
  await dora.getByRole('button', { name: 'Teilen' }).click()
  const dorasDialog = dora.getByRole('dialog', { name: 'Board teilen' })
  await expect(dorasDialog.getByRole('textbox', { name: 'Link zum Bearbeiten' })).toHaveValue(
    newEdit,
  )
  await dorasDialog.getByRole('button', { name: 'Schließen' }).click()
  await expect(revokedAlert(dora)).toHaveCount(0)
  // Carla (view link) and Anna carry on.
  await expect(revokedAlert(carla)).toHaveCount(0)
  await waitConnected(carla)
  await waitConnected(anna)
  await expect(revokedAlert(anna)).toHaveCount(0)

  // The old link opens nothing any more; the new one works.
  await ben.reload()
  await expect(
    ben.getByRole('heading', { name: 'Dieser Link ist ungültig oder wurde ersetzt.' }),
  ).toBeVisible()
  const erik = await newPerson(browser, { name: 'Erik' })
  await erik.goto(newEdit)
  await waitConnected(erik)
  await expect(erik.getByText('Ihr Recht: Bearbeiten')).toBeVisible()
})

test('a facilitator who replaces their own link gets the new one and keeps working', async ({
  browser,
}) => {
  const { anna, links } = await threePeople(browser)
  await anna.getByRole('button', { name: 'Teilen' }).click()
  const dialog = anna.getByRole('dialog', { name: 'Board teilen' })
  await dialog.getByRole('button', { name: 'Link zum Moderieren ersetzen' }).click()
  await expect(dialog.getByText(/Sie erhalten den neuen, und die Seite lädt neu/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Ja, Link ersetzen' }).click()
  await waitConnected(anna)
  await expect(anna.getByText('Ihr Recht: Moderieren')).toBeVisible()
  await expect(revokedAlert(anna)).toHaveCount(0)
  const fresh = await shareLinks(anna)
  expect(fresh.facilitate).not.toBe(links.facilitate)
  expect(fresh.edit).toBe(links.edit)
  // The old facilitator link is dead for anyone else.
  const other = await newPerson(browser, { name: 'Fritz' })
  await other.goto(links.facilitate)
  await expect(
    other.getByRole('heading', { name: 'Dieser Link ist ungültig oder wurde ersetzt.' }),
  ).toBeVisible()
})

test('QR codes: one per link, full screen for the projector, axe clean', async ({ browser }) => {
  const anna = await newPerson(browser, { name: 'Anna' })
  await createBoard(anna, server.url, 'Digitales Ökosystem Musterstadt')
  await anna.getByRole('button', { name: 'Teilen' }).click()
  const dialog = anna.getByRole('dialog', { name: 'Board teilen' })
  for (const link of ['Link zum Bearbeiten', 'Link zum Ansehen', 'Link zum Moderieren']) {
    await expect(dialog.getByRole('img', { name: `QR-Code: ${link}` })).toBeVisible()
  }
  expect(
    (await new AxeBuilder({ page: anna }).withTags(TAGS).analyze()).violations.map((v) => v.id),
  ).toEqual([])

  await dialog.getByRole('button', { name: 'QR-Code für Link zum Ansehen groß zeigen' }).click()
  const projector = anna.getByRole('dialog', { name: 'Digitales Ökosystem Musterstadt' })
  await expect(projector).toBeVisible()
  const url = await dialog.getByRole('textbox', { name: 'Link zum Ansehen' }).inputValue()
  await expect(projector.getByText(url.replace(/^https?:\/\//, ''))).toBeVisible()
  const qr = projector.getByRole('img', { name: 'QR-Code: Link zum Ansehen' })
  // The code is drawn (its encoder is loaded when first needed): a viewBox of a QR code's size.
  await expect(qr.getByTestId('qr-modules')).toBeAttached()
  expect(Number((await qr.getAttribute('viewBox'))?.split(' ')[2])).toBeGreaterThanOrEqual(29)
  const viewport = anna.viewportSize()
  const [box, code] = await Promise.all([projector.boundingBox(), qr.boundingBox()])
  expect(box?.width).toBe(viewport?.width)
  expect(box?.height).toBe(viewport?.height)
  // Large enough for the back of a council chamber: most of the screen's height.
  expect(code?.height ?? 0).toBeGreaterThan((viewport?.height ?? 0) * 0.6)
  expect(
    (await new AxeBuilder({ page: anna }).withTags(TAGS).analyze()).violations.map((v) => v.id),
  ).toEqual([])

  await anna.keyboard.press('Escape')
  await expect(projector).toBeHidden()
  await expect(dialog).toBeVisible()
})
