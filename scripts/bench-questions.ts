// Part of `npm run bench`: per-question latency over a generated corpus started warm, as a restart over
// an unchanged corpus starts (the knowledge read on demand, KNOWLEDGE_CACHE_MB). The corpus (default
// 5,000 articles, scripts/generate-corpus.ts) is built cold once by `npm run ask` in a child process;
// this process then starts warm from its knowledge cache and asks every question of tests/eval and the
// slash commands, first once each (what a question costs the first time), then in rounds (repeats).
// Reports the warm start, its RSS, p50/p99/max per command kind, and the slowest questions.
// Run: npx tsx scripts/bench-questions.ts [N] [--corpus DIR] [--cache DIR] [--rounds R] [--check] [--answers FILE]
// (--corpus and --cache keep the corpus and its cache for the next run; --check also builds the
// knowledge in full from the same cache and says whether every answer is byte-identical; --answers
// writes every first answer, one JSON line per question, to compare two versions of the engine.)
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { KNOWLEDGE_CACHE_MB_DEFAULT } from '../src/config.ts';
import { createBot } from '../src/core/bot.ts';
import { buildKnowledgeFromDir } from '../src/knowledge-build/index.ts';
import { coldBuild, pct } from './bench-cold.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const size = Number(args.find((a, i) => /^\d+$/.test(a) && !args[i - 1]?.startsWith('--')) ?? 5000);
const rounds = Number(option('--rounds') ?? 5);
const work = mkdtempSync(join(tmpdir(), 'visitbot-bench-questions-'));
const corpus = option('--corpus') ?? join(work, 'corpus');
const cacheDir = option('--cache') ?? join(work, 'cache');
const NOW = new Date('2024-04-18T10:00:00Z');

const evalQuestions = readdirSync('tests/eval')
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) =>
    readFileSync(join('tests/eval', f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { q: string }).q),
  );
const COMMANDS = [
  '/who London Breed',
  '/who Han Zheng',
  '/who the mayor of Shanghai',
  '/who Zheng',
  '/who Ada Lovelace',
  '/quote Breed',
  '/quote energy storage',
  '/quote Han Zheng',
  '/when did Han Zheng meet Breed',
  '/when did Breed visit China',
  '/timeline',
  '/onthisday 2024-04-18',
  '/onthisday April 16',
  '/onthisday 2024-07-04',
  '/sources',
];
const QUESTIONS = [...evalQuestions, ...COMMANDS];

/** A question's command kind: the slash command, else a free question ("ask"). */
const kindOf = (q: string) => /^\/(who|quote|when|timeline|onthisday|sources)\b/.exec(q.trim())?.[1] ?? 'ask';

const rssMb = () => Math.round(process.memoryUsage().rss / 2 ** 20);

try {
  // The cold build (and the snapshot a warm start reads), in a child process as `npm run ask` runs it.
  const coldMs = coldBuild(corpus, size, cacheDir, work);

  const t = performance.now();
  const knowledge = buildKnowledgeFromDir(corpus, { cacheDir, lazyBytes: KNOWLEDGE_CACHE_MB_DEFAULT * 2 ** 20 });
  const startMs = performance.now() - t;
  const startRss = rssMb();
  const bot = createBot({ knowledge, now: () => NOW });
  const times = new Map<string, { first: number[]; all: number[] }>();
  // first: each question's first time (round 0); all: the repeats (rounds 1 to R).
  const slowest: [number, string][] = [];
  const repeated = new Map<string, number>();
  const answers: string[] = [];
  for (let r = 0; r <= rounds; r++) {
    for (const q of QUESTIONS) {
      const started = performance.now();
      const a = bot.handleLine(q, 'cli');
      const ms = performance.now() - started;
      const kind = kindOf(q);
      const entry = times.get(kind) ?? { first: [], all: [] };
      times.set(kind, entry);
      if (r === 0) {
        entry.first.push(ms);
        slowest.push([ms, q]);
        answers.push(JSON.stringify(a));
      } else {
        entry.all.push(ms);
        repeated.set(q, Math.max(repeated.get(q) ?? 0, ms));
      }
    }
  }
  const answersFile = option('--answers');
  if (answersFile) writeFileSync(answersFile, answers.map((a, i) => `${JSON.stringify(QUESTIONS[i])} ${a}\n`).join(''));
  const held = knowledge.held?.();
  console.log(
    `\nQuestions over ${knowledge.articles.length} generated articles, started warm (${QUESTIONS.length} questions: tests/eval and the slash commands; cold build ${(coldMs / 1000).toFixed(1)} s in a child process)`,
  );
  console.log(
    `warm start ${startMs.toFixed(0)} ms, RSS ${startRss} MB; after the questions RSS ${rssMb()} MB, ${held ? `${held.articles} articles (${Math.round(held.bytes / 2 ** 20)} MB) held` : 'everything in memory'}`,
  );
  console.log('kind         questions   first p50   first p99   first max   | repeats   p50 ms   p99 ms   max ms');
  for (const [kind, { first, all }] of [...times].sort()) {
    console.log(
      `${kind.padEnd(12)} ${String(first.length).padStart(9)} ${pct(first, 0.5).toFixed(1).padStart(11)} ${pct(first, 0.99).toFixed(1).padStart(11)} ${pct(first, 1).toFixed(1).padStart(11)}   | ${String(all.length).padStart(7)} ${pct(all, 0.5).toFixed(1).padStart(8)} ${pct(all, 0.99).toFixed(1).padStart(8)} ${pct(all, 1).toFixed(1).padStart(8)}`,
    );
  }
  const firsts = [...times.values()].flatMap((x) => x.first);
  const all = [...times.values()].flatMap((x) => x.all);
  console.log(
    `${'all'.padEnd(12)} ${String(firsts.length).padStart(9)} ${pct(firsts, 0.5).toFixed(1).padStart(11)} ${pct(firsts, 0.99).toFixed(1).padStart(11)} ${pct(firsts, 1).toFixed(1).padStart(11)}   | ${String(all.length).padStart(7)} ${pct(all, 0.5).toFixed(1).padStart(8)} ${pct(all, 0.99).toFixed(1).padStart(8)} ${pct(all, 1).toFixed(1).padStart(8)}`,
  );
  console.log('slowest the first time:');
  for (const [ms, q] of slowest.sort((a, b) => b[0] - a[0]).slice(0, 10)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${q.slice(0, 90)}`);

  console.log('slowest repeated (the slowest of its repeats):');
  for (const [q, ms] of [...repeated].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${q.slice(0, 90)}`);

  if (args.includes('--check')) {
    const full = createBot({ knowledge: buildKnowledgeFromDir(corpus, { cacheDir }), now: () => NOW });
    const same = QUESTIONS.every((q, i) => JSON.stringify(full.handleLine(q, 'cli')) === answers[i]);
    console.log(`the same answers as a full build: ${same ? 'yes' : 'NO'}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
