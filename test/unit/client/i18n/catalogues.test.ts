import { expect, test } from 'vitest'
import { de } from '../../../../client/src/lib/i18n/de.ts'
import { en } from '../../../../client/src/lib/i18n/en.ts'
import { formatMessage, placeholders } from '../../../../client/src/lib/i18n/format.ts'

test('German and English have the same keys and the same placeholders', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort())
  for (const [key, template] of Object.entries(de)) {
    expect(placeholders(en[key as keyof typeof de]), key).toEqual(placeholders(template))
  }
})

test('no message is empty', () => {
  for (const [key, text] of [...Object.entries(de), ...Object.entries(en)]) {
    expect(text.trim(), key).not.toBe('')
  }
})

test('the rights and colours read as the domain names them', () => {
  expect([de['right.view'], de['right.edit'], de['right.facilitate']]).toEqual([
    'Ansehen',
    'Bearbeiten',
    'Moderieren',
  ])
  expect(de['color.yellow']).toBe('Gelb')
  expect(de['board.invalidLink']).toBe('Dieser Link ist ungültig oder wurde ersetzt.')
  expect(de['board.notFound']).toBe('Dieses Board gibt es nicht (mehr).')
})

test('formatMessage fills placeholders and leaves unknown ones visible', () => {
  expect(formatMessage('{title} – Werkraum', { title: 'Rollen klären' })).toBe(
    'Rollen klären – Werkraum',
  )
  expect(formatMessage('{count} Elemente', { count: 3 })).toBe('3 Elemente')
  expect(formatMessage('Hallo {name}', {})).toBe('Hallo {name}')
  expect(formatMessage('ohne')).toBe('ohne')
})
