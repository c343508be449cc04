import { describe, expect, it } from 'vitest'
import { resolveProjectorLink } from '../../../../client/src/lib/storage/projectorLink.ts'
import { KEYS, memoryStore } from '../../../../client/src/lib/storage/safeStorage.ts'

describe('resolveProjectorLink', () => {
  it('takes the fragment and keeps it in the tab for a reload without it', () => {
    const tab = memoryStore()
    expect(resolveProjectorLink('b1', '#view-1&join=edit-1', tab)).toEqual({
      token: 'view-1',
      join: 'edit-1',
    })
    expect(resolveProjectorLink('b1', '', tab)).toEqual({ token: 'view-1', join: 'edit-1' })
    expect(resolveProjectorLink('b2', '', tab)).toBeNull()
  })

  it('never falls back to the board page’s token of the same tab', () => {
    const tab = memoryStore()
    tab.set(KEYS.boardToken('b1'), 'facilitator-token')
    expect(resolveProjectorLink('b1', '', tab)).toBeNull()
  })

  it('ignores what is kept in a broken shape', () => {
    const tab = memoryStore()
    for (const raw of ['{', '"token"', '{"token": 7}', '{"token": ""}', 'null']) {
      tab.set(KEYS.projectorLink('b1'), raw)
      expect(resolveProjectorLink('b1', '', tab)).toBeNull()
    }
    tab.set(KEYS.projectorLink('b1'), '{"token": "v", "join": 3}')
    expect(resolveProjectorLink('b1', '', tab)).toEqual({ token: 'v', join: null })
  })
})
