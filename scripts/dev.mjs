// `npm run dev`: the server (restarted on change by tsx watch) and Vite with hot reload.
// Open the address Vite prints; it proxies /api and /yjs to the server.
import { spawn } from 'node:child_process'

const serverPort = process.env.WERKRAUM_DEV_SERVER_PORT ?? '3001'
const children = [
  spawn('node_modules/.bin/tsx', ['watch', 'server/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: serverPort, HOST: '127.0.0.1' },
  }),
  spawn('node_modules/.bin/vite', [], { stdio: 'inherit', env: process.env }),
]
const stop = () => children.forEach((c) => c.kill('SIGTERM'))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
children.forEach((c) => c.on('exit', stop))
