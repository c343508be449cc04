import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import {
  addNoteWithToolbar,
  createBoard,
  newPerson,
  noteTexts,
  shareLinks,
  useServer,
  waitConnected,
} from './journey.ts'

// Journey 3: the Wi-Fi in the chamber drops for a while. Both people keep working, reload their
// page without a network, still see the board with their own edit, and when the Wi-Fi is back
// every edit arrives everywhere.
const server = useServer()

/** The service worker has cached the app shell and controls this page. */
async function shellCached(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true)
}

async function sortedNotes(page: Page): Promise<string[]> {
  const texts = await noteTexts(page)
  return (await texts.allTextContents()).sort()
}

test('edits made offline on both sides survive a reload and arrive everywhere', async ({
  browser,
}) => {
  const facilitator = await newPerson(browser)
  await createBoard(facilitator, server.url, 'Ratssaal')
  await addNoteWithToolbar(facilitator, 'Landkreis')
  const links = await shareLinks(facilitator)

  const participant = await newPerson(browser)
  await participant.goto(links.edit)
  await waitConnected(participant)
  await expect(await noteTexts(participant)).toHaveText(['Landkreis'])

  for (const person of [facilitator, participant]) {
    await shellCached(person)
    await person.context().setOffline(true)
    await expect(person.getByText('Offline', { exact: true })).toBeVisible()
  }

  await addNoteWithToolbar(facilitator, 'Stadtwerke')
  await addNoteWithToolbar(participant, 'Volkshochschule')
  // The indicator says that the edit waits in this browser.
  await expect(participant.getByText('1 nicht übertragen')).toBeVisible()
  await expect(
    participant.getByTitle(/Offline: .*Änderungen an 1 Element sind nur in diesem/),
  ).toBeVisible()
  // ... and a screen reader hears it once the state holds.
  await expect(
    participant.getByRole('status').filter({ hasText: 'Offline: Änderungen' }),
  ).toBeAttached()

  // Reloading without a network: the page comes from the service worker, the board from the
  // local copy, and each sees their own edit (not yet the other's).
  for (const [person, own] of [
    [facilitator, 'Stadtwerke'],
    [participant, 'Volkshochschule'],
  ] as const) {
    await person.reload()
    await expect(person.getByRole('heading', { level: 1, name: 'Ratssaal' })).toBeVisible()
    await expect(person.getByText('Offline', { exact: true })).toBeVisible()
    await expect(person.getByText('1 nicht übertragen')).toBeVisible()
    await expect.poll(() => sortedNotes(person)).toEqual(['Landkreis', own].sort())
  }

  // The network is back: both edits arrive at both, and nothing waits any more.
  for (const person of [facilitator, participant]) await person.context().setOffline(false)
  for (const person of [facilitator, participant]) {
    // An attempt begun while offline is given up after 8 s and retried, hence the longer wait.
    await expect(person.getByTitle('Verbunden', { exact: true })).toBeVisible({ timeout: 20_000 })
    await expect(person.getByText('1 nicht übertragen')).toHaveCount(0)
    await expect
      .poll(() => sortedNotes(person))
      .toEqual(['Landkreis', 'Stadtwerke', 'Volkshochschule'])
  }

  // Someone arriving now, in a fresh browser, gets everything from the server.
  const latecomer = await newPerson(browser)
  await latecomer.goto(links.edit)
  await waitConnected(latecomer)
  await expect
    .poll(() => sortedNotes(latecomer))
    .toEqual(['Landkreis', 'Stadtwerke', 'Volkshochschule'])
})

test('a board opened once opens offline in a new tab from Meine Boards', async ({ browser }) => {
  const facilitator = await newPerson(browser)
  await createBoard(facilitator, server.url, 'Rollen klären')
  await addNoteWithToolbar(facilitator, 'Datenschutzbeauftragte')
  await shellCached(facilitator)

  const context = facilitator.context()
  await context.setOffline(true)
  const tab = await context.newPage()
  await tab.goto(server.url)
  const myBoards = tab.getByRole('region', { name: 'Meine Boards' })
  await myBoards.getByRole('link', { name: 'Rollen klären' }).click()
  await expect(tab.getByRole('heading', { level: 1, name: 'Rollen klären' })).toBeVisible()
  await expect(tab.getByText('Offline', { exact: true })).toBeVisible()
  await expect(await noteTexts(tab)).toHaveText(['Datenschutzbeauftragte'])
  await tab.close()
  await context.setOffline(false)
})

test('a link that is refused never opens the local copy, even offline', async ({ browser }) => {
  const facilitator = await newPerson(browser)
  const id = await createBoard(facilitator, server.url, 'Geheim')
  await addNoteWithToolbar(facilitator, 'Entwurf')
  await shellCached(facilitator)

  // A wrong token for the same board: the server refuses it, and offline there is no way round.
  // (From the start page: a change of the fragment alone would not load the page again.)
  await facilitator.goto(server.url)
  await facilitator.goto(`${server.url}/b/${id}#wrong-token`)
  await expect(facilitator.getByRole('heading', { name: /ungültig/ })).toBeVisible()
  await facilitator.context().setOffline(true)
  await facilitator.goto(server.url)
  await facilitator.goto(`${server.url}/b/${id}#wrong-token`)
  await expect(facilitator.getByRole('heading', { name: /nicht erreichbar/ })).toBeVisible()
  await expect(facilitator.getByText('Entwurf')).toHaveCount(0)
  await facilitator.context().setOffline(false)
})

test('Meine Boards deletes a local copy on request, and with the list entry', async ({
  browser,
}) => {
  const facilitator = await newPerson(browser)
  const id = await createBoard(facilitator, server.url, 'Gemeinsamer Rechner')
  await addNoteWithToolbar(facilitator, 'Persönliche Notiz')
  const databases = (): Promise<string[]> =>
    facilitator.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.includes('board')),
    )
  await expect.poll(databases).toEqual([`werkraum.board.${id}`])

  await facilitator.goto(server.url)
  const myBoards = facilitator.getByRole('region', { name: 'Meine Boards' })
  const results = await new AxeBuilder({ page: facilitator }).analyze()
  expect(results.violations).toEqual([])
  await myBoards
    .getByRole('button', {
      name: 'Lokale Kopie von „Gemeinsamer Rechner“ in diesem Browser löschen',
    })
    .click()
  await expect(
    facilitator.getByText('Die lokale Kopie von „Gemeinsamer Rechner“ wurde gelöscht.'),
  ).toBeAttached()
  await expect.poll(databases).toEqual([])
  // No copy, no button; the board itself is still in the list.
  await expect(myBoards.getByRole('button', { name: /Lokale Kopie/ })).toHaveCount(0)
  await expect(myBoards.getByRole('link', { name: 'Gemeinsamer Rechner' })).toBeVisible()

  // Opened again, the copy is back; removing the board from the list deletes it as well.
  await myBoards.getByRole('link', { name: 'Gemeinsamer Rechner' }).click()
  await waitConnected(facilitator)
  await expect.poll(databases).toEqual([`werkraum.board.${id}`])
  await facilitator.goto(server.url)
  await myBoards
    .getByRole('button', { name: '„Gemeinsamer Rechner“ aus der Liste entfernen' })
    .click()
  await expect.poll(databases).toEqual([])
})
