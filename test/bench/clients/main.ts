// Entry of a client process: the bench process forks several, sends each a `start` message
// with its share of the room and drives them through the phases of `ToClients` over IPC.
// Clients run apart from the bench process so that their CPU is measured separately, and in
// several processes so that no single event loop has to hand every relayed frame to 200 clients.
import type { FromClients, ToClients } from './messages.ts'
import { ClientProcess } from './runClients.ts'

// Every WebsocketProvider registers a process 'exit' listener.
process.setMaxListeners(0)
// Never outlive the bench process.
process.on('disconnect', () => process.exit(1))

function send(message: FromClients): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) return reject(new Error('clients/main.ts must be forked with IPC'))
    process.send(message, undefined, {}, (err) => (err ? reject(err) : resolve()))
  })
}

let clients: ClientProcess | null = null

function fail(err: unknown): void {
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err)
  void send({ type: 'error', message }).finally(() => process.exit(1))
}

process.on('message', (message: ToClients) => {
  try {
    if (message.type === 'start') clients = new ClientProcess(message.config, send)
    if (!clients) throw new Error(`'${message.type}' before 'start'`)
    const running = clients
    running.handle(message).then(() => {
      if (message.type !== 'finish') return
      running.destroy()
      process.exit(0)
    }, fail)
  } catch (err) {
    fail(err)
  }
})
