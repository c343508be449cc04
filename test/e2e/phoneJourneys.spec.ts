import { expect, test, type Page } from '@playwright/test'
import {
  boardMenu,
  insertFromMenu,
  listView,
  pickTool,
  selectionBar,
  useServer,
  waitConnected,
} from './journey.ts'
import { cardOnScreen, centre, fingerDrag, laptopAndPhone, phonePerson } from './phone.ts'

// Journeys 1 to 3 on a phone (390 × 844, touch): Frau Yilmaz prepares the workshop from her
// phone on the train; Herr Krause joins from his phone for the first time; on the phone, actor
// cards are related by finger, and the laptop sees it all.

const server = useServer()

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
  const { laptop, phone } = await laptopAndPhone(browser, server.url, 'Ökosystem', 'ecosystem')

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
