// Part of `npm run bench`: how long questions wait while the seeds folder is reloaded. A generated
// corpus (default 5,000 articles) is built cold once by `npm run ask` in a child process; this process
// then starts warm from its knowledge cache as the bot does (src/live/live-knowledge.ts) and asks a
// question every 20 ms on a fixed schedule. A question's wait is from the moment it was due to its
// answer, so a thread busy with a reload shows as the waits of the questions that fell due meanwhile.
// Measured without a reload, then during a reload after an article is added, built in a child
// process (the default) and, for comparison, on this thread (offThread: false): the second start opens
// the snapshot the first reload kept, and adds a second article.
// Run: npx tsx scripts/bench-reload.ts [N] [--corpus DIR] [--cache DIR]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { KNOWLEDGE_CACHE_MB_DEFAULT } from '../src/config.ts';
import { createBot, type Bot } from '../src/core/bot.ts';
import { createLogger } from '../src/core/logger.ts';
import { buildKnowledgeFromDir } from '../src/knowledge-build/index.ts';
import { createLiveKnowledge } from '../src/live/live-knowledge.ts';
import { generateCorpus } from '../test-support/corpus.ts';
import { coldBuild, pct } from './bench-cold.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const size = Number(args.find((a, i) => /^\d+$/.test(a) && !args[i - 1]?.startsWith('--')) ?? 5000);
const work = mkdtempSync(join(tmpdir(), 'visitbot-bench-reload-'));
const corpus = option('--corpus') ?? join(work, 'corpus');
const cacheDir = option('--cache') ?? join(work, 'cache');
const NOW = new Date('2024-04-18T10:00:00Z');
const PERIOD_MS = 20;
const QUESTIONS = [
  '/who Breed',
  '/quote energy storage',
  '/when did Han Zheng meet Breed',
  'How many business leaders did the delegation meet?',
  '/onthisday 2024-04-18',
  '/timeline',
  'who is Han Zheng?',
  '/quote Breed',
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

try {
  const coldMs = coldBuild(corpus, size, cacheDir, work);
  console.log(`${size} generated articles; cold build in a child process ${(coldMs / 1000).toFixed(1)} s`);
  const extra = generateCorpus(size + 2).slice(size);
  const logger = createLogger('warn', { mode: 'console' });

  /** The bot over the knowledge a run started with (to tell the questions asked after the swap). */
  let first: Bot | undefined;
  /** Asks questions on a fixed schedule until `until` resolves (and `tail` ms after); the waits of those asked. */
  async function ask(bot: () => Bot, until: Promise<unknown>, tail: number, slowest?: string[]): Promise<number[]> {
    const waits: number[] = [];
    const slow: [number, string][] = [];
    let done = false;
    void until.then(() => sleep(tail)).then(() => (done = true));
    const start = performance.now();
    for (let k = 0; !done; k++) {
      const due = start + k * PERIOD_MS;
      await sleep(due - performance.now());
      const late = performance.now() - due;
      const b = bot();
      const q = QUESTIONS[k % QUESTIONS.length]!;
      b.handleLine(q, 'cli');
      const wait = performance.now() - due;
      waits.push(wait);
      slow.push([wait, `${wait.toFixed(0)} ms (${late.toFixed(0)} ms before it was asked${b === first ? '' : ', after the swap'}): ${q}`]);
    }
    slowest?.push(
      ...slow
        .sort((a, b) => b[0] - a[0])
        .slice(0, 5)
        .map(([, text]) => text),
    );
    return waits;
  }

  const line = (label: string, w: number[]) =>
    console.log(
      `${label.padEnd(34)} ${String(w.length).padStart(9)} ${pct(w, 0.5).toFixed(1).padStart(8)} ${pct(w, 0.99).toFixed(1).padStart(8)} ${Math.max(...w)
        .toFixed(1)
        .padStart(8)}`,
    );

  const results: Record<string, number> = {};
  for (const offThread of [true, false]) {
    const t = performance.now();
    const live = createLiveKnowledge({ dir: corpus, logger, watch: false, cacheDir, lazyBytes: KNOWLEDGE_CACHE_MB_DEFAULT * 2 ** 20, offThread });
    const started = performance.now() - t;
    let bot = createBot({ knowledge: live.current(), now: () => NOW });
    first = bot;
    live.onSwap((k) => {
      bot = createBot({ knowledge: k, now: () => NOW });
    });
    // Every question once, so that one-time costs (models, first parses) are not counted as the reload's.
    for (const q of QUESTIONS) bot.handleLine(q, 'cli');
    const quiet = await ask(() => bot, sleep(5_000), 0);
    const file = extra[offThread ? 0 : 1]!;
    writeFileSync(join(corpus, file.file), file.content);
    const reloadStart = performance.now();
    let reloadMs = 0;
    const reloaded = live.reload().then(() => (reloadMs = performance.now() - reloadStart));
    const slowest: string[] = [];
    const during = await ask(() => bot, reloaded, 1_000, slowest);
    const articles = live.current().articles.length;
    live.stop();
    console.log(
      `\nreload built ${offThread ? 'in a child process' : 'on the main thread'}: warm start ${started.toFixed(0)} ms, reload ${reloadMs.toFixed(0)} ms (${articles} articles after)`,
    );
    console.log('questions every 20 ms                 asked   p50 ms   p99 ms   max ms');
    line('no reload', quiet);
    line('during the reload (and 1 s after)', during);
    const extraMax = Math.max(...during) - Math.max(...quiet);
    console.log(`worst extra wait during the reload: ${extraMax.toFixed(0)} ms; the longest waits:\n  ${slowest.join('\n  ')}`);
    results[offThread ? 'worker' : 'main'] = extraMax;
  }
  // The corpus as it was, and its snapshot kept again for the next run (--corpus, --cache).
  for (const file of extra) rmSync(join(corpus, file.file), { force: true });
  buildKnowledgeFromDir(corpus, { cacheDir, lazyBytes: 1 });
  console.log(
    `\nworst extra wait, reload built in a child process: ${results.worker!.toFixed(0)} ms (goal: at most 100 ms); on the main thread: ${results.main!.toFixed(0)} ms`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
