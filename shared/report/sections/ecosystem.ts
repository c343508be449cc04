import { ACTOR_CATEGORIES, actorCategory, NO_CATEGORY } from '../../vocabulary/actorCategories.ts'
import { findingWords } from '../../domain/checks/findingText.ts'
import type { Locale } from '../../vocabulary/label.ts'
import { RELATION_KINDS, relationLabel } from '../../vocabulary/relationKinds.ts'
import { ECOSYSTEM_RINGS } from '../../vocabulary/rings.ts'
import type { Actor } from '../../schema/actor.ts'
import type { Relation } from '../../schema/relation.ts'
import { byName, type ReportContext } from '../context.ts'
import {
  heading,
  numberCell,
  paragraph,
  textCell,
  type ReportBlock,
  type TableCell,
} from '../document.ts'
import { nameOr, say } from '../wording.ts'

/**
 * The ecosystem: the actors by ring (every ring of the map, an empty one shows a gap) and by
 * category, the relations between actors by kind, the catalogue's categories nobody on the board
 * belongs to, and the actors no relation joins yet.
 */
export function ecosystemSection(ctx: ReportContext): ReportBlock[] {
  const { language, model } = ctx
  const blocks: ReportBlock[] = [heading(2, say('ecosystem', language))]
  if (model.actors.length === 0) return [...blocks, paragraph(say('noActors', language))]
  const names = byName(language)
  const namesOf = (actors: Actor[]): TableCell =>
    textCell(
      actors
        .map((a) => nameOr(a.name, language))
        .sort(names)
        .join(', '),
    )

  blocks.push(heading(3, say('actorsByRing', language)))
  const ringRows: TableCell[][] = ECOSYSTEM_RINGS.map((ring) => {
    const inRing = model.actors.filter((a) => a.ring === ring.id)
    return [textCell(ring.label[language]), numberCell(inRing.length), namesOf(inRing)]
  })
  const noRing = model.actors.filter((a) => a.ring === null)
  if (noRing.length > 0) {
    ringRows.push([textCell(say('noRing', language)), numberCell(noRing.length), namesOf(noRing)])
  }
  blocks.push({
    kind: 'table',
    caption: say('actorsByRing', language),
    header: [say('ring', language), say('number', language), say('actors', language)],
    rows: ringRows,
  })

  blocks.push(heading(3, say('actorsByCategory', language)))
  blocks.push({
    kind: 'table',
    caption: say('actorsByCategory', language),
    header: [say('category', language), say('number', language), say('actors', language)],
    rows: byCategory(model.actors, language).map(([label, actors]) => [
      textCell(label),
      numberCell(actors.length),
      namesOf(actors),
    ]),
  })

  blocks.push(...relationBlocks(ctx))
  blocks.push(...missingCategoryBlocks(ctx))

  const unrelated = ctx.findings.filter((f) => f.rule === 'actorsWithoutRelation')
  if (unrelated.length > 0) {
    blocks.push(heading(3, say('unrelatedActors', language)))
    blocks.push({
      kind: 'list',
      items: unrelated
        .map((f) => findingWords(f, language).message)
        .sort(names)
        .map((text) => [{ text }]),
    })
  }
  return blocks
}

/** A category's name: the catalogue's, or the one a custom actor gives. */
export function categoryLabel(actor: Actor, language: Locale): string {
  if (actor.category === null) return NO_CATEGORY[language]
  if (actor.category === 'custom') {
    return actor.customCategory.trim() || say('customCategory', language)
  }
  return actorCategory(actor.category)?.label[language] ?? actor.category
}

/** Catalogue categories in catalogue order, the custom ones by name, then those without. */
function byCategory(actors: Actor[], language: Locale): [string, Actor[]][] {
  const rows: [string, Actor[]][] = []
  for (const category of ACTOR_CATEGORIES) {
    const members = actors.filter((a) => a.category === category.id)
    if (members.length > 0) rows.push([category.label[language], members])
  }
  const custom = new Map<string, Actor[]>()
  for (const actor of actors.filter((a) => a.category === 'custom')) {
    const label = categoryLabel(actor, language)
    custom.set(label, [...(custom.get(label) ?? []), actor])
  }
  const names = byName(language)
  for (const label of [...custom.keys()].sort(names)) rows.push([label, custom.get(label) ?? []])
  const none = actors.filter((a) => a.category === null)
  if (none.length > 0) rows.push([NO_CATEGORY[language], none])
  return rows
}

/** A relation's kind in words: the catalogue's, or a custom relation's own label. */
export function relationKindLabel(relation: Relation, language: Locale): string {
  if (relation.kind === 'custom' && relation.label.trim() !== '') return relation.label.trim()
  return relationLabel(relation.kind)[language]
}

function relationBlocks(ctx: ReportContext): ReportBlock[] {
  const { language, model } = ctx
  const actors = new Map(model.actors.map((a) => [a.id, a]))
  // The map's relations: both ends on an actor (as the ecosystem panel's legend counts them).
  const between = model.relations.filter(
    (r) => r.fromId !== null && r.toId !== null && actors.has(r.fromId) && actors.has(r.toId),
  )
  const blocks: ReportBlock[] = [heading(3, say('relationsByKind', language))]
  if (between.length === 0) return [...blocks, paragraph(say('noRelations', language))]
  const order = (r: Relation): number => {
    const at = RELATION_KINDS.findIndex((k) => k.id === r.kind)
    return at === -1 ? RELATION_KINDS.length : at
  }
  const names = byName(language)
  const nameOf = (id: string | null): string => nameOr(actors.get(id ?? '')?.name ?? '', language)
  const sorted = [...between].sort(
    (a, b) =>
      order(a) - order(b) ||
      names(relationKindLabel(a, language), relationKindLabel(b, language)) ||
      names(nameOf(a.fromId), nameOf(b.fromId)) ||
      names(nameOf(a.toId), nameOf(b.toId)),
  )
  const kinds = new Map<string, number>()
  for (const r of sorted) {
    const label = relationKindLabel(r, language)
    kinds.set(label, (kinds.get(label) ?? 0) + 1)
  }
  blocks.push({
    kind: 'table',
    caption: say('relationsByKind', language),
    header: [say('relationKind', language), say('number', language)],
    rows: [...kinds].map(([label, n]) => [textCell(label), numberCell(n)]),
  })
  blocks.push({
    kind: 'table',
    caption: say('countRelations', language),
    header: [
      say('relationFrom', language),
      say('relationKind', language),
      say('relationTo', language),
    ],
    rows: sorted.map((r) => [
      textCell(nameOf(r.fromId)),
      textCell(relationKindLabel(r, language)),
      textCell(nameOf(r.toId)),
    ]),
  })
  return blocks
}

function missingCategoryBlocks(ctx: ReportContext): ReportBlock[] {
  const { language } = ctx
  const missing = ctx.findings.filter((f) => f.rule === 'missingActorCategories')
  const blocks: ReportBlock[] = [heading(3, say('missingCategories', language))]
  if (missing.length === 0) return [...blocks, paragraph(say('noMissingCategories', language))]
  blocks.push(paragraph(say('missingCategoriesIntro', language)))
  blocks.push({
    kind: 'list',
    items: missing.map((f) => {
      const category = ACTOR_CATEGORIES.find((c) => c.id === f.params.category)
      const label = category?.label[language] ?? String(f.params.category)
      const share = category && 'involvement' in category ? category.involvement : undefined
      return share === undefined
        ? [{ text: label, bold: true }]
        : [{ text: label, bold: true }, { text: `: ${say('involvement', language, { share })}` }]
    }),
  })
  return blocks
}
