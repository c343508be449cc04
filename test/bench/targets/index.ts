import { hocuspocusTarget } from './hocuspocus.ts'
import { referenceTarget } from './reference.ts'
import type { BenchTarget } from './target.ts'
import { werkraumTarget } from './werkraum.ts'

export const TARGET_NAMES = ['werkraum', 'reference', 'hocuspocus'] as const
export type TargetName = (typeof TARGET_NAMES)[number]

export const TARGETS: Record<TargetName, BenchTarget> = {
  werkraum: werkraumTarget,
  reference: referenceTarget,
  hocuspocus: hocuspocusTarget,
}

export function isTargetName(name: string): name is TargetName {
  return (TARGET_NAMES as readonly string[]).includes(name)
}
