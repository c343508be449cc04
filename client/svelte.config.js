// Vite's root is client/, where the Svelte plugin looks for its config: use the project's one.
export { default } from '../svelte.config.js'
