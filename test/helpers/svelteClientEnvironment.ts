import type { Environment } from 'vitest/environments'

/**
 * Node with Vite's client transform: Svelte modules compile for the browser and `svelte`
 * resolves to its browser build, so runes and effects run as on the page (without a DOM). For
 * tests of reactivity (`*.svelte.test.ts`); everything else runs in plain node.
 */
export default {
  name: 'svelte-client',
  viteEnvironment: 'client',
  setup() {
    return { teardown() {} }
  },
} satisfies Environment
