const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/** A random id of `length` characters from [0-9a-z], drawn from the platform's CSPRNG. */
export function randomId(length = 12): string {
  const bytes = new Uint8Array(length)
  globalThis.crypto.getRandomValues(bytes)
  let id = ''
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length]
  return id
}
