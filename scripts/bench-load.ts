// Load and soak: the bot started as `npm start` starts it (the launcher and its bundle, Slack over HTTP,
// SQLite) against the fake Slack on 127.0.0.1, and app_mentions sent with 30 in flight from distinct
// users over 300 channels. Reports mentions per second, ack and answer p50/p99, whether each mention was
// answered exactly once, and the bot process's resident memory (VmRSS) after warm-up and after each
// checkpoint. Run: npx tsx scripts/bench-load.ts [--soak] [--seeds DIR] [--heap MB]
// (checkpoints 1,000 and 10,000 mentions; 50,000 more with --soak; --heap caps the bot's old space,
// node's --max-old-space-size, to see how much of the resident growth is the heap V8 keeps).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlack, type Received } from '../test-support/fakes/slack-api.ts';
import { appMention, eventCallback, sendJson, SIGNING_SECRET } from '../test-support/fakes/slack-requests.ts';
import { freePort } from '../test-support/free-port.ts';
import { until } from '../test-support/until.ts';

const args = process.argv.slice(2);
const soak = args.includes('--soak');
const seedsAt = args.indexOf('--seeds');
const seeds = seedsAt >= 0 ? args[seedsAt + 1]! : 'seeds';
const heapAt = args.indexOf('--heap');
const heapCap = heapAt >= 0 ? Number(args[heapAt + 1]) : undefined;
const IN_FLIGHT = 30;
const CHANNELS = 300;
const WARM_UP = 300;
const CHECKPOINTS = soak ? [1_000, 10_000, 50_000] : [1_000, 10_000];
const QUESTIONS = [
  'who is Han Zheng?',
  '/quote Breed',
  '/when did Han Zheng meet Breed',
  'How many business leaders did the delegation meet?',
  '/timeline',
  '/sources',
  'where did Breed go before Beijing?',
  '/onthisday 2024-04-18',
];

const work = mkdtempSync(join(tmpdir(), 'visitbot-load-'));
const fake = await startFakeSlack();
const port = await freePort();
const health = await freePort();
const child = spawn(process.execPath, [...(heapCap ? [`--max-old-space-size=${heapCap}`] : []), 'scripts/launch.mjs', 'main'], {
  env: {
    PATH: process.env.PATH!,
    HOME: process.env.HOME ?? '/tmp',
    DOTENV_CONFIG_PATH: '/nonexistent/.env',
    SLACK_BOT_TOKEN: 'xoxb-load',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_PORT: String(port),
    SLACK_API_URL: fake.apiUrl,
    HEALTH_PORT: String(health),
    SEEDS_DIR: seeds,
    SEEDS_WATCH: 'false',
    DATABASE_PATH: join(work, 'visitbot.sqlite'),
    KNOWLEDGE_CACHE: join(work, 'cache'),
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const rssMb = () => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
/** The bot's JavaScript heap in use, from its /metrics (prom-client's default metrics). */
const heapMb = async () => {
  const text = await (await fetch(`http://127.0.0.1:${health}/metrics`)).text();
  return Math.round(Number(/^nodejs_heap_size_used_bytes (\S+)/m.exec(text)?.[1] ?? NaN) / 2 ** 20);
};

try {
  await until(async () => (await fetch(`http://127.0.0.1:${health}/readyz`).catch(() => undefined))?.ok, 'the bot to be ready', 600_000);
  const events = `http://127.0.0.1:${port}/slack/events`;

  // Answers are matched to mentions by thread (each mention is answered in its own thread); the fake's
  // log is read as it grows and emptied, so that a long soak does not fill this process.
  const sentAt = new Map<string, number>();
  const answered = new Set<string>();
  const answerMs: number[] = [];
  const ackMs: number[] = [];
  let extra = 0;
  const drain = () => {
    const got: Received[] = fake.log.splice(0);
    for (const r of got) {
      if (r.name !== 'chat.postMessage') continue;
      const ts = String(r.body.thread_ts ?? '');
      if (answered.has(ts)) extra++;
      const t0 = sentAt.get(ts);
      if (t0 === undefined) continue;
      answered.add(ts);
      answerMs.push(r.at - t0);
      sentAt.delete(ts);
    }
  };
  let next = 0;
  let failed = 0;
  const send = async () => {
    const i = next++;
    const mention = appMention(QUESTIONS[i % QUESTIONS.length]!, { user: `UL${i}`, channel: `CL${i % CHANNELS}` });
    const ts = String(mention.ts);
    const t0 = performance.now();
    sentAt.set(ts, t0);
    const r = await sendJson(events, eventCallback(mention));
    if (r.status !== 200) failed++;
    ackMs.push(r.ms);
    // The next mention leaves once this one is answered: 30 in flight at all times.
    await until(
      () => {
        drain();
        return answered.has(ts) || failed > 0;
      },
      'an answer',
      30_000,
    );
  };
  async function run(count: number): Promise<number> {
    const end = next + count;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < end) await send();
      }),
    );
    return performance.now() - started;
  }

  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
  };
  await run(WARM_UP);
  ackMs.length = 0;
  answerMs.length = 0;
  const warm = rssMb();
  console.log(
    `bot ready; after ${WARM_UP} warm-up mentions: RSS ${warm} MB, heap used ${await heapMb()} MB (${seeds};${heapCap ? ` old space capped at ${heapCap} MB;` : ''} ${IN_FLIGHT} in flight, distinct users, ${CHANNELS} channels; Slack over HTTP, SQLite)`,
  );
  console.log('mentions   per s   ack p50   ack p99   answer p50   answer p99   RSS MB   vs warm-up   heap MB');
  let done = 0;
  for (const at of CHECKPOINTS) {
    const ms = await run(at - done);
    const count = at - done;
    done = at;
    console.log(
      `${String(at).padStart(8)} ${(count / (ms / 1000)).toFixed(0).padStart(7)} ${pct(ackMs, 50).toFixed(1).padStart(9)} ${pct(ackMs, 99).toFixed(1).padStart(9)} ${pct(answerMs, 50).toFixed(1).padStart(12)} ${pct(answerMs, 99).toFixed(1).padStart(12)} ${String(rssMb()).padStart(8)} ${`${rssMb() - warm >= 0 ? '+' : ''}${rssMb() - warm}`.padStart(11)} ${String(await heapMb()).padStart(9)}`,
    );
    ackMs.length = 0;
    answerMs.length = 0;
  }
  // Late duplicates: anything posted after its mention was answered.
  await new Promise((r) => setTimeout(r, 500));
  drain();
  console.log(`answered exactly once: ${extra === 0 && failed === 0 ? 'yes' : `NO (${extra} extra answers, ${failed} failed sends)`}`);
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await fake.close();
  rmSync(work, { recursive: true, force: true });
}
