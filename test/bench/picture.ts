/**
 * Benchmark of the one picture: describeBoard of a board with 10,000 notes (distinct German
 * texts), cold (fresh layout caches, what an export does once) and warm (caches reused, what the
 * screen does on every change). Prints a table; not a test, nothing passes or fails.
 *
 *   node --import tsx test/bench/picture.ts [notes]
 */
import * as Y from 'yjs'
import { createNote } from '../../shared/ops/createNote.ts'
import { boardElements, describeBoard } from '../../shared/picture/describe/board.ts'
import { describeContext } from '../../shared/picture/describe/context.ts'
import { measureText } from '../../shared/picture/font/measure.ts'

const NOTES = Number(process.argv[2] ?? 10_000)
const WORDS = [
  'Wer',
  'pflegt',
  'die',
  'Stammdaten',
  'Schulträger',
  'Straßenverkehrsbehörde',
  'Öffnungszeiten',
  'Bürgerbüro',
  'Digitalisierung',
  'Zuständigkeit',
  'klären',
  'bis',
  'März',
  'Datenschutz',
  'prüfen',
]

function boardOf(count: number): Y.Doc {
  const doc = new Y.Doc()
  const side = Math.ceil(Math.sqrt(count))
  for (let i = 0; i < count; i++) {
    const length = 3 + (i % 12)
    const text = Array.from({ length }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ')
    createNote(doc, { x: (i % side) * 200, y: Math.floor(i / side) * 200, text: `${text} ${i}` })
  }
  return doc
}

function time<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now()
  const result = run()
  return { ms: performance.now() - start, result }
}

const doc = boardOf(NOTES)
const elements = boardElements(doc)
const rows: [string, number][] = []
rows.push(['read elements from the Y.Doc', time(() => boardElements(doc)).ms])
const cold = time(() => describeBoard(elements, { scope: 'board', language: 'de' }))
rows.push(['describeBoard, cold caches', cold.ms])
const context = describeContext('de', () => null)
describeBoard(elements, { scope: 'board', language: 'de', context })
const warm: number[] = []
for (let i = 0; i < 5; i++) {
  warm.push(time(() => describeBoard(elements, { scope: 'board', language: 'de', context })).ms)
}
rows.push(['describeBoard, warm caches (median of 5)', warm.sort((a, b) => a - b)[2] ?? 0])
const text = 'Wer pflegt die Stammdaten der Schulträger im Landkreis? '.repeat(20)
const chars = time(() => {
  let sum = 0
  for (let i = 0; i < 1000; i++) sum += measureText(text, 16)
  return sum
})
rows.push([`measureText of ${(text.length * 1000).toLocaleString('en')} characters`, chars.ms])

console.log(`\n| ${NOTES.toLocaleString('en')} notes | ms |\n| --- | ---: |`)
for (const [what, ms] of rows) console.log(`| ${what} | ${ms.toFixed(1)} |`)
console.log(`\n${cold.result.items.length} groups, bounds ${JSON.stringify(cold.result.bounds)}`)
