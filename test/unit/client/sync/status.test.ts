import { expect, test } from 'vitest'
import { connectionStatus, type ConnectionFacts } from '../../../../client/src/lib/sync/status.ts'

const base: ConnectionFacts = {
  socket: 'connecting',
  online: true,
  everConnected: false,
  refused: false,
}

test('connecting at first, connected when the socket is open', () => {
  expect(connectionStatus(base)).toBe('connecting')
  expect(connectionStatus({ ...base, socket: 'connected', everConnected: true })).toBe('connected')
})

test('after a drop it is reconnecting, and offline when the browser says so', () => {
  expect(connectionStatus({ ...base, socket: 'disconnected', everConnected: true })).toBe(
    'reconnecting',
  )
  expect(connectionStatus({ ...base, socket: 'connecting', everConnected: true })).toBe(
    'reconnecting',
  )
  expect(connectionStatus({ ...base, socket: 'connected', online: false })).toBe('offline')
})

test('a refusal by the server outranks everything', () => {
  expect(connectionStatus({ ...base, online: false, refused: true })).toBe('refused')
  expect(connectionStatus({ ...base, refused: true, tooLarge: true })).toBe('refused')
})

test('changes refused as too large stay that way, online or not, until sent again', () => {
  const stopped = { ...base, socket: 'disconnected' as const, everConnected: true, tooLarge: true }
  expect(connectionStatus(stopped)).toBe('tooLarge')
  expect(connectionStatus({ ...stopped, online: false })).toBe('tooLarge')
  expect(connectionStatus({ ...stopped, tooLarge: false })).toBe('reconnecting')
})

test('connected only once the sync completed; before it, connecting or reconnecting', () => {
  const open = { ...base, socket: 'connected' as const }
  expect(connectionStatus({ ...open, synced: false })).toBe('connecting')
  expect(connectionStatus({ ...open, synced: true, everConnected: true })).toBe('connected')
  expect(connectionStatus({ ...open, synced: false, everConnected: true })).toBe('reconnecting')
})

test('a server out of reach from the start is offline, even when the browser says online', () => {
  expect(connectionStatus({ ...base, attemptFailed: true })).toBe('offline')
  // Once it was connected, a failed attempt is a reconnection.
  expect(
    connectionStatus({ ...base, socket: 'disconnected', everConnected: true, attemptFailed: true }),
  ).toBe('reconnecting')
})

test('a problem of the board itself (unreadable, full, read-only) is what the indicator shows', () => {
  for (const problem of ['unreadable', 'full', 'readOnly'] as const) {
    expect(
      connectionStatus({ ...base, socket: 'disconnected', everConnected: true, problem }),
    ).toBe(problem)
    expect(connectionStatus({ ...base, refused: true, problem })).toBe(problem)
  }
  expect(
    connectionStatus({ ...base, socket: 'connected', everConnected: true, problem: null }),
  ).toBe('connected')
})
