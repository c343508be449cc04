import path from 'node:path'

/** Server configuration, from the environment (names and defaults as in the contract). */
export interface Config {
  port: number
  host: string
  dataDir: string
  /** Absolute base for share links behind a proxy, without trailing slash; null = from the request. */
  publicUrl: string | null
  redisUrl: string | null
  databaseUrl: string | null
  /** When set, creating a board needs `Authorization: Bearer <createToken>`. */
  createToken: string | null
  /** Largest WebSocket frame accepted from a client, in bytes. */
  maxMessageBytes: number
  /** Largest JSON body accepted by the HTTP API, in bytes. */
  maxBodyBytes: number
  /** How long a room stays in memory after its last client left. */
  roomUnloadMs: number
  /** Interval of WebSocket pings; a peer that missed one is dropped. */
  pingIntervalMs: number
  /** Compact the update log after this many updates or bytes. */
  compactAfterUpdates: number
  compactAfterBytes: number
  /** Board creations allowed per client address per minute. */
  createRateLimit: number
  /** Directory of the built client (index.html and assets). */
  clientDir: string
}

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}"`)
  return n
}

function str(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name]?.trim()
  return raw ? raw : null
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const publicUrl = str(env, 'PUBLIC_URL')
  if (publicUrl !== null && !/^https?:\/\/[^/]+/.test(publicUrl)) {
    throw new ConfigError(`PUBLIC_URL must be an absolute http(s) URL, got "${publicUrl}"`)
  }
  return {
    port: int(env, 'PORT', 3000),
    host: str(env, 'HOST') ?? '0.0.0.0',
    dataDir: path.resolve(cwd, str(env, 'DATA_DIR') ?? './data'),
    publicUrl: publicUrl?.replace(/\/+$/, '') ?? null,
    redisUrl: str(env, 'REDIS_URL'),
    databaseUrl: str(env, 'DATABASE_URL'),
    createToken: str(env, 'CREATE_TOKEN'),
    maxMessageBytes: int(env, 'MAX_MESSAGE_BYTES', 2 * 1024 * 1024, 1024),
    maxBodyBytes: int(env, 'MAX_BODY_BYTES', 10 * 1024 * 1024, 1024),
    roomUnloadMs: int(env, 'ROOM_UNLOAD_MS', 30_000),
    pingIntervalMs: int(env, 'PING_INTERVAL_MS', 30_000, 100),
    compactAfterUpdates: int(env, 'COMPACT_AFTER_UPDATES', 500, 1),
    compactAfterBytes: int(env, 'COMPACT_AFTER_BYTES', 4 * 1024 * 1024, 1),
    createRateLimit: int(env, 'CREATE_RATE_LIMIT', 30, 1),
    clientDir: path.resolve(cwd, str(env, 'CLIENT_DIR') ?? './dist/client'),
  }
}
