// `npm run check`: type checks (tsc, svelte-check), lint, format check and import cycles, run
// side by side with their caches under node_modules/.cache, so a check after a small change takes
// seconds, not a minute. Each tool's output is printed in one piece; the exit code is non-zero if any failed.
import { spawn } from 'node:child_process'

const CACHE = 'node_modules/.cache'
const bin = (name) => `node_modules/.bin/${name}`
const CHECKS = [
  [bin('tsc'), ['--noEmit', '--incremental', '--tsBuildInfoFile', `${CACHE}/tsc.tsbuildinfo`]],
  [bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings']],
  [bin('eslint'), ['--max-warnings', '0', '--cache', '--cache-location', `${CACHE}/eslint/`, '.']],
  [bin('prettier'), ['--check', '--cache', '.']],
  // Import cycles (types included) in the client, the server and shared/.
  [
    bin('depcruise'),
    [
      '--config',
      '.dependency-cruiser.cjs',
      '--ignore-known',
      '.dependency-cruiser-known-violations.json',
      'client/src',
      'server',
      'shared',
    ],
  ],
]

function run([command, args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('close', (code) => resolve({ name: `${command} ${args.join(' ')}`, code, out }))
    child.on('error', (err) => resolve({ name: command, code: 1, out: String(err) }))
  })
}

const results = await Promise.all(CHECKS.map(run))
for (const { name, code, out } of results) {
  console.log(`\n$ ${name}${code === 0 ? '' : `  (exit ${code})`}\n${out.trimEnd()}`)
}
process.exit(results.some((r) => r.code !== 0) ? 1 : 0)
