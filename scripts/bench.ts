// `npm run bench`: start-up and per-command latency, for the seeds and for a generated corpus of
// 5,000 articles made from the seeds by substituting names, places and dates (scripts/generate-corpus.ts).
// For the generated corpus: the CLI contract cold (empty knowledge cache) and warm (the same cache), as
// whole processes with their peak RSS, and whether they answer alike; then p50/p99 per command.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBot, type Bot } from '../src/core/bot.ts';
import { buildKnowledgeFromDir } from '../src/knowledge-build/index.ts';
import { writeCorpus } from '../test-support/corpus.ts';

function queries(bot: Bot): Record<string, string[]> {
  const people = bot.knowledge.prominent.slice(0, 200).map((p) => p.name);
  const pick = (i: number) => people[(i * 7) % people.length]!;
  const n = 50;
  const range = (f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));
  return {
    who: range((i) => `/who ${i % 5 === 0 ? pick(i).toLowerCase().slice(0, -1) : pick(i)}`),
    quote: range((i) => (i % 4 === 0 ? '/quote energy storage' : `/quote ${pick(i)}`)),
    when: range(
      (i) =>
        `/when did ${pick(i)} meet ${pick(i + 1)
          .split(' ')
          .pop()}`,
    ),
    ask: range(
      (i) =>
        ['How many business leaders did the delegation meet?', 'Who reported the meeting?', 'What is the capital of France?', `who is ${pick(i)}?`][i % 4]!,
    ),
    onthisday: range((i) => `/onthisday 2024-04-${String(14 + (i % 9)).padStart(2, '0')}`),
    timeline: ['/timeline'],
    sources: ['/sources'],
  };
}

function measure(bot: Bot, repeat: number): Record<string, { p50: number; p99: number; max: number; n: number }> {
  const out: Record<string, { p50: number; p99: number; max: number; n: number }> = {};
  for (const [command, list] of Object.entries(queries(bot))) {
    const times: number[] = [];
    const rounds = command === 'timeline' || command === 'sources' ? Math.min(repeat, 20) : repeat;
    for (let r = 0; r < rounds; r++) {
      for (const q of list) {
        const t = performance.now();
        bot.handleLine(q, 'cli');
        times.push(performance.now() - t);
      }
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
    out[command] = { p50: at(0.5), p99: at(0.99), max: times[times.length - 1]!, n: times.length };
  }
  return out;
}

function rss(): number {
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}

function report(label: string, build: number, first: number, results: ReturnType<typeof measure>) {
  console.log(`\n${label}: build ${build.toFixed(0)} ms, start to first answer ${first.toFixed(0)} ms, RSS ${rss()} MB`);
  console.log('command      queries   p50 ms   p99 ms   max ms');
  for (const [c, r] of Object.entries(results)) {
    console.log(`${c.padEnd(12)} ${String(r.n).padStart(7)} ${r.p50.toFixed(3).padStart(8)} ${r.p99.toFixed(3).padStart(8)} ${r.max.toFixed(3).padStart(8)}`);
  }
}

const size = Number(process.argv[2] ?? 5000);
let t = performance.now();
const seedKnowledge = buildKnowledgeFromDir('seeds');
const seedBuild = performance.now() - t;
const seedBot = createBot({ knowledge: seedKnowledge });
seedBot.handleLine('/who Breed', 'cli');
const seedFirst = performance.now() - t;
report('seeds (2 articles, no cache)', seedBuild, seedFirst, measure(seedBot, 20));

const work = mkdtempSync(join(tmpdir(), 'visitbot-bench-'));
const corpus = join(work, 'corpus');
writeCorpus(corpus, size);
const env = { ...process.env, KNOWLEDGE_CACHE: join(work, 'cache'), DATABASE_PATH: join(work, 'visitbot.sqlite') };
const QUESTIONS = [
  '/who Breed',
  '/quote energy storage',
  '/when did Han Zheng meet Breed',
  'How many business leaders did the delegation meet?',
  '/onthisday 2024-04-18',
  '/timeline',
].join('\n');
/** One run of `npm run ask` (its launcher and bundle) over the corpus: wall seconds, peak RSS (with GNU time), and its output. */
function cli(): { seconds: number; rssMb?: number; output: string } {
  const gnuTime = existsSync('/usr/bin/time');
  const args = ['scripts/launch.mjs', 'cli', '--json', '--seeds', corpus];
  const start = performance.now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'maxrss %M', process.execPath, ...args], { env, input: QUESTIONS, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { env, input: QUESTIONS, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`ask failed: ${r.stderr}`);
  const rss = /maxrss (\d+)/.exec(r.stderr ?? '');
  return { seconds, rssMb: rss ? Math.round(Number(rss[1]) / 1024) : undefined, output: r.stdout };
}
const cold = cli();
const warm = cli();
const mb = (x?: number) => (x === undefined ? 'n/a' : `${x} MB`);
console.log(
  `\nCLI contract on ${size} generated articles (npm run ask, ${QUESTIONS.split('\n').length} questions, KNOWLEDGE_CACHE and DATABASE_PATH in a temp folder):`,
);
console.log(`cold (empty cache) ${cold.seconds.toFixed(1)} s, peak RSS ${mb(cold.rssMb)}`);
console.log(`warm (same cache)  ${warm.seconds.toFixed(1)} s, peak RSS ${mb(warm.rssMb)}`);
console.log(`same answers cold and warm: ${cold.output === warm.output ? 'yes' : 'NO'}`);

t = performance.now();
const big = buildKnowledgeFromDir(corpus, { cacheDir: env.KNOWLEDGE_CACHE });
const bigBuild = performance.now() - t;
const bigBot = createBot({ knowledge: big });
bigBot.handleLine('/who Breed', 'cli');
const bigFirst = performance.now() - t;
report(
  `generated (${big.articles.length} articles, ${big.peopleFinder.count} people, ${big.events.length} events; warm cache)`,
  bigBuild,
  bigFirst,
  measure(bigBot, 10),
);
console.log(`\npeak RSS of this process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
rmSync(work, { recursive: true, force: true });
