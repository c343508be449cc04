// The Hocuspocus server under test, started by `hocuspocus.ts` as a plain Node process (no tsx,
// so its CPU and memory are Hocuspocus' own). Its defaults, no extensions: documents live in
// memory only, nothing is stored and nobody is called. Listens on 127.0.0.1 on a port the OS
// picks and prints it; stops on SIGTERM.
import { Server } from '@hocuspocus/server'

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: true })
await server.listen()
const address = server.httpServer.address()
console.log(`listening on port ${typeof address === 'object' && address ? address.port : '?'}`)
