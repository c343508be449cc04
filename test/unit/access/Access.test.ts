import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Access, type RightRevoked } from '../../../server/access/Access.ts'
import { generateToken, hashToken } from '../../../server/access/tokens.ts'
import type { Logger } from '../../../server/log.ts'
import { openSqliteBoardStore, type SqliteBoardStore } from '../../../server/store/sqlite.ts'
import type { Right } from '../../../shared/rights.ts'
import { MemoryBoardStore, addBoard } from '../../helpers/memoryStore.ts'
import { waitFor } from '../../helpers/waitFor.ts'

let dir: string
let store: SqliteBoardStore
let errors: string[]
let access: Access

const log: Logger = {
  info() {},
  warn() {},
  error: (message) => errors.push(message),
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'werkraum-access-'))
  store = openSqliteBoardStore(path.join(dir, 'boards.db'))
  errors = []
  access = new Access({ store, log })
})

afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A board in the real store with its three tokens. */
async function board(id: string): Promise<Record<Right, string>> {
  const tokens = { view: generateToken(), edit: generateToken(), facilitate: generateToken() }
  const at = new Date('2026-03-01T09:00:00.000Z')
  await store.createBoard(
    {
      id,
      title: `Werkstatt ${id}`,
      createdAt: at,
      lastActiveAt: at,
      tokenHashes: {
        view: hashToken(tokens.view),
        edit: hashToken(tokens.edit),
        facilitate: hashToken(tokens.facilitate),
      },
    },
    Y.encodeStateAsUpdate(new Y.Doc()),
  )
  return tokens
}

describe('Access.decide', () => {
  it('grants each token its own right, with the board it opens', async () => {
    const tokens = await board('b1')
    for (const right of ['view', 'edit', 'facilitate'] as const) {
      const decision = await access.decideWithBoard('b1', tokens[right])
      expect(decision.granted && decision.right).toBe(right)
      expect(decision.granted && decision.board.title).toBe('Werkstatt b1')
      const planes = await access.decide('b1', tokens[right])
      expect(planes.granted && planes.right).toBe(right)
    }
  })

  it('refuses no token without asking storage', async () => {
    await store.close()
    expect(await access.decide('b1', null)).toEqual({ granted: false, refusal: 'no_token' })
  })

  it('refuses an unknown board, even with a token of another board', async () => {
    const tokens = await board('b1')
    expect(await access.decide('nosuchboard', tokens.facilitate)).toEqual({
      granted: false,
      refusal: 'board_not_found',
    })
  })

  it('refuses a wrong token, and a token of another board, as invalid', async () => {
    await board('b1')
    const other = await board('b2')
    for (const token of ['not-the-token', '', other.edit, hashToken(other.edit)]) {
      expect(await access.decide('b1', token)).toEqual({
        granted: false,
        refusal: 'invalid_token',
      })
    }
  })

  it('throws when storage cannot be read, so each plane answers it in its own way', async () => {
    const tokens = await board('b1')
    await store.close()
    await expect(access.decide('b1', tokens.edit)).rejects.toThrow(/storage is closed/)
  })
})

describe('Access.replaceToken', () => {
  it('revokes the old token of that right only; the new one opens the same right', async () => {
    const tokens = await board('b1')
    const fresh = await access.replaceToken('b1', 'edit')
    expect(fresh).not.toBe(tokens.edit)
    expect(await access.decide('b1', tokens.edit)).toEqual({
      granted: false,
      refusal: 'invalid_token',
    })
    const renewed = await access.decide('b1', fresh)
    expect(renewed.granted && renewed.right).toBe('edit')
    for (const right of ['view', 'facilitate'] as const) {
      const kept = await access.decide('b1', tokens[right])
      expect(kept.granted && kept.right).toBe(right)
    }
  })

  it('tells each subscribed plane once, with the right and its new token', async () => {
    await board('b1')
    const syncHeard: RightRevoked[] = []
    const controlHeard: RightRevoked[] = []
    access.onRevoked((revoked) => syncHeard.push(revoked))
    access.onRevoked((revoked) => controlHeard.push(revoked))
    const fresh = await access.replaceToken('b1', 'view')
    const expected = [{ boardId: 'b1', right: 'view', replacement: fresh }]
    expect(syncHeard).toEqual(expected)
    expect(controlHeard).toEqual(expected)
  })

  it('tells a plane only while it is subscribed', async () => {
    await board('b1')
    const heard: Right[] = []
    const unsubscribe = access.onRevoked(({ right }) => heard.push(right))
    await access.replaceToken('b1', 'edit')
    unsubscribe()
    await access.replaceToken('b1', 'view')
    expect(heard).toEqual(['edit'])
  })

  it('tells the other planes when one of them fails, and logs the failure', async () => {
    await board('b1')
    const heard: Right[] = []
    access.onRevoked(() => {
      throw new Error('socket table broken')
    })
    access.onRevoked(({ right }) => heard.push(right))
    await access.replaceToken('b1', 'facilitate')
    expect(heard).toEqual(['facilitate'])
    expect(errors).toEqual(['access: a plane failed to end revoked connections'])
  })

  it('tells nobody when the board is unknown, and nothing changes', async () => {
    const heard: RightRevoked[] = []
    access.onRevoked((revoked) => heard.push(revoked))
    await expect(access.replaceToken('nosuchboard', 'edit')).rejects.toThrow()
    expect(heard).toEqual([])
  })

  it('refuses an old token whose lookup was on its way while the token was replaced', async () => {
    // The in-memory store can hold a lookup's answer back, as a slow query would.
    const memory = new MemoryBoardStore()
    const gated = new Access({ store: memory, log })
    const stored = await addBoard(memory, Y.encodeStateAsUpdate(new Y.Doc()))
    let open!: () => void
    memory.lookupGate = new Promise<void>((resolve) => (open = resolve))
    const late = gated.decide(stored.id, stored.tokens.edit)
    await waitFor(() => memory.calls.lookup === 1, 'the old token being looked up')
    const fresh = await gated.replaceToken(stored.id, 'edit')
    memory.lookupGate = null
    open()
    expect(await late).toEqual({ granted: false, refusal: 'invalid_token' })
    const renewed = await gated.decide(stored.id, fresh)
    expect(renewed.granted && renewed.right).toBe('edit')
  })
})
