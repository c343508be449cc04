import { expect, test } from '@playwright/test'
import { startServer, type RunningServer } from '../helpers/startServer.ts'
import { newPerson, pageErrors, waitConnected } from './journey.ts'

// Journey 7: a provider requires a creation token; joining by link never needs it.
let server: RunningServer

test.beforeAll(async () => {
  server = await startServer({ env: { CREATE_TOKEN: 'geheim-und-lang' } })
})

test.afterAll(async () => {
  await server?.cleanup()
})

test.afterEach(() => {
  expect(pageErrors).toEqual([])
})

test('the start page asks for the creation token, refuses a wrong one, remembers the right one', async ({
  browser,
}) => {
  const page = await newPerson(browser)
  await page.goto(server.url)
  await page.getByLabel('Titel des Boards').fill('Strategie-Starter')
  await page.getByRole('button', { name: 'Board anlegen' }).click()

  const tokenField = page.getByLabel('Zugangscode zum Anlegen')
  await expect(tokenField).toBeFocused()
  await tokenField.fill('falsch')
  await page.getByRole('button', { name: 'Board anlegen' }).click()
  // The create form's message: the import form beside it has a live region of its own.
  const createForm = page.getByRole('region', { name: 'Neues Board anlegen' })
  await expect(createForm.getByRole('alert')).toHaveText(
    'Der Zugangscode stimmt nicht. Bitte prüfen Sie ihn.',
  )

  await tokenField.fill('geheim-und-lang')
  await page.getByRole('button', { name: 'Board anlegen' }).click()
  await waitConnected(page)
  await expect(page.getByText('Ihr Recht: Moderieren')).toBeVisible()

  await page.goto(server.url)
  await expect(page.getByLabel('Zugangscode zum Anlegen')).toHaveValue('geheim-und-lang')
})
