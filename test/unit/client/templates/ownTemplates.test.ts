import { describe, expect, test } from 'vitest'
import {
  OwnTemplates,
  parseSummaries,
} from '../../../../client/src/lib/templates/ownTemplates.svelte.ts'
import {
  KEYS,
  memoryStore,
  type KeyValueStore,
} from '../../../../client/src/lib/storage/safeStorage.ts'
import {
  makeOwnTemplate,
  type OwnTemplate,
} from '../../../../client/src/lib/templates/ownTemplate.ts'
import {
  rememberPendingTemplate,
  takePendingTemplate,
} from '../../../../client/src/lib/templates/pendingTemplate.ts'

function template(id: string, name: string): OwnTemplate {
  const made = makeOwnTemplate({
    id,
    name,
    elements: [
      { id: 'a', data: { type: 'note', x: 0, y: 0, w: 180, h: 180, text: { $text: name } } },
    ],
  })
  if (!made) throw new Error('no template')
  return made
}

describe('OwnTemplates', () => {
  test('keeps templates newest first, survives a reload and removes one', () => {
    const store = memoryStore()
    const templates = new OwnTemplates(store)
    expect(templates.save(template('a', 'Ökosystem'))).toBe(true)
    expect(templates.save(template('b', 'Rollen'))).toBe(true)
    const again = new OwnTemplates(store)
    expect(again.list.map((s) => [s.id, s.name, s.count])).toEqual([
      ['b', 'Rollen', 1],
      ['a', 'Ökosystem', 1],
    ])
    expect(again.get('a')?.elements[0]?.data.text).toEqual({ $text: 'Ökosystem' })
    again.remove('a')
    expect(again.list.map((s) => s.id)).toEqual(['b'])
    expect(again.get('a')).toBeNull()
    expect(store.get(KEYS.ownTemplate('a'))).toBeNull()
  })

  test('saving the same id again replaces it', () => {
    const templates = new OwnTemplates(memoryStore())
    templates.save(template('a', 'Alt'))
    templates.save(template('a', 'Neu'))
    expect(templates.list.map((s) => s.name)).toEqual(['Neu'])
  })

  test('a template the browser refuses to keep is not listed', () => {
    const inner = memoryStore()
    // Like a full localStorage behind the never-throwing wrapper: large writes vanish.
    const full: KeyValueStore = {
      get: inner.get,
      remove: inner.remove,
      set: (key, value) => {
        if (value.length < 200) inner.set(key, value)
      },
    }
    const templates = new OwnTemplates(full)
    expect(templates.save(template('a', 'Groß'))).toBe(false)
    expect(templates.list).toEqual([])
    expect(templates.get('a')).toBeNull()
  })

  test('a damaged list or template is ignored, not fatal', () => {
    expect(parseSummaries('nicht json')).toEqual([])
    expect(parseSummaries('{"id":"a"}')).toEqual([])
    expect(
      parseSummaries('[{"id":"a","name":"A"},{"name":"ohne id"},{"id":"a","name":"doppelt"}]'),
    ).toEqual([{ id: 'a', name: 'A', description: '', savedAt: '', count: 0 }])
    const store = memoryStore()
    store.set(KEYS.ownTemplate('x'), '{ kaputt')
    expect(new OwnTemplates(store).get('x')).toBeNull()
  })
})

describe('pending template of a new board', () => {
  test('is taken once', () => {
    const store = memoryStore()
    rememberPendingTemplate('board1', 'own1', store)
    expect(takePendingTemplate('board2', store)).toBeNull()
    expect(takePendingTemplate('board1', store)).toBe('own1')
    expect(takePendingTemplate('board1', store)).toBeNull()
  })
})
