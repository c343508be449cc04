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
  /**
   * Awareness client ids a room keeps at most (PRESENCE_MAX_PER_ROOM): with a state, or whose
   * connection left less than a minute ago. Also the most entries one awareness message may hold.
   */
  presenceMaxPerRoom: number
  /**
   * Compact the update log once the updates since the last compaction reach this many bytes,
   * are this old (ms since the first of them), or this many (a secondary bound: many tiny
   * updates cost little to keep but slow down loading).
   */
  compactAfterBytes: number
  compactAfterMs: number
  compactAfterUpdates: number
  /** Per-connection edit rate: updates and bytes per second, sustained and at once (bursts). */
  editUpdatesPerSecond: number
  editUpdatesBurst: number
  editBytesPerSecond: number
  editBytesBurst: number
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
  /**
   * Origins (`https://host[:port]`) besides the server's own whose pages may open the realtime
   * sockets (ALLOWED_ORIGINS). The request's Host and PUBLIC_URL's origin are always allowed.
   */
  allowedOrigins: string[]
  /** Realtime sockets (/yjs and socket.io together) one client address may hold at once. */
  maxConnectionsPerAddress: number
  /** Realtime document sockets (/yjs) one client address may hold on one board at once. */
  maxBoardConnectionsPerAddress: number
  /** Limits on uploaded images beyond their size (ASSET_* variables); see UploadLimits. */
  uploads: UploadLimits
  /** Exports written at the same time, one worker thread each (EXPORT_CONCURRENCY). */
  exportConcurrency: number
  /** Exports that may wait for a worker; one more answers 503 (EXPORT_QUEUE_MAX). */
  exportQueueMax: number
  /** Longest one export may run; its worker is stopped then (EXPORT_TIMEOUT_MS). */
  exportTimeoutMs: number
  /** Heap of one export worker in MB (EXPORT_MEMORY_MB): past it that export fails alone. */
  exportMemoryMb: number
  /**
   * Largest body of an import (IMPORT_MAX_BYTES): the board JSON in `POST /api/boards` with
   * `import`, or a `.werkraum` file to `POST /api/boards/import`.
   */
  importMaxBytes: number
}

/** What uploads may cost: disk per board, bandwidth per client address, decoding in browsers,
 * and how many run at once. Read from the ASSET_* variables. */
export interface UploadLimits {
  /** Total bytes of the images one board may hold (ASSET_BOARD_QUOTA_BYTES). */
  boardQuotaBytes: number
  /** Image bytes one client address may upload per hour (ASSET_ADDRESS_BYTES_PER_HOUR). */
  addressBytesPerHour: number
  /** Largest image by pixels, width × height (ASSET_MAX_PIXELS): a browser decodes every pixel. */
  maxPixels: number
  /** Uploads one client address may run at the same time (ASSET_CONCURRENT_PER_ADDRESS). */
  concurrentPerAddress: number
  /** Uploads the whole server runs at the same time (ASSET_CONCURRENT_UPLOADS). */
  concurrentTotal: number
}

/**
 * A sticky note is 10 items (12 after some editing), so this holds a 10,000-note board (the
 * benchmark's size, about 50 MB of heap) twice over, with room for its editing history. The
 * worst case, a board of empty maps (the most expensive item) at the cap, took the server from
 * 120 to 360 MiB of RSS; at 300,000 it took it to 680 MiB, which is why the cap is not higher.
 */
export const DEFAULT_MAX_BOARD_ITEMS = 200_000

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

/** Each origin as the browser sends it in `Origin`: scheme, host and a port other than the default. */
function allowedOrigins(env: NodeJS.ProcessEnv): string[] {
  const raw = str(env, 'ALLOWED_ORIGINS')
  if (raw === null) return []
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      let url: URL | null = null
      try {
        url = new URL(item)
      } catch {
        // reported below
      }
      const bare =
        url !== null &&
        /^https?:$/.test(url.protocol) &&
        url.pathname === '/' &&
        url.search === '' &&
        url.hash === '' &&
        url.username === '' &&
        url.password === ''
      if (url === null || !bare) {
        throw new ConfigError(
          `ALLOWED_ORIGINS must be a comma-separated list of origins like https://werkraum.example (no path), got "${item}"`,
        )
      }
      return url.origin
    })
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
    presenceMaxPerRoom: int(env, 'PRESENCE_MAX_PER_ROOM', 1000, 1),
    compactAfterBytes: int(env, 'COMPACT_AFTER_BYTES', 4 * 1024 * 1024, 1),
    compactAfterMs: int(env, 'COMPACT_AFTER_MS', 5 * 60_000, 1),
    compactAfterUpdates: int(env, 'COMPACT_AFTER_UPDATES', 10_000, 1),
    editUpdatesPerSecond: int(env, 'EDIT_UPDATES_PER_SECOND', 240, 1),
    editUpdatesBurst: int(env, 'EDIT_UPDATES_BURST', 1200, 1),
    editBytesPerSecond: int(env, 'EDIT_BYTES_PER_SECOND', 256 * 1024, 1024),
    editBytesBurst: int(env, 'EDIT_BYTES_BURST', 4 * 1024 * 1024, 1024),
    createRateLimit: int(env, 'CREATE_RATE_LIMIT', 30, 1),
    clientDir: path.resolve(cwd, str(env, 'CLIENT_DIR') ?? './dist/client'),
    trustProxy: trustProxy(env),
    allowedOrigins: allowedOrigins(env),
    maxConnectionsPerAddress: int(env, 'MAX_CONNECTIONS_PER_ADDRESS', 2000, 1),
    maxBoardConnectionsPerAddress: int(env, 'MAX_BOARD_CONNECTIONS_PER_ADDRESS', 500, 1),
    uploads: uploadLimits(env),
    // One export at a time by default: a 2-core server keeps the other core for its rooms.
    exportConcurrency: int(env, 'EXPORT_CONCURRENCY', 1, 1),
    exportQueueMax: int(env, 'EXPORT_QUEUE_MAX', 8, 0),
    exportTimeoutMs: int(env, 'EXPORT_TIMEOUT_MS', 120_000, 100),
    exportMemoryMb: int(env, 'EXPORT_MEMORY_MB', 1024, 64),
    importMaxBytes: int(env, 'IMPORT_MAX_BYTES', 64 * 1024 * 1024, 1024),
  }
}

// Upload limits, in one block: defaults sized for a workshop room behind one NAT address.
function uploadLimits(env: NodeJS.ProcessEnv): UploadLimits {
  return {
    boardQuotaBytes: int(env, 'ASSET_BOARD_QUOTA_BYTES', 256 * 1024 * 1024, 1),
    addressBytesPerHour: int(env, 'ASSET_ADDRESS_BYTES_PER_HOUR', 512 * 1024 * 1024, 1),
    maxPixels: int(env, 'ASSET_MAX_PIXELS', 40_000_000, 1),
    concurrentPerAddress: int(env, 'ASSET_CONCURRENT_PER_ADDRESS', 4, 1),
    concurrentTotal: int(env, 'ASSET_CONCURRENT_UPLOADS', 32, 1),
  }
}
