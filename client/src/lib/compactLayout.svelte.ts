import { MediaQuery } from 'svelte/reactivity'

/**
 * Below this width (in rem) the board page takes its phone layout: a slim top bar, the tools at
 * the bottom, properties as a bottom sheet. Stylesheets say the same with
 * `@media (max-width: 48rem)`, so scripts and styles agree.
 */
export const COMPACT_MAX_WIDTH_REM = 48

/** Whether the phone layout applies now (`compactLayout.current`), updated as the window changes. */
export const compactLayout = new MediaQuery(`max-width: ${COMPACT_MAX_WIDTH_REM}rem`, false)
