// `npm run bench`: the same room workload against each server, one after the other; prints a
// Markdown table and writes it with the raw numbers as JSON to bench-results/.
import { parseOptions, UsageError, USAGE } from './options.ts'
import { renderMarkdown, writeResults, type BenchRun } from './report.ts'
import { killEverything, runTarget, type TargetResult } from './runTarget.ts'
import { TARGETS } from './targets/index.ts'
import { machine } from './machine.ts'
import { waitForQuietMachine } from './quiet.ts'

const log = (line: string): void => console.error(`[bench] ${line}`)

async function main(): Promise<number> {
  let options
  try {
    options = parseOptions(process.argv.slice(2), process.env)
  } catch (err) {
    if (!(err instanceof UsageError)) throw err
    console.error(err.message ? `${err.message}\n\n${USAGE}` : USAGE)
    return err.message ? 2 : 0
  }
  const { workload } = options
  log(
    `preset ${options.preset}: ${workload.clients} clients, ${workload.editsPerSecond} edits/s, ` +
      `cursors ${workload.cursorHz} Hz, ${workload.warmupSeconds} s warm-up, ` +
      `${workload.durationSeconds} s measured; servers: ${options.targets.join(', ')}`,
  )
  const startedAt = new Date()
  const results: TargetResult[] = []
  const failures: BenchRun['failures'] = []
  for (const name of options.targets) {
    try {
      await waitForQuietMachine(log, options.quietWaitSeconds * 1000)
      results.push(await runTarget(TARGETS[name], workload, log))
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      log(`${name}: FAILED: ${message}`)
      failures.push({ target: name, error: message })
    }
  }
  const run: BenchRun = {
    startedAt: startedAt.toISOString(),
    preset: options.preset,
    workload,
    machine: machine(),
    results,
    failures,
  }
  const markdown = renderMarkdown(run)
  console.log(markdown)
  const written = writeResults(run, markdown, options.outDir)
  log(`wrote ${written.join(', ')}`)
  return failures.length > 0 ? 1 : 0
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killEverything()
    process.exit(130)
  })
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err)
    killEverything()
    process.exit(1)
  },
)
