import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../../server/config.ts'
import type { Logger } from '../../../server/log.ts'
import { SQLITE_FILE_NAME, openStore } from '../../../server/store/index.ts'

let root: string
const logged: Array<{ message: string; fields?: Record<string, unknown> }> = []
const log: Logger = {
  info: (message, fields) => logged.push({ message, fields }),
  warn: () => {},
  error: () => {},
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'werkraum-open-'))
  logged.length = 0
})

afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('openStore', () => {
  it('creates a nested DATA_DIR and the SQLite file in it', async () => {
    const dataDir = path.join(root, 'deep', 'data')
    const store = await openStore(loadConfig({ DATA_DIR: dataDir }), log, {})
    await store.close()
    expect(existsSync(path.join(dataDir, SQLITE_FILE_NAME))).toBe(true)
    expect(logged[0]?.fields).toMatchObject({ synchronous: 'FULL' })
  })

  it('takes SQLITE_SYNCHRONOUS=normal from the environment it is given', async () => {
    const store = await openStore(loadConfig({ DATA_DIR: root }), log, {
      SQLITE_SYNCHRONOUS: 'normal',
    })
    await store.close()
    expect(logged[0]?.fields).toMatchObject({ synchronous: 'NORMAL' })
  })

  it('refuses an unknown SQLITE_SYNCHRONOUS', async () => {
    await expect(
      openStore(loadConfig({ DATA_DIR: root }), log, { SQLITE_SYNCHRONOUS: 'OFF' }),
    ).rejects.toThrow(new ConfigError('SQLITE_SYNCHRONOUS must be FULL or NORMAL, got "OFF"'))
  })

  it('fails with a clear message when DATA_DIR cannot be created', async () => {
    const blocker = path.join(root, 'a-file')
    writeFileSync(blocker, '')
    const config = loadConfig({ DATA_DIR: path.join(blocker, 'data') })
    await expect(openStore(config, log, {})).rejects.toThrow(ConfigError)
    await expect(openStore(config, log, {})).rejects.toThrow(
      /DATA_DIR ".*a-file\/data" cannot be created/,
    )
  })

  it('refuses DATABASE_URL instead of pretending to store in PostgreSQL', async () => {
    const config = loadConfig({ DATA_DIR: root, DATABASE_URL: 'postgres://db/werkraum' })
    await expect(openStore(config, log, {})).rejects.toThrow(
      /PostgreSQL storage is not available in this version/,
    )
    expect(existsSync(path.join(root, SQLITE_FILE_NAME))).toBe(false)
  })
})
