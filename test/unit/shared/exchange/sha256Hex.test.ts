// The checksums of a Werkraum file and the hashes of imported pictures: the same digest with Web
// Crypto and without it (a page served over plain http has no crypto.subtle).
import { afterEach, expect, it, vi } from 'vitest'
import { sha256Hex } from '../../../../shared/exchange/werkraumFile.ts'

const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
const bytes = new TextEncoder().encode('abc')

afterEach(() => {
  vi.unstubAllGlobals()
})

it('is the SHA-256 of the bytes with Web Crypto', async () => {
  expect(await sha256Hex(bytes)).toBe(ABC)
})

it('is the same without Web Crypto, as on a page served over plain http', async () => {
  vi.stubGlobal('crypto', {})
  expect(globalThis.crypto.subtle).toBeUndefined()
  expect(await sha256Hex(bytes)).toBe(ABC)
  const large = new Uint8Array(3_000_000).map((_, i) => (i * 31) & 0xff)
  const withoutSubtle = await sha256Hex(large)
  vi.unstubAllGlobals()
  expect(await sha256Hex(large)).toBe(withoutSubtle)
})
