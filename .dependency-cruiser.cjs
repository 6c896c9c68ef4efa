// The layering as a rule (`npm run depcruise`, run by .ci/run): no cycle, and no import from a lower
// layer to a higher one. The product's layers, lowest first: corpus < knowledge, search < the
// knowledge build < answers < core (with conversation: threads, votes and explanations, which the
// core's interaction layer works on) < adapters. Beside them: store, daily, ops, live and intake (they
// may use the layers, but no layer below the adapters uses them), commands/ (the declarations) and the
// shared files at the top of src/. Only the entries (src/main.ts, src/cli.ts) are imported by nobody.
// Tests and scripts share their fakes and helpers through test-support/, and never import each other.
// Knowledge (the rules that read people, roles, quotes, events and places) and search (the indexes)
// are siblings over the corpus; src/knowledge-build composes them (each article's facts with its index
// terms, the whole corpus's knowledge with its search indexes) and the cache (src/cache) that keeps both.
const LAYERS = ['corpus', 'knowledge|search', 'knowledge-build', 'answers', 'core|conversation', 'adapters'];
const SIDE = 'store|daily|ops|live|intake';
// What the cache keeps per article is what the build derives from it alone (derive.ts): the one file of
// the build below the cache.
const FACTS = '^src/knowledge-build/derive\\.ts$';

/** One rule per layer: nothing in it imports a layer above it. */
const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `no-upward-from-${layer.replace('|', '-')}`,
  comment: `src/${layer} is below ${LAYERS.slice(i + 1).join(', ')}: it must not import them`,
  severity: 'error',
  from: { path: `^src/(${layer})/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'a cycle between modules', from: {}, to: { circular: true } },
    ...upward,
    {
      name: 'no-side-modules-below-adapters',
      comment: `the layers below the adapters do not use ${SIDE.replaceAll('|', ', ')}: those are composed by main and the adapters`,
      severity: 'error',
      from: { path: '^src/(corpus|knowledge|search|knowledge-build|answers|core|conversation)/' },
      // The store's interfaces (store/types.ts) are the contract a layer may name; its backends are composed by main.
      to: { path: `^src/(${SIDE})/`, pathNot: '^src/store/types\\.ts$' },
    },
    {
      name: 'search-beside-knowledge',
      comment: 'search is the knowledge\'s sibling: it indexes the corpus and knows neither the knowledge nor its cache',
      severity: 'error',
      from: { path: '^src/search/' },
      to: { path: '^src/(knowledge|cache)/' },
    },
    {
      name: 'knowledge-rules-alone',
      comment: 'the knowledge\'s rules (people, roles, quotes, events, places…) read the corpus only; search and the cache come in through src/knowledge-build',
      severity: 'error',
      from: { path: '^src/knowledge/' },
      to: { path: '^src/(search|cache)/' },
    },
    {
      name: 'cache-only-where-composed',
      comment: 'the cache is used by the build that composes it and by what starts or reloads the build (main, the CLI, live reloads)',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cache/|knowledge-build/|live/|main\\.ts$|cli\\.ts$)' },
      to: { path: '^src/cache/' },
    },
    {
      name: 'cache-below-the-build',
      comment: 'the cache keeps what corpus, knowledge and search derive (an article\'s facts: knowledge-build/derive.ts); it knows nothing of the build that uses it, nor above',
      severity: 'error',
      from: { path: '^src/cache/' },
      to: { path: '^src/(knowledge-build|answers|core|conversation|adapters|store|daily|ops|live|intake)/', pathNot: FACTS },
    },
    {
      name: 'facts-below-the-cache',
      comment: 'an article\'s facts (knowledge-build/derive.ts) are what the cache keeps: they do not use the cache nor the rest of the build',
      severity: 'error',
      from: { path: FACTS },
      to: { path: '^src/(cache|knowledge-build)/' },
    },
    {
      name: 'adapters-only-from-main',
      comment: 'only src/main.ts wires the platform adapters in',
      severity: 'error',
      from: { path: '^(src|commands)/', pathNot: '^src/(main\\.ts|adapters/)' },
      to: { path: '^src/adapters/' },
    },
    {
      name: 'no-entry-imports',
      comment: 'src/main.ts and src/cli.ts are entries: nothing imports them',
      severity: 'error',
      from: {},
      to: { path: '^src/(main|cli)\\.ts$' },
    },
    {
      name: 'src-stands-alone',
      comment: 'the product does not import tests, scripts or test-support',
      severity: 'error',
      from: { path: '^(src|commands)/' },
      to: { path: '^(tests|scripts|test-support)/' },
    },
    {
      name: 'tests-do-not-import-scripts',
      comment: 'what a test shares with a script lives in test-support/',
      severity: 'error',
      from: { path: '^(tests|test-support)/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'scripts-do-not-import-tests',
      comment: 'what a script shares with a test lives in test-support/',
      severity: 'error',
      from: { path: '^(scripts|test-support)/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist)/' },
  },
};
