// Interaction round-trip time of the Discord adapter against the fake Discord on 127.0.0.1: from
// the INTERACTION_CREATE dispatch leaving the fake gateway to the bot's callback arriving at the
// fake REST API (discord.js parsing, the core answering from the real seeds, rendering, HTTP).
//   npx tsx scripts/bench-discord.ts [iterations per kind, default 300]
import { pino } from 'pino';
import { createDiscordAdapter } from '../src/adapters/discord/adapter.ts';
import { createInteractions } from '../src/core/interactions.ts';
import { createBot } from '../src/core/bot.ts';
import { buildKnowledgeFromDir } from '../src/knowledge-build/index.ts';
import { autocomplete, slash } from '../test-support/fakes/discord-payloads.ts';
import { FakeDiscord, IDS } from '../test-support/fakes/discord-server.ts';

const n = Number(process.argv[2] ?? 300);
const bot = createBot({ knowledge: buildKnowledgeFromDir('seeds') });
const fake = await new FakeDiscord().listen();
const adapter = createDiscordAdapter({
  config: { token: 'bench-token', appId: IDS.app, guildId: IDS.guild, apiUrl: fake.apiUrl, publicReplies: false },
  interactions: createInteractions({ handle: async (r) => bot.handle(r) }),
  complete: (s, p) => bot.complete(s, p),
  logger: pino({ level: 'silent' }),
  rest: { globalRequestsPerSecond: 1e5 },
});
const t0 = performance.now();
await adapter.start();
console.log(`start (login, READY, GUILD_CREATE, command PUT): ${(performance.now() - t0).toFixed(1)} ms`);

const kinds: Array<[string, () => Record<string, unknown>]> = [
  ['/who Han Zheng', () => slash('who', { name: 'Han Zheng' })],
  ['/quote London Breed', () => slash('quote', { subject: 'London Breed' })],
  ['/timeline', () => slash('timeline')],
  ['/ask free question', () => slash('ask', { question: 'Who did Breed meet in Beijing?' })],
  ['autocomplete /who "ha"', () => autocomplete('who', 'name', 'ha')],
];

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const all: number[] = [];
for (const [label, make] of kinds) {
  const times: number[] = [];
  for (let i = 0; i < n + 20; i++) {
    const payload = make();
    const from = fake.calls.length;
    const sent = performance.now();
    fake.dispatch('INTERACTION_CREATE', payload);
    const call = await fake.waitFor((c) => c.path.startsWith(`/interactions/${String(payload.id)}/`), { from });
    if (i >= 20) times.push(call.at - sent); // the first 20 warm up the JIT
  }
  times.sort((a, b) => a - b);
  all.push(...times);
  console.log(
    `${label.padEnd(26)} n=${n}  p50 ${pct(times, 50).toFixed(2)} ms  p95 ${pct(times, 95).toFixed(2)} ms  p99 ${pct(times, 99).toFixed(2)} ms  max ${times.at(-1)!.toFixed(2)} ms`,
  );
}
all.sort((a, b) => a - b);
console.log(`${'all'.padEnd(26)} n=${all.length} p50 ${pct(all, 50).toFixed(2)} ms  p95 ${pct(all, 95).toFixed(2)} ms  p99 ${pct(all, 99).toFixed(2)} ms`);

const s0 = performance.now();
await adapter.stop();
console.log(`stop: ${(performance.now() - s0).toFixed(1)} ms`);
await fake.close();
