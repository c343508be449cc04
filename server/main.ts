// The only module with process effects: reads the environment, opens storage, listens, and
// shuts down cleanly on SIGTERM/SIGINT.
import http from 'node:http'
import { ConfigError, loadConfig } from './config.ts'
import { consoleLogger as log } from './log.ts'
import { openStore } from './store/index.ts'
import { Access } from './access/Access.ts'
import { SyncServer } from './sync/SyncServer.ts'
import { ControlServer } from './control/ControlServer.ts'
import { originCheck } from './edge/origin.ts'
import { UpgradeGate } from './edge/UpgradeGate.ts'
import { createApp } from './app.ts'
import { Readiness } from './http/readiness.ts'

async function main(): Promise<void> {
  const config = loadConfig()
  const store = await openStore(config, log)
  // One authority on tokens for all three: the HTTP routes ask it, and both realtime planes
  // subscribe to its revocations (each closes its own sockets of a replaced link).
  const access = new Access({ store, log })
  const sync = new SyncServer({ store, config, log, access })
  const control = new ControlServer({
    access,
    log,
    originAllowed: originCheck(config.allowedOrigins, config.publicUrl),
  })
  const readiness = new Readiness({ store, dataDir: config.dataDir, log })
  const app = createApp({
    store,
    config,
    sync,
    log,
    readiness,
    access,
  })
  const server = http.createServer(app)
  // Every upgrade goes through the gate, which hands /yjs/… to the sync server and /socket.io/…
  // to the control plane; plain HTTP requests all go to express (socket.io takes none: it is
  // WebSocket only).
  const gate = new UpgradeGate({ config, log, sync, control })
  server.on('upgrade', gate.handle)

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, resolve)
  })
  // After listening, an error of the listening socket (too many open files on accept) must not
  // end the process: the connections already open go on, and accepting resumes.
  server.on('error', (err) => log.error('http server error', { err }))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const shown = config.publicUrl ?? `http://localhost:${port}`
  // Tests read this line to learn the port when PORT=0.
  log.info(`listening on port ${port}`, { host: config.host, dataDir: config.dataDir })
  console.log(`\n  Werkraum läuft: ${shown}\n`)

  let stopping = false
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return
    stopping = true
    readiness.drain()
    log.info('shutting down', { signal })
    server.close()
    server.closeAllConnections()
    try {
      await Promise.all([control.close(), sync.close()])
      await store.close()
      process.exit(0)
    } catch (err) {
      log.error('shutdown failed', { err })
      process.exit(1)
    }
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(`Werkraum: configuration error: ${err.message}`)
  } else {
    console.error('Werkraum could not start:', err)
  }
  process.exit(1)
})
