// `npx tsx scripts/bench-derive.ts [--generated N] [--out FILE] [--repeat R] [--bundled]`: the CPU a cold start
// spends per article in its derive threads (src/cache/derive-worker.ts), measured in this process.
// Each article is derived exactly as a thread derives it: the knowledge cache's parse of the file's
// bytes (content hash, parseArticle, deriveFacts, the entry written) into a fresh cache folder.
// The articles: N generated ones (test-support/corpus.ts, default 1,000), the seeds, the test
// articles (tests/fixtures/articles) and the blind rounds' articles (tests/eval/blind/*/articles).
// Prints ms per article (p50, mean, p99), generated and real apart. With --out, writes every
// article's cache entry (file name, then the entry's JSON, one line each, in a fixed order) so that
// two engines' derivations can be compared byte for byte (`cmp`). --repeat derives R times (a fresh
// cache each time) and reports each pass; the first pass includes loading chrono and warming up.
// --bundled runs it as a cold start runs the derive threads: this script bundled as
// scripts/build.mjs bundles them (dist/bench-derive.mjs), not the sources as tsx runs them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { contentHash, openKnowledgeCache } from '../src/cache/cache.ts';
import { generateCorpus } from '../test-support/corpus.ts';
import { pct } from './bench-cold.ts';

const args = process.argv.slice(2);
if (args.includes('--bundled')) {
  const buildScript = './build.mjs';
  const { BUNDLE } = (await import(buildScript)) as { BUNDLE: object };
  const { build } = await import('esbuild');
  const outfile = join('dist', 'bench-derive.mjs');
  await build({ ...BUNDLE, entryPoints: [fileURLToPath(import.meta.url)], outfile, logLevel: 'error' });
  const run = spawnSync(process.execPath, [outfile, ...args.filter((a) => a !== '--bundled')], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const generated = Number(opt('--generated') ?? 1000);
const out = opt('--out');
const repeat = Number(opt('--repeat') ?? 1);

interface Input {
  /** Where it came from, for --out and the report: "generated/x.md", "seeds/x.md", … */
  name: string;
  file: string;
  bytes: Buffer;
  real: boolean;
}

const inputs: Input[] = [];
const folderOf = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
for (const dir of ['seeds', 'tests/fixtures/articles']) {
  for (const f of folderOf(dir)) inputs.push({ name: `${dir}/${f}`, file: f, bytes: readFileSync(join(dir, f)), real: true });
}
const blind = 'tests/eval/blind';
for (const round of existsSync(blind) ? readdirSync(blind).sort() : []) {
  const dir = join(blind, round, 'articles');
  for (const f of folderOf(dir)) inputs.push({ name: `${dir}/${f}`, file: f, bytes: readFileSync(join(dir, f)), real: true });
}
for (const g of generateCorpus(generated)) inputs.push({ name: `generated/${g.file}`, file: g.file, bytes: Buffer.from(g.content), real: false });

// Content seen twice (the same article in two rounds) is derived once, as a start would.
const seen = new Set<string>();
const unique = inputs.filter((x) => {
  const h = contentHash(x.bytes);
  if (seen.has(h)) return false;
  seen.add(h);
  return true;
});

for (let pass = 1; pass <= repeat; pass++) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-derive-'));
  try {
    const cache = openKnowledgeCache(dir, undefined, 'bench');
    const times: { real: number[]; generated: number[] } = { real: [], generated: [] };
    let failed = 0;
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    for (const x of unique) {
      const t = performance.now();
      try {
        cache.parse(x.file, x.bytes);
      } catch {
        failed++; // malformed: a thread skips it too
        continue;
      }
      (x.real ? times.real : times.generated).push(performance.now() - t);
    }
    const wall = performance.now() - t0;
    const used = process.cpuUsage(cpu);
    const line = (label: string, xs: number[]) =>
      xs.length
        ? `${label} ${xs.length}: p50 ${pct(xs, 0.5).toFixed(2)} ms, mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2)} ms, p99 ${pct(xs, 0.99).toFixed(2)} ms`
        : `${label} 0`;
    process.stdout.write(
      `pass ${pass}: ${unique.length} articles (${failed} malformed) in ${(wall / 1000).toFixed(2)} s, CPU ${((used.user + used.system) / 1000 / unique.length).toFixed(2)} ms per article\n` +
        `  ${line('real', times.real)}\n  ${line('generated', times.generated)}\n`,
    );
    if (out && pass === repeat) {
      const lines: string[] = [];
      for (const x of inputs) {
        const path = join(cache.folder, `${contentHash(x.bytes)}.json`);
        lines.push(x.name, existsSync(path) ? readFileSync(path, 'utf8') : '(not derived)');
      }
      writeFileSync(out, `${lines.join('\n')}\n`);
      process.stdout.write(`entries of ${inputs.length} articles in ${out}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
