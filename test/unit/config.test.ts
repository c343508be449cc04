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
      maxBoardItems: 300_000,
      maxBodyBytes: 10 * 1024 * 1024,
      assetMaxBytes: 10 * 1024 * 1024,
      roomUnloadMs: 30_000,
      pingIntervalMs: 30_000,
      compactAfterUpdates: 500,
      compactAfterBytes: 4 * 1024 * 1024,
      createRateLimit: 30,
      clientDir: path.resolve(CWD, 'dist/client'),
      trustProxy: null,
    })
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
    const config = loadConfig({ MAX_BODY_BYTES: '4096', CREATE_RATE_LIMIT: '2' }, CWD)
    expect(config.maxBodyBytes).toBe(4096)
    expect(config.createRateLimit).toBe(2)
  })

  it.each([
    ['PORT', 'abc'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['CREATE_RATE_LIMIT', '0'],
    ['MAX_BODY_BYTES', '100'],
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
