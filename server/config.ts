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
  /**
   * Items (Yjs structs) a board's document may hold (MAX_BOARD_ITEMS). An update that would
   * pass it is refused (close code 4413, "board full"); what is on the board stays.
   */
  maxBoardItems: number
  /** Largest JSON body accepted by the HTTP API, in bytes. */
  maxBodyBytes: number
  /** Largest image accepted by an upload, in bytes (ASSET_MAX_BYTES). */
  assetMaxBytes: number
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
  /**
   * Express `trust proxy` (TRUST_PROXY): how many reverse proxies (a number) or which proxy
   * addresses (a string) may set X-Forwarded-For. null = trust none: the client address is the
   * socket's, which is what the per-address rate limit counts.
   */
  trustProxy: number | string | null
}

/**
 * A sticky note is 10 items (12 after some editing), so this holds a 10,000-note board (the
 * benchmark's size, about 50 MB of heap) two and a half times over, with room for its editing
 * history. The worst case, a board of empty maps at the cap, measured about 430 MiB of RSS.
 */
export const DEFAULT_MAX_BOARD_ITEMS = 300_000

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min)
    throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}"`)
  return n
}

function str(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name]?.trim()
  return raw ? raw : null
}

const TRUST_PROXY_ITEM = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)$/

function trustProxy(env: NodeJS.ProcessEnv): number | string | null {
  const raw = str(env, 'TRUST_PROXY')
  if (raw === null || /^(false|no|off|0)$/i.test(raw)) return null
  // `true` would trust any X-Forwarded-For, so every client could pick its own address and
  // escape the rate limit; name the proxies instead.
  if (/^(true|yes|on)$/i.test(raw)) {
    throw new ConfigError(
      'TRUST_PROXY=true would let any client choose its address; set the number of proxies in front (e.g. 1) or their addresses (e.g. loopback, 10.0.0.5)',
    )
  }
  if (/^\d+$/.test(raw)) return Number(raw)
  const items = raw.split(',').map((item) => item.trim())
  if (!items.every((item) => TRUST_PROXY_ITEM.test(item))) {
    throw new ConfigError(
      `TRUST_PROXY must be a number of proxies or a comma-separated list of addresses, subnets, loopback, linklocal or uniquelocal, got "${raw}"`,
    )
  }
  return items.join(',')
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
    maxBoardItems: int(env, 'MAX_BOARD_ITEMS', DEFAULT_MAX_BOARD_ITEMS, 1000),
    maxBodyBytes: int(env, 'MAX_BODY_BYTES', 10 * 1024 * 1024, 1024),
    assetMaxBytes: int(env, 'ASSET_MAX_BYTES', 10 * 1024 * 1024, 1),
    roomUnloadMs: int(env, 'ROOM_UNLOAD_MS', 30_000),
    pingIntervalMs: int(env, 'PING_INTERVAL_MS', 30_000, 100),
    compactAfterUpdates: int(env, 'COMPACT_AFTER_UPDATES', 500, 1),
    compactAfterBytes: int(env, 'COMPACT_AFTER_BYTES', 4 * 1024 * 1024, 1),
    createRateLimit: int(env, 'CREATE_RATE_LIMIT', 30, 1),
    clientDir: path.resolve(cwd, str(env, 'CLIENT_DIR') ?? './dist/client'),
    trustProxy: trustProxy(env),
  }
}
