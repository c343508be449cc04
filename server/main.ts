// The only module with process effects: reads the environment, opens storage, listens, and
// shuts down cleanly on SIGTERM/SIGINT.
import http from 'node:http'
import { ConfigError, loadConfig } from './config.ts'
import { consoleLogger as log } from './log.ts'
import { openStore } from './store/index.ts'
import { SyncServer } from './sync/SyncServer.ts'
import { ControlServer } from './control/ControlServer.ts'
import { createApp } from './app.ts'
import { Readiness } from './http/readiness.ts'

async function main(): Promise<void> {
  const config = loadConfig()
  const store = await openStore(config, log)
  const sync = new SyncServer({ store, config, log })
  const control = new ControlServer({ store, log })
  const readiness = new Readiness({ store, dataDir: config.dataDir, log })
  const app = createApp({
    store,
    config,
    sync,
    log,
    readiness,
    linkReplaced: (boardId, right, token) => {
      sync.revokeRight(boardId, right)
      control.revokeRight(boardId, right)
      control.announceLink(boardId, right, token)
    },
  })
  const server = http.createServer(app)
  server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head))
  // socket.io at /socket.io/ beside express and /yjs (it passes other requests on to express).
  control.attach(server)

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, resolve)
  })
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
      // Together: socket.io's close waits for the HTTP server's 'close', which comes only once
      // the sync server has closed the /yjs sockets.
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
