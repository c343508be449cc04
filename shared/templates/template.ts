import type { Label, Locale } from '../vocabulary/label.ts'
import type { ElementSnapshot } from '../ops/elementSnapshot.ts'

/**
 * A board template: data, not code paths. `build` lays out its elements for one language,
 * relative to (0, 0); inserting places that point where the template goes.
 */
export interface BoardTemplate {
  id: string
  label: Label
  description: Label
  build(locale: Locale): ElementSnapshot[]
}
