import { describe, expect, it } from 'vitest'
import {
  ackError,
  ackOk,
  CONTROL_COMMANDS,
  ControlAuth,
  isControlCommand,
  PresentationStopPayload,
  SummonPayload,
  ViewRect,
} from '../../../../shared/protocol/index.ts'

describe('ViewRect', () => {
  it('takes a finite rectangle with a positive size', () => {
    expect(ViewRect.parse({ x: -50.5, y: 0, w: 1920, h: 1080 })).toEqual({
      x: -50.5,
      y: 0,
      w: 1920,
      h: 1080,
    })
  })

  it.each([
    { x: 0, y: 0, w: 0, h: 1 },
    { x: 0, y: 0, w: 1, h: -1 },
    { x: Number.NaN, y: 0, w: 1, h: 1 },
    { x: Number.POSITIVE_INFINITY, y: 0, w: 1, h: 1 },
    { x: 1e9, y: 0, w: 1, h: 1 },
    { x: '0', y: 0, w: 1, h: 1 },
    { x: 0, y: 0, w: 1 },
    { x: 0, y: 0, w: 1, h: 1, zoom: 2 },
  ])('refuses %j', (value) => {
    expect(ViewRect.safeParse(value).success).toBe(false)
  })
})

describe('command payloads', () => {
  it('summon needs exactly a view', () => {
    expect(SummonPayload.safeParse({ view: { x: 0, y: 0, w: 1, h: 1 } }).success).toBe(true)
    expect(SummonPayload.safeParse({}).success).toBe(false)
    expect(SummonPayload.safeParse({ view: { x: 0, y: 0, w: 1, h: 1 }, all: true }).success).toBe(
      false,
    )
  })

  it('presentation:stop takes an empty object only', () => {
    expect(PresentationStopPayload.safeParse({}).success).toBe(true)
    expect(PresentationStopPayload.safeParse(undefined).success).toBe(false)
    expect(PresentationStopPayload.safeParse({ force: true }).success).toBe(false)
  })

  it('every command needs the facilitate right (view and edit holders only follow)', () => {
    for (const [name, command] of Object.entries(CONTROL_COMMANDS)) {
      expect(command.right, name).toBe('facilitate')
    }
  })

  it('knows its commands and nothing inherited', () => {
    expect(isControlCommand('summon')).toBe(true)
    expect(isControlCommand('toString')).toBe(false)
    expect(isControlCommand('__proto__')).toBe(false)
  })
})

describe('ControlAuth', () => {
  it('takes a board id and a token', () => {
    expect(ControlAuth.safeParse({ boardId: 'abc123', token: 't' }).success).toBe(true)
  })

  it.each([{}, { boardId: 'a b', token: 't' }, { boardId: 'a', token: '' }, null, 'x'])(
    'refuses %j',
    (value) => {
      expect(ControlAuth.safeParse(value).success).toBe(false)
    },
  )
})

describe('acks', () => {
  it('have one shape for success and refusal', () => {
    expect(ackOk({ token: 'x' })).toEqual({ ok: true, token: 'x' })
    expect(ackError('forbidden', 'no')).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'no' },
    })
  })
})
