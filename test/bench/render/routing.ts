// node --import tsx test/bench/render/routing.ts: how long routing relations around cards takes
// on the ecosystem template with 30 actors and 60 relations between them (pure, in Node): all
// routes cold, again after one card moved (only the routes it can affect), and the export's.
import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { ConnectorRouter } from '../../../client/src/lib/geometry/connectorRouter.ts'
import { createActor } from '../../../shared/ops/createActor.ts'
import { createConnector } from '../../../shared/ops/createConnector.ts'
import { insertTemplate } from '../../../shared/ops/insertTemplate.ts'
import { boardElements, describeBoard } from '../../../shared/picture/describe/board.ts'
import type { BoardElement, Connector } from '../../../shared/schema/index.ts'
import { findTemplate } from '../../../shared/templates/index.ts'

const ACTORS = 30
const RELATIONS = 60
const ROUNDS = 20

/** A small deterministic generator, so every run routes the same board. */
function random(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31
    return s / 2 ** 31
  }
}

function makeBoard(): Y.Doc {
  const doc = new Y.Doc()
  const template = findTemplate('ecosystem')
  if (!template) throw new Error('no ecosystem template')
  insertTemplate(doc, { template, locale: 'de', at: { x: 0, y: 0 } })
  const next = random(13)
  const actors: string[] = []
  for (let i = 0; i < ACTORS; i++) {
    const angle = next() * 2 * Math.PI
    const radius = 150 + next() * 600
    const x = 800 + Math.cos(angle) * radius
    const y = 820 + Math.sin(angle) * radius
    actors.push(createActor(doc, { x, y, name: `Akteur ${i + 1}`, category: 'administration' }))
  }
  for (let i = 0; i < RELATIONS; i++) {
    const from = actors[Math.floor(next() * ACTORS)]!
    let to = actors[Math.floor(next() * ACTORS)]!
    if (to === from) to = actors[(actors.indexOf(from) + 1) % ACTORS]!
    createConnector(doc, { from: { elementId: from }, to: { elementId: to } })
  }
  return doc
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

const doc = makeBoard()
const elements = boardElements(doc)
const connectors = elements.filter((el): el is Connector => el.kind === 'connector')
const cold: number[] = []
const moved: number[] = []
let bent = 0
for (let round = 0; round < ROUNDS; round++) {
  const byId = new Map<string, BoardElement>(elements.map((el) => [el.id, el]))
  const router = new ConnectorRouter(
    (id) => byId.get(id),
    () => byId.values(),
  )
  let t = performance.now()
  bent = 0
  for (const c of connectors) if ((router.path(c)?.points.length ?? 0) > 2) bent++
  cold.push(performance.now() - t)
  // One card dragged a little: what a drag frame costs.
  const card = elements.find((el) => el.kind === 'actor')!
  byId.set(card.id, { ...card, x: card.x + 40, y: card.y + 25 })
  router.changed([card.id])
  t = performance.now()
  for (const c of connectors) router.path(c)
  moved.push(performance.now() - t)
}
const exportTimes: number[] = []
for (let round = 0; round < 5; round++) {
  const t = performance.now()
  describeBoard(doc, { scope: 'board', language: 'de' })
  exportTimes.push(performance.now() - t)
}
console.log(
  [
    `ecosystem template, ${ACTORS} actors, ${RELATIONS} relations (${bent} go around a card)`,
    `all routes, cold: median ${median(cold).toFixed(2)} ms (of ${ROUNDS})`,
    `after one card moved: median ${median(moved).toFixed(2)} ms`,
    `whole export picture (describeBoard): median ${median(exportTimes).toFixed(1)} ms`,
  ].join('\n'),
)
