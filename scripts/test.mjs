// `npm test`: builds the client, runs the unit and integration tests (Vitest) and the browser
// journeys (Playwright with Debian's Chromium), and ends with one line `N passed, N failed`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const RESULTS = 'test-results'
const VITEST_JSON = `${RESULTS}/vitest.json`
const PLAYWRIGHT_JSON = `${RESULTS}/playwright.json`
const bin = (name) => `node_modules/.bin/${name}`

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status ?? 1
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

rmSync(RESULTS, { recursive: true, force: true })
mkdirSync(RESULTS, { recursive: true })

let passed = 0
let failed = 0
let broken = false

if (run(bin('vite'), ['build', '--logLevel', 'warn']) !== 0) {
  console.error('The client build failed.')
  broken = true
}

const vitestStatus = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_JSON}`,
])
const vitest = readJson(VITEST_JSON)
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  // A file that failed to load counts as a failure even though it ran no test.
  failed += vitest.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length
} else if (vitestStatus !== 0) broken = true

if (!broken || existsSync('dist/client/index.html')) {
  const e2eStatus = run(bin('playwright'), ['test', '--reporter=line,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
  })
  const e2e = readJson(PLAYWRIGHT_JSON)
  if (e2e?.stats) {
    passed += e2e.stats.expected + e2e.stats.flaky
    failed += e2e.stats.unexpected
    failed += (e2e.errors ?? []).length
  } else if (e2eStatus !== 0) broken = true
}

if (broken) failed += 1
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
