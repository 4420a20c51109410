/**
 * The layers of src/, held in `npm test` (its "layers" step): each rule's name
 * is what a wrong import fails with. Layers point down only:
 *
 *   pages, components, layouts, data, integrations, markdown, scripts
 *     → clinics → views → checks, search, build → model
 *
 * schemas (what content may say) stand on the model alone, and the words of
 * each language (src/i18n/) on nothing.
 */
const LIB = '^src/lib/';
const ABOVE_LIB = '^src/(pages|components|content-components|layouts|data|integrations|markdown|schemas|scripts|styles)/|^src/(content\\.config|loaders|middleware)\\.ts$|^scripts/';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-import-cycles',
      severity: 'error',
      comment: 'Two modules that import each other cannot be understood, tested or layered apart: move what both need into a third, lower module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-is-the-bottom-layer',
      severity: 'error',
      comment: 'src/lib/model/ holds the kinds, URLs, grades and shared types everyone uses; it imports nothing else of ours. Move what it needs down into model/.',
      from: { path: '^src/lib/model/' },
      to: { path: '^src/|^scripts/', pathNot: '^src/lib/model/' },
    },
    {
      name: 'i18n-holds-only-words',
      severity: 'error',
      comment: "src/i18n/ is each language's words and formats; every layer may read them, and they import nothing of ours but the model's list of languages.",
      from: { path: '^src/i18n/' },
      to: { path: '^src/|^scripts/', pathNot: '^src/i18n/|^src/lib/model/locales\\.ts$' },
    },
    {
      name: 'checks-search-build-stand-on-the-model',
      severity: 'error',
      comment: 'Checks, search and build code may use the model and each other, never a view, a clinic format or anything above src/lib/.',
      from: { path: '^src/lib/(checks|search|build)/' },
      to: { path: `^src/lib/(views|clinics)/|${ABOVE_LIB}` },
    },
    {
      name: 'views-never-import-clinic-formats',
      severity: 'error',
      comment: 'Clinic formats (embeds, handouts, feeds) are built from views; a view that needs one of their facts takes it from the model.',
      from: { path: '^src/lib/views/' },
      to: { path: `^src/lib/clinics/|${ABOVE_LIB}` },
    },
    {
      name: 'lib-never-imports-routes-or-components',
      severity: 'error',
      comment: 'src/lib/ is pure TypeScript the routes render; it never reaches up into routes, components, the loader or scripts.',
      from: { path: LIB },
      to: { path: ABOVE_LIB },
    },
    {
      name: 'schemas-stand-on-the-model',
      severity: 'error',
      comment: 'A schema says what content may contain; the lists and helpers it needs (goal ids, edit distance) live in src/lib/model/.',
      from: { path: '^src/schemas/' },
      to: { path: '^src/lib/(?!model/)|^src/(?!schemas/|lib/model/)' },
    },
    {
      name: 'no-unresolvable-imports',
      severity: 'error',
      comment: 'An import that resolves to nothing fails at build time anyway; say so here first, with the file.',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:|^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Packages such as astro name their entry points in package.json's "exports" only.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['types', 'import', 'node', 'default'], mainFields: ['types', 'module', 'main'] },
    exclude: { path: '^src/env\\.d\\.ts$' },
  },
};
