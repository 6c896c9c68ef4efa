// Ack and answer round trips of the Slack adapter (real Bolt) against the fake Slack on 127.0.0.1, with
// the real seeds. Run: npx tsx scripts/bench-slack.ts [iterations]
import { pino } from 'pino';
import { createSlackAdapter } from '../src/adapters/slack/adapter.ts';
import { createInteractions } from '../src/core/interactions.ts';
import type { SlackConfig } from '../src/config.ts';
import { createBot } from '../src/core/bot.ts';
import { buildKnowledgeFromDir } from '../src/knowledge-build/index.ts';
import { startFakeSlack, type FakeSlack } from '../test-support/fakes/slack-api.ts';
import { appMention, eventCallback, sendForm, sendJson, SIGNING_SECRET, slashCommand } from '../test-support/fakes/slack-requests.ts';

const N = Number(process.argv[2] ?? 300);
const QUERIES = ['who Han Zheng', 'quote London Breed', 'when Han Zheng met Breed', 'sources', 'timeline', 'who did Breed meet in Beijing?'];

const bot = createBot({ knowledge: buildKnowledgeFromDir('seeds') });
const logger = pino({ level: 'silent' });

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
const row = (name: string, xs: number[]) =>
  console.log(`${name.padEnd(52)} p50 ${pct(xs, 50).toFixed(1).padStart(6)} ms   p99 ${pct(xs, 99).toFixed(1).padStart(6)} ms   (n=${xs.length})`);

async function withAdapter(socketMode: boolean, run: (fake: FakeSlack, events: string) => Promise<void>) {
  const fake = await startFakeSlack();
  const config: SlackConfig = {
    botToken: 'xoxb-bench',
    signingSecret: SIGNING_SECRET,
    ...(socketMode ? { appToken: 'xapp-bench' } : {}),
    socketMode,
    port: 0,
    apiUrl: fake.apiUrl,
    command: '/visit',
    publicReplies: false,
    adminUsers: [],
  };
  const adapter = createSlackAdapter({ config, logger, interactions: createInteractions({ handle: async (r) => bot.handle(r) }) });
  const started = performance.now();
  await adapter.start();
  console.log(`${socketMode ? 'Socket Mode' : 'HTTP mode'} start (auth.test + listen/connect): ${(performance.now() - started).toFixed(1)} ms`);
  try {
    await run(fake, `http://127.0.0.1:${adapter.address()?.port}/slack/events`);
  } finally {
    await adapter.stop();
    await fake.close();
  }
}

await withAdapter(false, async (fake, events) => {
  const ack: number[] = [];
  const answer: number[] = [];
  const mention: number[] = [];
  for (let i = 0; i < N + 20; i++) {
    const id = `b${i}`;
    const t0 = performance.now();
    const sent = await sendForm(events, slashCommand(fake.responseUrl(id), { text: QUERIES[i % QUERIES.length]! }));
    if (sent.status !== 200) throw new Error(`status ${sent.status}`);
    const r = await fake.waitFor((x) => x.kind === 'response' && x.name === id);
    if (i >= 20) {
      ack.push(sent.ms);
      answer.push(r.at - t0);
    }
  }
  for (let i = 0; i < N + 20; i++) {
    const channel = `CB${i}`;
    const t0 = performance.now();
    await sendJson(events, eventCallback(appMention(`/${QUERIES[i % QUERIES.length]!}`, { channel })));
    const r = await fake.waitFor((x) => x.name === 'chat.postMessage' && x.body.channel === channel);
    if (i >= 20) mention.push(r.at - t0);
  }
  row('HTTP slash command → 200 ack', ack);
  row('HTTP slash command → answer at response_url', answer);
  row('HTTP app_mention → chat.postMessage received', mention);
});

await withAdapter(true, async (fake) => {
  await fake.socketConnected();
  const ack: number[] = [];
  const answer: number[] = [];
  for (let i = 0; i < N + 20; i++) {
    const id = `s${i}`;
    const t0 = performance.now();
    const env = fake.sendEnvelope('slash_commands', slashCommand(fake.responseUrl(id), { text: QUERIES[i % QUERIES.length]! }));
    const a = await fake.waitFor((x) => x.kind === 'ack' && x.name === env);
    const r = await fake.waitFor((x) => x.kind === 'response' && x.name === id);
    if (i >= 20) {
      ack.push(a.at - t0);
      answer.push(r.at - t0);
    }
  }
  row('Socket Mode slash envelope → ack frame', ack);
  row('Socket Mode slash envelope → answer at response_url', answer);
});
