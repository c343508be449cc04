import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { createFrame, createNote } from '../../shared/ops/index.ts'
import { createBoard as createBoardByApi, syncedClient } from '../helpers/yclient.ts'
import { canvas, listView, newPerson, useServer, waitConnected } from './journey.ts'

// The list view is the accessible way through a board: on a large board it mounts only the rows
// in view, reads frames with their content first, then top to bottom, and the keys still reach
// every element.

const server = useServer()
const GRID = 1200

/** A board with a frame holding two notes, and 1,200 notes below it on a grid of 30 columns. */
async function largeBoard(): Promise<{ id: string; token: string }> {
  const address = { url: server.url, wsUrl: server.url.replace(/^http/, 'ws') }
  const board = await createBoardByApi(address, { title: 'Große Sammlung' })
  const client = await syncedClient(address, board.id, board.editToken)
  const doc = client.doc
  doc.transact(() => {
    createFrame(doc, { x: 0, y: 0, w: 1000, h: 600, title: 'Agenda' })
    createNote(doc, { x: 150, y: 150, text: 'Begrüßung' })
    createNote(doc, { x: 450, y: 150, text: 'Ziele' })
    for (let i = 0; i < GRID; i++) {
      const x = 90 + (i % 30) * 200
      const y = 800 + Math.floor(i / 30) * 200
      createNote(doc, { x, y, text: `Notiz ${i + 1}`, id: `n${i + 1}` })
    }
  })
  const reader = await syncedClient(address, board.id, board.editToken)
  await reader.until((d) => d.getMap('elements').size === GRID + 3, 'the server to hold the board')
  reader.destroy()
  client.destroy()
  return { id: board.id, token: board.editToken }
}

async function open(page: Page, board: { id: string; token: string }): Promise<void> {
  await page.goto(`${server.url}/b/${board.id}#${board.token}`)
  await waitConnected(page)
}

test('a large board in the list view: few rows mounted, reading order, keys across it all, live', async ({
  browser,
}) => {
  const board = await largeBoard()
  const anna = await newPerson(browser, { name: 'Anna' })
  const ben = await newPerson(browser, { name: 'Ben' })
  await open(anna, board)
  await open(ben, board)

  const list = await listView(anna)
  const total = String(GRID + 3)
  await expect(list.getByText(`${total} Elemente`)).toBeVisible()
  const items = list.getByRole('listitem')
  // Only what is in view (and a few rows around it) is in the page.
  await expect(items.first()).toBeVisible()
  expect(await items.count()).toBeLessThan(60)
  // Frames first with their content, then the rest top to bottom, left to right.
  const texts = list.getByRole('listitem').getByTestId('note-text')
  await expect(items.first()).toContainText('Rahmen: Agenda')
  await expect(texts.nth(0)).toHaveText('Begrüßung')
  await expect(texts.nth(1)).toHaveText('Ziele')
  await expect(texts.nth(2)).toHaveText('Notiz 1')
  await expect(texts.nth(3)).toHaveText('Notiz 2')
  // A screen reader hears the place in the whole list.
  await expect(items.first()).toHaveAttribute('aria-posinset', '1')
  await expect(items.first()).toHaveAttribute('aria-setsize', total)

  // End and Home reach the last and the first of all 1,203; the arrows go one at a time.
  const focusedItem = list.locator('li:focus-within')
  await items.first().getByRole('button').first().focus()
  await anna.keyboard.press('End')
  await expect(focusedItem).toHaveAttribute('aria-posinset', total)
  await expect(focusedItem.getByTestId('note-text')).toHaveText(`Notiz ${GRID}`)
  expect(await items.count()).toBeLessThan(60)
  await anna.keyboard.press('ArrowUp')
  await expect(focusedItem.getByTestId('note-text')).toHaveText(`Notiz ${GRID - 1}`)
  await anna.keyboard.press('Home')
  await expect(focusedItem).toHaveAttribute('aria-posinset', '1')
  await expect(focusedItem).toContainText('Rahmen: Agenda')
  await anna.keyboard.press('ArrowDown')
  await expect(focusedItem).toHaveAttribute('aria-posinset', '2')
  await expect(focusedItem.getByTestId('note-text')).toHaveText('Begrüßung')
  // Tab still goes through the item's own buttons to the next item.
  await anna.keyboard.press('Tab')
  await anna.keyboard.press('Tab')
  await anna.keyboard.press('Tab')
  await expect(focusedItem.getByTestId('note-text')).toHaveText('Ziele')

  // Ben drags "Notiz 5" into the frame on his canvas; Anna's list reads it under the frame.
  await expect(texts.nth(6)).toHaveText('Notiz 5')
  const from = await screenPointOf(ben, 'n5', { x: 890, y: 800 })
  const to = await screenPointOf(ben, 'n5', { x: 700, y: 420 })
  await ben.mouse.move(from.x, from.y)
  await ben.mouse.down()
  await ben.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 })
  await ben.mouse.move(to.x, to.y, { steps: 4 })
  await ben.mouse.up()
  await expect(texts.nth(2)).toHaveText('Notiz 5')
  await expect(list.getByRole('listitem').nth(3)).toHaveAttribute('aria-posinset', '4')
  await expect(texts.nth(3)).toHaveText('Notiz 1')

  const results = await new AxeBuilder({ page: anna })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})

/**
 * Shows the note in the middle of Ben's view (through the list view, as a keyboard user would
 * pick it) and returns where the board point `at` is on his screen, from his page's camera.
 */
async function screenPointOf(
  page: Page,
  id: string,
  at: { x: number; y: number },
): Promise<{ x: number; y: number }> {
  const box = await canvas(page).boundingBox()
  if (!box) throw new Error('no canvas')
  const camera = await page.evaluate((noteId) => {
    const editor = (
      window as unknown as {
        __werkraum: {
          editor: {
            showElement(id: string): void
            session: { camera: { x: number; y: number; zoom: number } }
          }
        }
      }
    ).__werkraum.editor
    editor.showElement(noteId)
    return editor.session.camera
  }, id)
  return {
    x: box.x + (at.x - camera.x) * camera.zoom,
    y: box.y + (at.y - camera.y) * camera.zoom,
  }
}

test('the ecosystem board in the list view: the frame as a group, no ring drawing, an actor renamed and deleted there', async ({
  browser,
}) => {
  const anna = await newPerson(browser, { name: 'Anna' })
  await anna.goto(server.url)
  await anna.getByLabel('Titel des Boards').fill('Ökosystem Musterstadt')
  await anna.getByRole('radio', { name: 'Digitales Ökosystem', exact: true }).check()
  await anna.getByRole('button', { name: 'Board anlegen' }).click()
  await waitConnected(anna)
  // Ben joins by the edit link, as the room does.
  const ben = await newPerson(browser, { name: 'Ben' })
  await anna.getByRole('button', { name: 'Teilen' }).click()
  const share = anna.getByRole('dialog', { name: 'Board teilen' })
  const editLink = await share.getByRole('textbox', { name: 'Link zum Bearbeiten' }).inputValue()
  await share.getByRole('button', { name: 'Schließen' }).click()
  await ben.goto(editLink)
  await waitConnected(ben)

  const list = await listView(anna)
  // The frame is the group's heading; everything of the map lies in it, so no "Ohne Rahmen".
  await expect(
    list.getByRole('heading', { level: 3, name: 'Rahmen: Digitales Ökosystem' }),
  ).toBeVisible()
  await expect(list.getByRole('heading', { name: 'Ohne Rahmen' })).toHaveCount(0)
  // The rings and sector lines are decoration: not listed; the words of the map are.
  // The frame, the centre, 4 ring names, 8 fields and 5 actors; not 4 rings and 8 lines.
  await expect(list.getByText('19 Elemente', { exact: true })).toBeVisible()
  await expect(list.getByRole('button', { name: 'Ellipse', exact: true })).toHaveCount(0)
  await expect(list.getByRole('button', { name: /^(Linie|Pfeil)/ })).toHaveCount(0)
  await expect(list.getByRole('button', { name: 'Ellipse: Unsere Kommune' })).toBeAttached()
  await expect(list.getByRole('button', { name: /^Akteur:in: Stadtwerke/ })).toBeAttached()

  // Anna renames an actor in the list; Ben's list follows.
  await list.getByRole('button', { name: 'Akteur:in „Stadtwerke“ bearbeiten' }).click()
  const field = list.getByRole('textbox', { name: 'Name auf der Karte' })
  await expect(field).toBeFocused()
  await field.fill('Stadtwerke Musterstadt')
  await field.press('Enter')
  await expect(
    list.getByRole('button', { name: 'Akteur:in „Stadtwerke Musterstadt“ bearbeiten' }),
  ).toBeFocused()
  const benList = await listView(ben)
  await expect(
    benList.getByRole('button', { name: /^Akteur:in: Stadtwerke Musterstadt/ }),
  ).toBeAttached()

  // And deletes one; it is gone for Ben too.
  await list.getByRole('button', { name: 'Akteur:in „Landkreis“ löschen' }).click()
  await expect(list.getByRole('button', { name: /^Akteur:in: Landkreis/ })).toHaveCount(0)
  await expect(benList.getByRole('button', { name: /^Akteur:in: Landkreis/ })).toHaveCount(0)
  // The map's locked words cannot be deleted from the list, as on the canvas.
  const centre = list.getByRole('listitem').filter({ hasText: 'Unsere Kommune' })
  await expect(centre.getByRole('button', { name: /löschen$/ })).toHaveCount(0)
  const results = await new AxeBuilder({ page: anna })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})
