import { accessSync, constants, mkdirSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, type Config } from '../config.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from './BoardStore.ts'
import { openSqliteBoardStore, type SqliteSynchronous } from './sqlite.ts'

/** Name of the SQLite file inside DATA_DIR. Operators back it up, so it stays stable. */
export const SQLITE_FILE_NAME = 'werkraum.sqlite'

/**
 * Opens the storage the configuration asks for. Fails at start with a message an operator can
 * act on, rather than on the first write: an unusable DATA_DIR, an unsupported DATABASE_URL, a
 * bad SQLITE_SYNCHRONOUS. `env` is read here, not at import, so tests can pass their own.
 */
export async function openStore(
  config: Config,
  log: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<BoardStore> {
  if (config.databaseUrl !== null) {
    // Refuse rather than silently fall back: the operator expects the data in PostgreSQL.
    throw new ConfigError(
      'DATABASE_URL is set, but PostgreSQL storage is not available in this version of Werkraum. ' +
        'Unset DATABASE_URL to store boards in SQLite under DATA_DIR.',
    )
  }
  const synchronous = sqliteSynchronous(env)
  ensureWritableDir(config.dataDir)
  const file = path.join(config.dataDir, SQLITE_FILE_NAME)
  const store = openSqliteBoardStore(file, { synchronous })
  log.info('storage opened', { file, synchronous })
  return store
}

function sqliteSynchronous(env: NodeJS.ProcessEnv): SqliteSynchronous {
  const raw = env.SQLITE_SYNCHRONOUS?.trim().toUpperCase()
  if (raw === undefined || raw === '') return 'FULL'
  if (raw === 'FULL' || raw === 'NORMAL') return raw
  throw new ConfigError(
    `SQLITE_SYNCHRONOUS must be FULL or NORMAL, got "${env.SQLITE_SYNCHRONOUS}"`,
  )
}

function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
  } catch (err) {
    throw new ConfigError(`DATA_DIR "${dir}" cannot be created: ${(err as Error).message}`)
  }
  try {
    accessSync(dir, constants.R_OK | constants.W_OK)
  } catch {
    throw new ConfigError(`DATA_DIR "${dir}" is not readable and writable by this process`)
  }
}
