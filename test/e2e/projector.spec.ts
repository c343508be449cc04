import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { canvas, createBoard, moderation, newPerson, shareLinks, useServer } from './journey.ts'

// The projector view: a facilitator puts the board on the beamer from a second window. It shows
// no editing controls, follows her presentation, and shows the QR code of the edit link on Q.
const server = useServer()

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

/** What the page's board camera looks at: the board point in the middle, and the zoom. */
async function view(page: Page): Promise<{ x: number; y: number; zoom: number }> {
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
      zoom: camera.zoom,
    }
  })
}

async function pan(page: Page, dx: number, dy: number): Promise<void> {
  const box = await canvas(page).boundingBox()
  if (!box) throw new Error('no canvas')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.wheel(dx, dy)
}

test('the facilitator opens the projector view: no editing controls, it follows her presentation, Q shows the QR code', async ({
  browser,
}) => {
  const anna = await newPerson(browser, { name: 'Anna' })
  const title = 'Digitalstrategie Musterstadt'
  await createBoard(anna, server.url, title)
  const links = await shareLinks(anna)

  const [projector] = await Promise.all([
    anna.context().waitForEvent('page'),
    moderation(anna, 'Auf zweitem Bildschirm zeigen'),
  ])
  await projector.setViewportSize({ width: 1280, height: 720 })
  const heading = projector.getByRole('heading', { level: 1, name: title })
  await expect(heading).toBeAttached()
  await expect(projector).toHaveTitle(`Projektor: ${title} – Werkraum`)
  // The room sees the address bar: no token in it.
  expect(new URL(projector.url()).hash).toBe('')
  expect(new URL(projector.url()).pathname).toMatch(/^\/b\/[^/]+\/present$/)
  await expect(projector.getByRole('status')).toHaveText('Zeigt das ganze Board')

  // No editing chrome: no tools, menus or panels; the one control is the QR button.
  await expect(projector.getByRole('main', { name: title })).toBeVisible()
  await expect(projector.getByRole('toolbar')).toHaveCount(0)
  await expect(projector.getByRole('button')).toHaveCount(1)
  await expect(projector.getByRole('button', { name: 'QR-Code zeigen' })).toBeVisible()
  await expect(projector.getByRole('textbox')).toHaveCount(0)
  // It opened with the view right: the board refuses its writes, keys make nothing.
  await projector.keyboard.press('n')
  expect(
    await projector.evaluate(() => {
      const handle = (globalThis as { __werkraum?: { editor: { board: { canEdit: boolean } } } })
        .__werkraum
      return handle?.editor.board.canEdit
    }),
  ).toBe(false)
  // Anna sees it among the participants, as a viewer.
  await anna.getByRole('button', { name: /^Teilnehmende \(\d+\)$/ }).click()
  const rows = anna.getByRole('region', { name: 'Teilnehmende' }).getByRole('listitem')
  await expect(rows.filter({ hasText: 'Projektor' })).toContainText('Ansehen')
  await anna.getByRole('button', { name: /^Teilnehmende \(\d+\)$/ }).click()
  // The title line fades after a few seconds and comes back with the pointer.
  const titleLine = heading.locator('xpath=..')
  await expect(titleLine).toHaveCSS('opacity', '0', { timeout: 10_000 })
  await projector.mouse.move(200, 200)
  await expect(titleLine).toHaveCSS('opacity', '1')
  expect(await violations(projector)).toEqual([])

  // Anna presents, zooms in and moves: the projector shows what she shows.
  await anna.bringToFront()
  await moderation(anna, 'Präsentieren')
  await expect(projector.getByRole('status')).toHaveText('Folgt der Präsentation')
  await canvas(anna).focus()
  await anna.keyboard.press('+')
  await pan(anna, 400, 250)
  await expect
    .poll(async () => {
      const [a, p] = await Promise.all([view(anna), view(projector)])
      return Math.hypot(a.x - p.x, a.y - p.y)
    })
    .toBeLessThan(4)
  // Large type: never below 40 %.
  expect((await view(projector)).zoom).toBeGreaterThanOrEqual(0.4)

  // Q shows the QR code of the edit link large, with the address as text; Escape closes it.
  await projector.keyboard.press('q')
  const qr = projector.getByRole('dialog', { name: title })
  await expect(qr).toBeVisible()
  await expect(qr.getByRole('img', { name: 'QR-Code: Link zum Bearbeiten' })).toBeVisible()
  await expect(qr.getByTestId('qr-modules')).toBeAttached()
  await expect(qr).toContainText(links.edit.replace(/^https?:\/\//, ''))
  expect(await violations(projector)).toEqual([])
  await projector.keyboard.press('Escape')
  await expect(qr).toBeHidden()
  // The button does the same.
  await projector.getByRole('button', { name: 'QR-Code zeigen' }).click()
  await expect(qr).toBeVisible()
  await projector.keyboard.press('q')
  await expect(qr).toBeHidden()

  // The presentation ends: the projector shows the whole board again.
  await anna.bringToFront()
  await moderation(anna, 'Präsentation beenden')
  await expect(projector.getByRole('status')).toHaveText('Zeigt das ganze Board')
})

test('the projector view opens with the view link only; an edit link is refused', async ({
  browser,
}) => {
  const anna = await newPerson(browser, { name: 'Anna' })
  const id = await createBoard(anna, server.url, 'Rollen klären')
  const links = await shareLinks(anna)
  const editToken = new URL(links.edit).hash.slice(1)
  const viewToken = new URL(links.view).hash.slice(1)
  const beamer = await newPerson(browser, { name: null })
  await beamer.goto(`${server.url}/b/${id}/present#${editToken}`)
  await expect(beamer.getByRole('heading', { level: 1 })).toHaveText(
    /öffnet nur mit dem Link zum Ansehen/,
  )
  // The view link opens it in any browser, with no name asked; its QR code is the view link.
  await beamer.goto('about:blank')
  await beamer.goto(`${server.url}/b/${id}/present#${viewToken}`)
  await expect(beamer.getByRole('heading', { level: 1, name: 'Rollen klären' })).toBeAttached()
  await expect(beamer.getByRole('dialog')).toHaveCount(0)
  await beamer.keyboard.press('Q')
  await expect(
    beamer.getByRole('dialog').getByRole('img', { name: 'QR-Code: Link zum Ansehen' }),
  ).toBeVisible()
  // A co-facilitator who came by the facilitation link has no view link in this browser: the
  // Moderation menu's item says where to get one instead of opening a projector that could edit.
  const dora = await newPerson(browser, { name: 'Dora' })
  await dora.goto(links.facilitate)
  await expect(dora.getByText('Ihr Recht: Moderieren')).toBeVisible()
  await moderation(dora, 'Auf zweitem Bildschirm zeigen')
  await expect(dora.getByText(/braucht dieser Browser den Link zum Ansehen/).first()).toBeVisible()
  expect(dora.context().pages()).toHaveLength(1)

  // A reload keeps it open without the fragment.
  await beamer.keyboard.press('Escape')
  await beamer.reload()
  await expect(beamer.getByRole('heading', { level: 1, name: 'Rollen klären' })).toBeAttached()
  await waitForProjectorConnected(beamer)
})

async function waitForProjectorConnected(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toHaveText('Zeigt das ganze Board')
}
