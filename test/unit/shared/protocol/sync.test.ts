import { describe, expect, it } from 'vitest'
import * as stockProvider from 'y-websocket'
import * as stockSync from 'y-protocols/sync'
import {
  CLOSE_ACCESS_REVOKED,
  CLOSE_BOARD_FULL,
  CLOSE_BOARD_READ_ONLY,
  CLOSE_BOARD_UNREADABLE,
  CLOSE_GOING_AWAY,
  CLOSE_INTERNAL_ERROR,
  CLOSE_MESSAGE_TOO_BIG,
  CLOSE_POLICY_VIOLATION,
  CLOSE_SERVICE_RESTART,
  CLOSE_TRY_AGAIN_LATER,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  SYNC_PATH,
  SYNC_PATH_PREFIX,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
  isFinalCloseCode,
} from '../../../../shared/protocol/sync.ts'

describe('the realtime wire constants', () => {
  it('are the message types of the stock y-websocket client and y-protocols', () => {
    expect([MESSAGE_SYNC, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS]).toEqual([
      stockProvider.messageSync,
      stockProvider.messageAwareness,
      stockProvider.messageQueryAwareness,
    ])
    expect([SYNC_STEP_1, SYNC_STEP_2, SYNC_UPDATE]).toEqual([
      stockSync.messageYjsSyncStep1,
      stockSync.messageYjsSyncStep2,
      stockSync.messageYjsUpdate,
    ])
  })

  it('name the path of the contract: /yjs/<boardId>', () => {
    expect(`${SYNC_PATH_PREFIX}abc`).toBe('/yjs/abc')
    expect(SYNC_PATH_PREFIX.startsWith(SYNC_PATH)).toBe(true)
  })
})

describe('isFinalCloseCode', () => {
  it('is final for what a retry cannot change: a revoked link and problems of the board', () => {
    for (const code of [
      CLOSE_ACCESS_REVOKED,
      CLOSE_BOARD_READ_ONLY,
      CLOSE_BOARD_FULL,
      CLOSE_BOARD_UNREADABLE,
    ]) {
      expect(isFinalCloseCode(code), String(code)).toBe(true)
    }
  })

  it('lets the client come back after a restart, an overload or a broken rule', () => {
    for (const code of [
      CLOSE_GOING_AWAY,
      CLOSE_POLICY_VIOLATION,
      CLOSE_MESSAGE_TOO_BIG,
      CLOSE_INTERNAL_ERROR,
      CLOSE_SERVICE_RESTART,
      CLOSE_TRY_AGAIN_LATER,
      4399,
      4500,
    ]) {
      expect(isFinalCloseCode(code), String(code)).toBe(false)
    }
  })
})
