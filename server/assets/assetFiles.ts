import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { access, mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { ASSET_HASH_PATTERN } from '../../shared/assets.ts'
import { StorageUnavailableError } from '../store/BoardStore.ts'

/** An asset's name on disk and in URLs: the SHA-256 of its bytes in lower-case hex. */
export const ASSET_HASH = ASSET_HASH_PATTERN

/** The disk (or the operator's quota) is full: nothing was stored, and trying again will not
 * help until someone frees space. Answered as 507. */
export class AssetStorageFullError extends Error {
  constructor(cause: unknown) {
    super('The server has no space left to store images.', { cause })
    this.name = 'AssetStorageFullError'
  }
}

const FULL = new Set(['ENOSPC', 'EDQUOT'])
const UNAVAILABLE = new Set(['EROFS', 'EACCES', 'EPERM', 'EIO', 'EMFILE', 'ENFILE'])

function storageError(err: unknown, action: string): unknown {
  const code = (err as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return err
  if (FULL.has(code)) return new AssetStorageFullError(err)
  if (UNAVAILABLE.has(code)) {
    return new StorageUnavailableError(`cannot ${action} (${code})`, err)
  }
  return err
}

/**
 * Uploaded images as content-addressed files: `<dir>/<sha256>`. A file appears under its name
 * only complete and durable (written to a temporary file in the same directory, fsynced, renamed,
 * directory fsynced), so a crash or a full disk never leaves half an image behind that name.
 * The same bytes uploaded twice are stored once.
 */
export class AssetFiles {
  /** `writeData` is how bytes reach the temporary file; tests pass one that fails like a full
   * disk part-way. */
  constructor(
    readonly dir: string,
    private readonly writeData: (file: FileHandle, bytes: Uint8Array) => Promise<void> = (
      file,
      bytes,
    ) => file.writeFile(bytes),
  ) {}

  /** Where the asset with this hash lives; the hash must match ASSET_HASH. */
  path(hash: string): string {
    if (!ASSET_HASH.test(hash)) throw new Error(`not an asset hash: ${hash}`)
    return path.join(this.dir, hash)
  }

  async has(hash: string): Promise<boolean> {
    try {
      await access(this.path(hash), constants.R_OK)
      return true
    } catch {
      return false
    }
  }

  /** Stores `bytes` under `hash` unless a file of that name is already there. */
  async write(hash: string, bytes: Uint8Array): Promise<void> {
    const target = this.path(hash)
    if (await this.has(hash)) return
    const temp = path.join(this.dir, `.${hash}.${randomBytes(6).toString('hex')}.tmp`)
    try {
      await mkdir(this.dir, { recursive: true })
      const file = await open(temp, 'wx', 0o644)
      try {
        await this.writeData(file, bytes)
        await file.sync()
      } finally {
        await file.close()
      }
      await rename(temp, target)
      await this.#syncDir()
    } catch (err) {
      await rm(temp, { force: true }).catch(() => undefined)
      throw storageError(err, 'store the image')
    }
  }

  /** Makes the rename durable. Some file systems cannot fsync a directory; that is no failure. */
  async #syncDir(): Promise<void> {
    let dir
    try {
      dir = await open(this.dir, 'r')
      await dir.sync()
    } catch {
      // best effort
    } finally {
      await dir?.close()
    }
  }
}
