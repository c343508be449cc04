import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AssetFiles, AssetStorageFullError } from '../../../server/assets/assetFiles.ts'
import { StorageUnavailableError } from '../../../server/store/BoardStore.ts'

let root: string
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'werkraum-assets-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

function failingWith(code: string) {
  return async (file: import('node:fs/promises').FileHandle, bytes: Uint8Array): Promise<void> => {
    await file.write(bytes.subarray(0, bytes.length >> 1))
    throw Object.assign(new Error(`${code}: simulated`), { code })
  }
}

describe('AssetFiles', () => {
  it('stores bytes under their hash, creating the directory, and leaves no temporary file', async () => {
    const files = new AssetFiles(path.join(root, 'assets'))
    const bytes = Buffer.from('image bytes')
    const hash = sha256(bytes)
    expect(await files.has(hash)).toBe(false)
    await files.write(hash, bytes)
    expect(await files.has(hash)).toBe(true)
    expect(readFileSync(files.path(hash))).toEqual(bytes)
    expect(readdirSync(files.dir)).toEqual([hash])
  })

  it('does not rewrite a hash that is already stored', async () => {
    const files = new AssetFiles(root)
    const bytes = Buffer.from('same')
    const hash = sha256(bytes)
    await files.write(hash, bytes)
    const before = statSync(files.path(hash))
    await files.write(hash, bytes)
    expect(statSync(files.path(hash)).ino).toBe(before.ino)
    expect(statSync(files.path(hash)).mtimeMs).toBe(before.mtimeMs)
  })

  it('refuses names that are not a hash, so a path can never escape the directory', () => {
    const files = new AssetFiles(root)
    expect(() => files.path('../werkraum.sqlite')).toThrow()
    expect(() => files.path('A'.repeat(64))).toThrow()
  })

  it('a full disk is an AssetStorageFullError and leaves no partial file', async () => {
    const files = new AssetFiles(root, failingWith('ENOSPC'))
    const bytes = Buffer.alloc(1000, 1)
    await expect(files.write(sha256(bytes), bytes)).rejects.toBeInstanceOf(AssetStorageFullError)
    expect(readdirSync(root)).toEqual([])
  })

  it('a read-only disk is a StorageUnavailableError and leaves no partial file', async () => {
    const files = new AssetFiles(root, failingWith('EROFS'))
    const bytes = Buffer.alloc(1000, 2)
    await expect(files.write(sha256(bytes), bytes)).rejects.toBeInstanceOf(StorageUnavailableError)
    expect(readdirSync(root)).toEqual([])
  })
})
