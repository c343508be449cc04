import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { CLOSE_POLICY_VIOLATION } from '../../../shared/protocol/sync.ts'
import {
  ProtocolError,
  decodeClientMessage,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  parseAwarenessState,
  MAX_AWARENESS_DEPTH,
} from '../../../server/sync/protocol.ts'
import { seededRandom } from '../../helpers/peers.ts'

/** Frames as the stock client builds them (y-protocols encoders). */
function clientFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

function docWithText(text: string): Y.Doc {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return doc
}

function clientAwareness(state: Record<string, unknown> | null): Uint8Array {
  const doc = new Y.Doc()
  const awareness = new awarenessProtocol.Awareness(doc)
  awareness.setLocalState(state)
  const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])
  awareness.destroy()
  return clientFrame((e) => {
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint8Array(e, update)
  })
}

/** Decodes a frame and checks its awareness states as the server does with newer ones. */
function closeCodeOf(frame: Uint8Array): number | 'decoded' {
  try {
    const message = decodeClientMessage(frame)
    if (message.kind === 'awareness') for (const e of message.entries) parseAwarenessState(e.json)
    return 'decoded'
  } catch (err) {
    if (err instanceof ProtocolError) return err.closeCode
    throw err
  }
}

describe('decodeClientMessage', () => {
  it('reads what the stock client sends', () => {
    const doc = docWithText('hallo')
    const step1 = decodeClientMessage(
      clientFrame((e) => {
        encoding.writeVarUint(e, 0)
        syncProtocol.writeSyncStep1(e, doc)
      }),
    )
    expect(step1).toEqual({ kind: 'syncStep1', stateVector: Y.encodeStateVector(doc) })

    const step2 = decodeClientMessage(
      clientFrame((e) => {
        encoding.writeVarUint(e, 0)
        syncProtocol.writeSyncStep2(e, doc)
      }),
    )
    expect(step2).toEqual({ kind: 'syncStep2', update: Y.encodeStateAsUpdate(doc) })

    const update = decodeClientMessage(
      clientFrame((e) => {
        encoding.writeVarUint(e, 0)
        syncProtocol.writeUpdate(e, Uint8Array.of(0, 0))
      }),
    )
    expect(update).toEqual({ kind: 'update', update: Uint8Array.of(0, 0) })

    const awareness = decodeClientMessage(clientAwareness({ user: { name: 'Jörg' } }))
    expect(awareness.kind).toBe('awareness')
    if (awareness.kind !== 'awareness') return
    expect(awareness.entries).toHaveLength(1)
    const state = parseAwarenessState(awareness.entries[0]!.json)
    expect(JSON.parse(new TextDecoder().decode(state!))).toEqual({ user: { name: 'Jörg' } })

    expect(decodeClientMessage(Uint8Array.of(3))).toEqual({ kind: 'queryAwareness' })
  })

  it('refuses a presence state nested deeper than browsers should have to parse', () => {
    const nested = (depth: number): Record<string, unknown> => {
      let value: unknown = { name: 'Anna [{"tricky"}]' }
      for (let i = 2; i < depth; i++) value = i % 2 ? [value] : { inner: value }
      return { user: value }
    }
    const state = (depth: number): Uint8Array => {
      const message = decodeClientMessage(clientAwareness(nested(depth)))
      if (message.kind !== 'awareness') throw new Error('not awareness')
      return message.entries[0]!.json
    }
    expect(parseAwarenessState(state(MAX_AWARENESS_DEPTH))).not.toBe(null)
    expect(() => parseAwarenessState(state(MAX_AWARENESS_DEPTH + 1))).toThrow(
      expect.objectContaining({ closeCode: 1007 }),
    )
    expect(() => parseAwarenessState(state(4000))).toThrow(/nested too deep/)
  })

  it('reads a departing client’s awareness as a null state', () => {
    const message = decodeClientMessage(clientAwareness(null))
    expect(message.kind === 'awareness' && parseAwarenessState(message.entries[0]!.json)).toBe(null)
  })

  it.each([
    ['an empty frame', [], 1002],
    ['a truncated varint', [0x80], 1002],
    ['a varint past 2^53', [...Array(10).fill(0xff), 0x01], 1002],
    ['an unknown message type', [9], 1003],
    ['an auth message (server to client only)', [2, 0], 1003],
    ['an unknown sync type', [0, 3, 0], 1002],
    ['a missing sync payload', [0, 2], 1002],
    ['a payload length past the frame', [0, 1, 10, 0, 0], 1002],
    ['a state vector that does not decode', [0, 0, 2, 5, 0x80], 1007],
    ['an awareness count larger than the frame', [1, 2, 100, 1], 1002],
    ['an awareness state that is not JSON', [1, 5, 1, 1, 1, 1, 0x7b], 1007],
    ['an awareness state that is not UTF-8', [1, 6, 1, 1, 1, 2, 0xc3, 0x28], 1007],
  ])('refuses %s', (_name, bytes, code) => {
    expect(closeCodeOf(Uint8Array.from(bytes))).toBe(code)
  })

  it('refuses an awareness message with more entries than a room keeps, before decoding them', () => {
    // Three entries: client 1, 2, 3, each at clock 1 with the state {}.
    const entries = [1, 2, 3].flatMap((id) => [id, 1, 2, 0x7b, 0x7d])
    const frame = Uint8Array.from([1, 1 + entries.length, 3, ...entries])
    expect(decodeClientMessage(frame, 3)).toMatchObject({ kind: 'awareness' })
    expect(() => decodeClientMessage(frame, 2)).toThrow(
      expect.objectContaining({ closeCode: CLOSE_POLICY_VIOLATION }),
    )
  })

  it('refuses every truncation of a valid frame with a protocol error', () => {
    const doc = docWithText('Stadtverwaltung')
    const frames = [
      clientAwareness({ cursor: { x: 1, y: 2 } }),
      clientFrame((e) => {
        encoding.writeVarUint(e, 0)
        syncProtocol.writeSyncStep2(e, doc)
      }),
      clientFrame((e) => {
        encoding.writeVarUint(e, 0)
        syncProtocol.writeSyncStep1(e, doc)
      }),
    ]
    for (const frame of frames) {
      for (let length = 0; length < frame.length; length++) {
        expect(typeof closeCodeOf(frame.subarray(0, length))).toBe('number')
      }
    }
  })

  it('does not read past the frame into the surrounding buffer', () => {
    // The frame claims 4 payload bytes but has 2; the bytes after it belong to someone else.
    const pool = Uint8Array.of(0, 2, 4, 0, 0, 0xaa, 0xbb, 0xcc)
    expect(closeCodeOf(pool.subarray(0, 5))).toBe(1002)
  })

  it('never throws anything but ProtocolError on random junk', () => {
    const random = seededRandom(7)
    for (let i = 0; i < 5000; i++) {
      const frame = new Uint8Array(Math.floor(random() * 40))
      for (let j = 0; j < frame.length; j++) frame[j] = Math.floor(random() * 256)
      // Bias towards known types so the inner decoders get exercised too.
      if (frame.length > 0) frame[0] = Math.floor(random() * 5)
      expect(() => closeCodeOf(frame)).not.toThrow()
    }
  })
})

describe('server frames', () => {
  it('are read by the stock client', () => {
    const server = docWithText('Ordnungsamt')
    const client = new Y.Doc()
    for (const frame of [
      encodeSyncStep2(Y.encodeStateAsUpdate(server)),
      encodeSyncUpdate(Y.encodeStateAsUpdate(docWithText('!'))),
    ]) {
      const decoder = afterType(frame)
      const reply = encoding.createEncoder()
      syncProtocol.readSyncMessage(decoder, reply, client, null)
    }
    expect(client.getText('t').toString()).toContain('Ordnungsamt')

    const step1 = encodeSyncStep1(Y.encodeStateVector(client))
    const reply = encoding.createEncoder()
    syncProtocol.readSyncMessage(afterType(step1), reply, server, null)
    expect(encoding.length(reply)).toBeGreaterThan(0)
  })

  it('carry awareness states the stock client applies', () => {
    const doc = new Y.Doc()
    const awareness = new awarenessProtocol.Awareness(doc)
    const frame = encodeAwarenessMessage([
      { clientId: 11, clock: 3, state: utf8('{"user":{"name":"Ünal"}}') },
      { clientId: 12, clock: 1, state: utf8('{"cursor":null}') },
      { clientId: 13, clock: 2, state: null },
    ])
    const payload = decodeClientMessage(frame)
    expect(payload.kind).toBe('awareness')
    const update = decoding.readVarUint8Array(afterType(frame))
    awarenessProtocol.applyAwarenessUpdate(awareness, update, 'server')
    expect(awareness.getStates().get(11)).toEqual({ user: { name: 'Ünal' } })
    expect(awareness.getStates().get(12)).toEqual({ cursor: null })
    expect(awareness.getStates().has(13)).toBe(false)
    awareness.destroy()
  })
})

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

/** A decoder positioned after the top-level message type, as the client's handlers get it. */
function afterType(frame: Uint8Array): decoding.Decoder {
  const decoder = decoding.createDecoder(frame)
  decoding.readVarUint(decoder)
  return decoder
}
