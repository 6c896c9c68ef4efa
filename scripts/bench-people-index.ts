// The people and autocomplete index two ways, on a generated corpus: the SQLite FTS5
// index in the index file (src/search/people-index.ts, what the bot uses) and MiniSearch (prefix,
// fuzzy), built in memory or loaded from its JSON. For each: the time to have it ready on a warm start,
// the JavaScript heap it holds, and p50/p99 of the lookups autocomplete and /who make.
// Run: npx tsx scripts/bench-people-index.ts [articles, default 5000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { buildKnowledgeFromDir } from '../src/knowledge-build/index.ts';
import { PeopleIndex } from '../src/search/people-index.ts';
import { writeCorpus } from '../test-support/corpus.ts';

const size = Number(process.argv[2] ?? 5000);
const work = mkdtempSync(join(tmpdir(), 'visitbot-people-'));
const corpus = join(work, 'corpus');
writeCorpus(corpus, size);
const cacheDir = join(work, 'cache');
buildKnowledgeFromDir(corpus, { cacheDir });
const k = buildKnowledgeFromDir(corpus, { cacheDir });
const docs = k.people.map((p) => ({ id: p.key, name: p.name, aliases: p.aliases.join(' '), roles: p.roles.map((r) => r.role).join(' | ') }));
const names = k.prominent.slice(0, 500).map((p) => p.name);
// What autocomplete and /who send: names being typed, whole names, and typos.
const lookups = names.flatMap((n, i) => [n.slice(0, Math.max(2, Math.floor(n.length / 2))), n, `${n.slice(0, -2)}${n.slice(-1)}${n.slice(-2, -1)}`][i % 3]!);

const heap = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}
function lookupTimes(search: (q: string) => unknown): { p50: number; p99: number } {
  const xs = lookups.map((q) => time(() => search(q))[1]).sort((a, b) => a - b);
  return { p50: xs[Math.floor(xs.length / 2)]!, p99: xs[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))]! };
}
const row = (label: string, readyMs: number, heapMb: number, t: { p50: number; p99: number }) =>
  console.log(
    `${label.padEnd(40)} ready ${readyMs.toFixed(0).padStart(6)} ms   heap +${heapMb.toFixed(1).padStart(6)} MB   lookup p50 ${t.p50.toFixed(3)} ms   p99 ${t.p99.toFixed(3)} ms`,
  );

console.log(`${size} articles, ${docs.length} people, ${lookups.length} lookups (run with node --expose-gc for exact heap figures)`);
// FTS5: made once per corpus in the index file; a warm start opens it (the people it lists are read).
const db = k.retriever.index.db;
void new PeopleIndex(db, k.retriever.index.corpus, () => docs);
let before = heap();
const [fts, ftsReady] = time(() => new PeopleIndex(db, k.retriever.index.corpus, () => docs));
const ftsHeap = heap() - before;
row(
  'SQLite FTS5 (people-index.ts), warm',
  ftsReady,
  ftsHeap,
  lookupTimes((q) => fts.search(q, { prefix: () => true, fuzzy: (t) => (t.length >= 4 ? 0.2 : false), boost: { name: 3, aliases: 2 } })),
);

const options = { fields: ['name', 'aliases', 'roles'], storeFields: [], searchOptions: { boost: { name: 3, aliases: 2 }, prefix: true, fuzzy: 0.2 } };
before = heap();
const [mini, miniBuild] = time(() => {
  const m = new MiniSearch(options);
  m.addAll(docs);
  return m;
});
const miniHeap = heap() - before;
row(
  'MiniSearch, built at start',
  miniBuild,
  miniHeap,
  lookupTimes((q) => mini.search(q)),
);
const json = JSON.stringify(mini);
before = heap();
const [loaded, loadMs] = time(() => MiniSearch.loadJSON(json, options));
row(
  `MiniSearch, loaded from JSON (${(json.length / 2 ** 20).toFixed(1)} MB)`,
  loadMs,
  heap() - before,
  lookupTimes((q) => loaded.search(q)),
);
const [, suggestMs] = time(() => lookups.slice(0, 100).forEach((q) => mini.autoSuggest(q)));
console.log(`MiniSearch autoSuggest: ${(suggestMs / 100).toFixed(3)} ms per lookup (mean of 100)`);
rmSync(work, { recursive: true, force: true });
