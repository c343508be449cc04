import { expect, test } from '@playwright/test'
import { boardMenu, canvas, useServer } from './journey.ts'
import { centre, fingerDrag, laptopAndPhone, shownElements } from './phone.ts'

// Journey 2 on a phone: Herr Krause came in by the QR code of the edit link and sits in the room
// with his phone. On the roles board he adds himself as a person card, drags it with his finger
// onto a role, answers "A" in the chooser, and Frau Yilmaz at the laptop sees him as the
// Accountable of that role in the matrix.

const server = useServer()

test('phone: a person card dragged by finger onto a role, A chosen by tap; the laptop sees A in the matrix', async ({
  browser,
}) => {
  const { laptop, phone } = await laptopAndPhone(browser, server.url, 'Rollen Musterstadt', 'roles')

  const bar = phone.getByRole('group', { name: 'Werkzeuge', exact: true })
  const barBox = await bar.boundingBox()
  const canvasBox = await canvas(phone).boundingBox()
  if (!barBox || !canvasBox) throw new Error('no tool bar or canvas')
  // A role card the phone shows whole, above the bottom bar, in readable size.
  const roles = (await shownElements(phone)).filter(
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
  const occupied = (await shownElements(phone)).filter(({ el }) => el.kind !== 'frame')
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
  const person = (await shownElements(phone)).find(
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
