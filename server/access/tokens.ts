import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** Bytes of randomness per token: 256 bits, well above the 128 the contract asks for. */
const TOKEN_BYTES = 32

/** A fresh capability token, URL-safe. */
export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url')
}

/** What the store keeps instead of the token: its SHA-256 in hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** Constant-time comparison of two hex hashes of equal length. */
export function hashesEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a, 'hex')
  const bb = Buffer.from(b, 'hex')
  return ab.length === bb.length && ab.length > 0 && timingSafeEqual(ab, bb)
}

/** Board ids: 16 characters [0-9a-z] from the CSPRNG (~82 bits); not secret, just unique. */
export { randomId as generateBoardId } from '../../shared/ids.ts'
