import { expect, test, type Browser, type Page } from '@playwright/test'
import {
  boardMenu,
  openMenu,
  pageErrors,
  rememberName,
  useServer,
  waitConnected,
} from './journey.ts'

// The header's menus in use: on a phone the top bar's overflow menu reaches what the laptop's
// header shows on its own (participants, search, frames, Moderation); on a laptop the
// participants are avatars, and a viewer's menus hold only what a viewer can use.

const server = useServer()

type Right = 'facilitate' | 'edit' | 'view'

async function ecosystemBoard(): Promise<Record<Right, string>> {
  const res = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Digitales Ökosystem Musterstadt', template: 'ecosystem' }),
  })
  expect(res.status).toBe(201)
  const { links } = (await res.json()) as { links: Record<Right, string> }
  return links
}

async function open(browser: Browser, link: string, name: string, phone: boolean): Promise<Page> {
  const context = await browser.newContext({
    locale: 'de-DE',
    viewport: phone ? { width: 390, height: 844 } : { width: 1400, height: 900 },
    isMobile: phone,
    hasTouch: phone,
  })
  await rememberName(context, name)
  const page = await context.newPage()
  page.on('pageerror', (err) => pageErrors.push(err.message))
  await page.goto(new URL(link, server.url).href)
  await waitConnected(page)
  return page
}

test('on a phone the overflow menu opens the participants, search, the frames and "Alle zu mir"; the toast stays above the tool bar', async ({
  browser,
}) => {
  const links = await ecosystemBoard()
  const krause = await open(browser, links.facilitate, 'Herr Krause', true)
  const more = krause.getByRole('button', { name: 'Weitere Funktionen' })

  // The slim top bar: no zoom group (two fingers zoom), no laptop menus.
  await expect(krause.getByRole('heading', { level: 1 })).toHaveText(
    'Digitales Ökosystem Musterstadt',
  )
  await expect(krause.getByRole('button', { name: 'Teilen' })).toBeVisible()
  await expect(krause.getByRole('group', { name: 'Zoom', exact: true })).toHaveCount(0)
  await expect(krause.getByRole('button', { name: 'Board-Menü' })).toHaveCount(0)
  await expect(krause.getByRole('button', { name: 'Moderation' })).toHaveCount(0)

  // Participants: the list takes the focus; Escape gives it back to the overflow button.
  await boardMenu(krause, /^Teilnehmende \(\d+\)$/)
  const participants = krause.getByRole('region', { name: 'Teilnehmende' })
  await expect(participants.getByRole('heading', { name: 'Teilnehmende' })).toBeFocused()
  await expect(participants.getByRole('listitem')).toContainText(['Herr Krause (Sie)'])
  await krause.keyboard.press('Escape')
  await expect(participants).toHaveCount(0)
  await expect(more).toBeFocused()

  // Search: the field covers the top bar while it is open.
  await boardMenu(krause, 'Suchen')
  const search = krause.getByRole('searchbox', { name: 'Auf dem Board suchen' })
  await expect(search).toBeFocused()
  await search.fill('Stadtwerke')
  await expect(krause.getByText('1 von 1')).toBeVisible()
  await search.press('Escape')
  await expect(search).toHaveCount(0)

  // The frames: the list above the bottom tool bar.
  await boardMenu(krause, 'Rahmen')
  const frames = krause.getByRole('navigation', { name: 'Rahmen des Boards' })
  await expect(frames.getByRole('button', { name: 'Digitales Ökosystem' })).toBeVisible()
  await frames.getByRole('button', { name: /^Rahmen \(1\)$/ }).click()
  await expect(frames).toHaveCount(0)

  // The Moderation items are there too; the toast does not cover the tools.
  await boardMenu(krause, 'Alle zu mir')
  const toast = krause.getByTestId('toast')
  await expect(toast).toContainText('Alle anderen sehen jetzt Ihren Ausschnitt.')
  const toastBox = await toast.boundingBox()
  const toolsBox = await krause.getByRole('group', { name: 'Werkzeuge', exact: true }).boundingBox()
  if (!toastBox || !toolsBox) throw new Error('toast or tool bar not shown')
  expect(toastBox.y + toastBox.height).toBeLessThanOrEqual(toolsBox.y)
})

test('on a laptop the participants are avatars with initials, search opens in the header; a viewer gets no undo, no snapping and no Moderation', async ({
  browser,
}) => {
  const links = await ecosystemBoard()
  const yilmaz = await open(browser, links.facilitate, 'Anna Yilmaz', false)
  const lea = await open(browser, links.view, 'Lea', false)

  const avatars = yilmaz.getByRole('button', { name: 'Teilnehmende (2)' })
  await expect(avatars).toBeVisible()
  await expect(avatars).toContainText('AY')
  await expect(avatars).toContainText('L')
  await avatars.click()
  const list = yilmaz.getByRole('region', { name: 'Teilnehmende' })
  await expect(list.getByRole('button', { name: 'Lea folgen' })).toBeVisible()
  await yilmaz.keyboard.press('Escape')
  await expect(avatars).toBeFocused()

  // Search in the header: the field takes the button's place; Escape gives the focus back to it.
  await yilmaz.getByRole('button', { name: 'Auf dem Board suchen (Strg+F)' }).click()
  const search = yilmaz.getByRole('searchbox', { name: 'Auf dem Board suchen' })
  await expect(search).toBeFocused()
  await search.fill('Bürgeramt')
  await expect(yilmaz.getByText('1 von 1')).toBeVisible()
  await search.press('Escape')
  await expect(search).toHaveCount(0)
  await expect(yilmaz.getByRole('button', { name: 'Auf dem Board suchen (Strg+F)' })).toBeFocused()

  // The viewer: nothing to edit with.
  await expect(lea.getByText('Ihr Recht: Ansehen')).toBeVisible()
  for (const name of ['Rückgängig', 'Wiederholen', 'Moderation']) {
    await expect(lea.getByRole('button', { name, exact: true })).toHaveCount(0)
  }
  const menu = await openMenu(lea, /^Board-Menü$/)
  await expect(menu.getByRole('menuitem', { name: 'Exportieren' })).toBeVisible()
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Übersichtskarte zeigen' })).toBeVisible()
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Am Raster ausrichten' })).toHaveCount(0)
  await expect(menu.getByRole('menuitem', { name: 'Als Vorlage speichern' })).toHaveCount(0)
})
