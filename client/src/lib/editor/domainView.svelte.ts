import type { DomainModel } from '../../../../shared/domain/model.ts'
import { dimmedIds, NO_FILTER, toggled, type DomainFilter } from './domainFilter.ts'
import type { ActorCategory } from '../../../../shared/domain/actorCategories.ts'
import type { RelationKind } from '../../../../shared/domain/relationKinds.ts'

/** The tabs of the side panel that helps while the group works. */
export const DOMAIN_PANELS = ['matrix', 'checks', 'ecosystem'] as const
export type DomainPanel = (typeof DOMAIN_PANELS)[number]

const NOTHING: ReadonlySet<string> = new Set()

/** What the view reads of the board's domain model (domain/boardDomain.svelte.ts is one). */
export interface DomainSource {
  /** The derived model the filter applies to. */
  readonly model: DomainModel
  /** Cards a check's warning points at. */
  readonly warned: ReadonlySet<string>
}

/**
 * This person's view of the board's domain (part of the Session, never synced): which panel is
 * open, what the ecosystem filter hides, and from the board's domain model what the canvas
 * marks (warnings) and dims (filtered out).
 */
export class DomainView {
  /** The open panel tab, null when the panel is closed. */
  panel = $state<DomainPanel | null>(null)
  /** The tab the panel opens on next. */
  lastPanel = $state<DomainPanel>('checks')
  filter = $state.raw<DomainFilter>(NO_FILTER)
  /** The board's domain model (set by openBoard); null in a bare editor (tests, bench). */
  source = $state.raw<DomainSource | null>(null)

  #dimmed: { model: unknown; filter: DomainFilter; ids: ReadonlySet<string> } | null = null

  open(panel: DomainPanel = this.lastPanel): void {
    this.panel = panel
    this.lastPanel = panel
  }

  close(): void {
    this.panel = null
  }

  /** Opens the tab, or closes the panel when that tab is already showing. */
  toggle(panel?: DomainPanel): void {
    if (this.panel !== null && (panel === undefined || panel === this.panel)) this.close()
    else this.open(panel)
  }

  toggleCategory(category: ActorCategory): void {
    this.filter = {
      ...this.filter,
      hiddenCategories: toggled(this.filter.hiddenCategories, category),
    }
  }

  toggleKind(kind: RelationKind): void {
    this.filter = { ...this.filter, hiddenKinds: toggled(this.filter.hiddenKinds, kind) }
  }

  clearFilter(): void {
    this.filter = NO_FILTER
  }

  /** Cards a warning points at: the canvas gives them a marker. */
  get warned(): ReadonlySet<string> {
    return this.source?.warned ?? NOTHING
  }

  /** Cards and connectors the filter hides: the canvas dims them, for this person only. */
  get dimmed(): ReadonlySet<string> {
    const source = this.source
    if (!source) return NOTHING
    const model = source.model
    const filter = this.filter
    const cached = this.#dimmed
    if (cached && cached.model === model && cached.filter === filter) return cached.ids
    const ids = dimmedIds(model, filter)
    this.#dimmed = { model, filter, ids }
    return ids
  }
}
