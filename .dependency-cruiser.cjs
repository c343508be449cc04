/**
 * Import rules `npm run check` enforces with dependency-cruiser: no import cycles anywhere in
 * the client, the server or shared/, type-only imports included (a cycle of types is still a
 * knot in the design). The layer directions inside the client are ESLint folder rules
 * (eslint.config.js); see client/README.md for the drawing.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'An import cycle: cut it by moving the shared piece down or passing it in as a hook.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.svelte', '.json'] },
  },
}
