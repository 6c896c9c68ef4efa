// `npm run bench`: start-up and per-command latency, for the seeds and for a generated corpus of
// 5,000 articles made from the seeds by substituting names, places and dates. Prints a table.
import { performance } from 'node:perf_hooks';
import { createBot, type Bot } from '../src/core/bot.ts';
import { loadArticles, parseArticle } from '../src/corpus/load.ts';
import type { Article } from '../src/corpus/types.ts';
import { buildKnowledge, buildKnowledgeFromDir } from '../src/knowledge/index.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** A pronounceable suffix for copy i, so generated names stay name-shaped ("Gongqab"). */
const suffix = (i: number) => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor(n / 26)) s += LETTERS[n % 26];
  return s;
};

function rss(): number {
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}

/** Copies of the seed articles with people, places and dates changed per copy. */
function generate(count: number): Article[] {
  const seeds = loadArticles('seeds').articles;
  const k = buildKnowledge(seeds);
  const names = [...new Set(k.people.flatMap((p) => p.name.split(' ')))];
  const places = [...new Set(seeds.flatMap((a) => a.paragraphs.flatMap((p) => [...p.text.matchAll(/\b(?:in|to|from|of) (\p{Lu}\p{Ll}{3,})\b/gu)].map((m) => m[1]!))))].filter((w) => !names.includes(w));
  const swap = new RegExp(`\\b(${[...names, ...places].join('|')})\\b`, 'g');
  const out: Article[] = [];
  for (let i = 0; out.length < count; i++) {
    for (const a of seeds) {
      if (out.length >= count) break;
      const body = a.paragraphs.map((p) => p.text.replace(swap, (w) => w + suffix(i))).join('\n\n');
      const published = new Date(Date.parse(`${a.published}T00:00:00Z`) + (i % 300) * 86_400_000).toISOString().slice(0, 10);
      out.push(parseArticle(`${a.id}-${i}.md`, `---\ntitle: "${a.title} ${i}"\nsource: "${a.source}"\npublished: ${published}\n---\n\n${body}\n`));
    }
  }
  return out;
}

function queries(bot: Bot): Record<string, string[]> {
  const people = bot.knowledge.prominent.slice(0, 200).map((p) => p.name);
  const pick = (i: number) => people[(i * 7) % people.length]!;
  const n = 50;
  const range = (f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));
  return {
    who: range((i) => `/who ${i % 5 === 0 ? pick(i).toLowerCase().slice(0, -1) : pick(i)}`),
    quote: range((i) => (i % 4 === 0 ? '/quote energy storage' : `/quote ${pick(i)}`)),
    when: range((i) => `/when did ${pick(i)} meet ${pick(i + 1).split(' ').pop()}`),
    ask: range((i) => ['How many business leaders did the delegation meet?', 'Who reported the meeting?', 'What is the capital of France?', `who is ${pick(i)}?`][i % 4]!),
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
report('seeds (2 articles)', seedBuild, seedFirst, measure(seedBot, 20));

const articles = generate(size);
t = performance.now();
const big = buildKnowledge(articles);
const bigBuild = performance.now() - t;
const bigBot = createBot({ knowledge: big });
bigBot.handleLine('/who Breed', 'cli');
const bigFirst = performance.now() - t;
report(`generated (${articles.length} articles, ${big.people.length} people, ${big.events.length} events)`, bigBuild, bigFirst, measure(bigBot, 10));
console.log(`\npeak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
