import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../server/config.ts'

const CWD = '/srv/werkraum'

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(loadConfig({}, CWD)).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: path.resolve(CWD, 'data'),
      publicUrl: null,
      redisUrl: null,
      databaseUrl: null,
      createToken: null,
      maxMessageBytes: 2 * 1024 * 1024,
      maxBoardItems: 200_000,
      maxBodyBytes: 10 * 1024 * 1024,
      assetMaxBytes: 10 * 1024 * 1024,
      roomUnloadMs: 30_000,
      pingIntervalMs: 30_000,
      presenceMaxPerRoom: 1000,
      compactAfterBytes: 4 * 1024 * 1024,
      compactAfterMs: 5 * 60_000,
      compactAfterUpdates: 10_000,
      editUpdatesPerSecond: 240,
      editUpdatesBurst: 1200,
      editBytesPerSecond: 256 * 1024,
      editBytesBurst: 4 * 1024 * 1024,
      createRateLimit: 30,
      clientDir: path.resolve(CWD, 'dist/client'),
      trustProxy: null,
      allowedOrigins: [],
      maxConnectionsPerAddress: 2000,
      maxBoardConnectionsPerAddress: 500,
      uploads: {
        boardQuotaBytes: 256 * 1024 * 1024,
        addressBytesPerHour: 512 * 1024 * 1024,
        maxPixels: 40_000_000,
        concurrentPerAddress: 4,
        concurrentTotal: 32,
      },
      exportConcurrency: 1,
      exportQueueMax: 8,
      exportTimeoutMs: 120_000,
      exportMemoryMb: 1024,
      importMaxBytes: 64 * 1024 * 1024,
    })
  })

  it('reads the export and import limits and refuses ones out of range', () => {
    const config = loadConfig(
      {
        EXPORT_CONCURRENCY: '2',
        EXPORT_QUEUE_MAX: '0',
        EXPORT_TIMEOUT_MS: '5000',
        EXPORT_MEMORY_MB: '512',
        IMPORT_MAX_BYTES: '4096',
      },
      CWD,
    )
    expect(config).toMatchObject({
      exportConcurrency: 2,
      exportQueueMax: 0,
      exportTimeoutMs: 5000,
      exportMemoryMb: 512,
      importMaxBytes: 4096,
    })
    expect(() => loadConfig({ EXPORT_CONCURRENCY: '0' }, CWD)).toThrow(ConfigError)
    expect(() => loadConfig({ EXPORT_MEMORY_MB: '8' }, CWD)).toThrow(ConfigError)
    expect(() => loadConfig({ IMPORT_MAX_BYTES: '10' }, CWD)).toThrow(ConfigError)
  })

  it('reads the upload limits and refuses ones that are not positive integers', () => {
    const config = loadConfig(
      {
        ASSET_BOARD_QUOTA_BYTES: '1000',
        ASSET_ADDRESS_BYTES_PER_HOUR: '2000',
        ASSET_MAX_PIXELS: '3000',
        ASSET_CONCURRENT_PER_ADDRESS: '1',
        ASSET_CONCURRENT_UPLOADS: '5',
      },
      CWD,
    )
    expect(config.uploads).toEqual({
      boardQuotaBytes: 1000,
      addressBytesPerHour: 2000,
      maxPixels: 3000,
      concurrentPerAddress: 1,
      concurrentTotal: 5,
    })
    expect(() => loadConfig({ ASSET_CONCURRENT_UPLOADS: '0' }, CWD)).toThrow(ConfigError)
    expect(() => loadConfig({ ASSET_MAX_PIXELS: '1.5' }, CWD)).toThrow(ConfigError)
  })

  it('reads every contract variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '127.0.0.1',
        DATA_DIR: '/var/lib/werkraum',
        PUBLIC_URL: 'https://werkraum.musterstadt.de/',
        REDIS_URL: 'redis://cache:6379',
        DATABASE_URL: 'postgres://db/werkraum',
        CREATE_TOKEN: ' geheim ',
      },
      CWD,
    )
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/var/lib/werkraum',
      publicUrl: 'https://werkraum.musterstadt.de',
      redisUrl: 'redis://cache:6379',
      databaseUrl: 'postgres://db/werkraum',
      createToken: 'geheim',
    })
  })

  it('reads MAX_BOARD_ITEMS and refuses a cap too small for any board', () => {
    expect(loadConfig({ MAX_BOARD_ITEMS: '1000000' }, CWD).maxBoardItems).toBe(1_000_000)
    expect(() => loadConfig({ MAX_BOARD_ITEMS: '10' }, CWD)).toThrow(ConfigError)
  })

  it('resolves a relative DATA_DIR against the working directory', () => {
    expect(loadConfig({ DATA_DIR: 'boards' }, CWD).dataDir).toBe('/srv/werkraum/boards')
  })

  it('treats empty variables as unset', () => {
    const config = loadConfig({ PORT: '', CREATE_TOKEN: '  ', DATABASE_URL: '' }, CWD)
    expect(config.port).toBe(3000)
    expect(config.createToken).toBeNull()
    expect(config.databaseUrl).toBeNull()
  })

  it('takes the tuning limits', () => {
    const config = loadConfig(
      { MAX_BODY_BYTES: '4096', CREATE_RATE_LIMIT: '2', PRESENCE_MAX_PER_ROOM: '300' },
      CWD,
    )
    expect(config.maxBodyBytes).toBe(4096)
    expect(config.createRateLimit).toBe(2)
    expect(config.presenceMaxPerRoom).toBe(300)
  })

  it('takes the realtime connection limits per address', () => {
    const config = loadConfig(
      { MAX_CONNECTIONS_PER_ADDRESS: '50', MAX_BOARD_CONNECTIONS_PER_ADDRESS: '20' },
      CWD,
    )
    expect(config.maxConnectionsPerAddress).toBe(50)
    expect(config.maxBoardConnectionsPerAddress).toBe(20)
  })

  it.each([
    ['PORT', 'abc'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['CREATE_RATE_LIMIT', '0'],
    ['PRESENCE_MAX_PER_ROOM', '0'],
    ['MAX_BODY_BYTES', '100'],
    ['MAX_CONNECTIONS_PER_ADDRESS', '0'],
    ['MAX_BOARD_CONNECTIONS_PER_ADDRESS', 'many'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value }, CWD)).toThrow(ConfigError)
    expect(() => loadConfig({ [name]: value }, CWD)).toThrow(new RegExp(`^${name} must be`))
  })

  it('refuses a PUBLIC_URL that is not an absolute http(s) URL', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'werkraum.local' }, CWD)).toThrow(/PUBLIC_URL/)
  })
})

describe('TRUST_PROXY', () => {
  it('trusts no proxy unless told', () => {
    expect(loadConfig({}, CWD).trustProxy).toBeNull()
    expect(loadConfig({ TRUST_PROXY: 'false' }, CWD).trustProxy).toBeNull()
    expect(loadConfig({ TRUST_PROXY: '0' }, CWD).trustProxy).toBeNull()
  })

  it('takes a number of proxies', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }, CWD).trustProxy).toBe(1)
  })

  it('takes a list of proxy addresses and subnets', () => {
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::1' }, CWD).trustProxy).toBe(
      'loopback,10.0.0.0/8,fd00::1',
    )
  })

  it('refuses true, which would let every client pick its own address', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' }, CWD)).toThrow(/any client/)
  })

  it('refuses something that is not an address', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example.org' }, CWD)).toThrow(ConfigError)
  })
})

describe('ALLOWED_ORIGINS', () => {
  it('reads a comma-separated list of origins as browsers send them', () => {
    const config = loadConfig(
      {
        ALLOWED_ORIGINS: 'https://Board.Example, http://intranet.local:8080/,https://x.example:443',
      },
      CWD,
    )
    expect(config.allowedOrigins).toEqual([
      'https://board.example',
      'http://intranet.local:8080',
      'https://x.example',
    ])
  })

  it.each([
    'board.example',
    'ftp://board.example',
    'https://board.example/path',
    'https://board.example?x=1',
    'https://user@board.example',
    '*',
  ])('refuses %s, which is not an origin', (value) => {
    expect(() => loadConfig({ ALLOWED_ORIGINS: value }, CWD)).toThrow(/^ALLOWED_ORIGINS must be/)
  })
})
