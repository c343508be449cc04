// Entry of the client process: the bench process forks it, sends one `start` message and gets
// progress and the result back over IPC. Clients run apart from the bench process so that their
// CPU is measured separately and the bench process' /proc sampling stays out of their way.
import type { FromClients, ToClients } from './messages.ts'
import { runClients } from './runClients.ts'

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

process.once('message', (message: ToClients) => {
  runClients(message.config, (m) => void send(m))
    .then((result) => send({ type: 'result', result }))
    .catch((err: unknown) =>
      send({
        type: 'error',
        message: err instanceof Error ? (err.stack ?? err.message) : String(err),
      }),
    )
    .finally(() => process.exit(0))
})
