import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Adapter } from '../src/core/types.ts';
import { createDaily } from '../src/daily/daily.ts';
import { buildKnowledgeFromDir } from '../src/knowledge-build/index.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';

// Subscribes 1,000 channels in a temporary database and times one due run posting to a recording
// adapter: the cost of the store (a claim and a completion transaction per channel) and the post
// builder, without any network. Usage: npx tsx scripts/bench-daily.ts [channels]

const CHANNELS = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'visitbot-bench-daily-'));
try {
  const knowledge = buildKnowledgeFromDir('seeds');
  let t = Date.parse('2024-04-17T12:00:00Z');
  const posted: string[] = [];
  const adapter: Pick<Adapter, 'post'> = { post: async (channelId) => void posted.push(channelId) };
  const store = openSqliteStore(join(dir, 'visitbot.sqlite'));
  const daily = createDaily({
    store,
    config: { postTime: '09:00', timezone: 'America/Los_Angeles', channels: [] },
    knowledge,
    adapters: { discord: adapter, slack: adapter },
    now: () => new Date(t),
    logger: pino({ level: 'silent' }),
  });

  let started = performance.now();
  for (let i = 0; i < CHANNELS; i++) {
    const platform = i % 2 ? 'discord' : 'slack';
    await daily.intercept({
      command: 'onthisday',
      args: 'subscribe',
      platform,
      channelId: `${platform === 'slack' ? 'C' : ''}${100000 + i}`,
      canManageChannel: true,
    });
  }
  const subscribeMs = performance.now() - started;
  await daily.start(); // nothing due yet on the 17th at noon

  t = Date.parse('2024-04-18T16:00:00Z'); // 09:00 in Los Angeles
  started = performance.now();
  const count = await daily.runDue();
  const runMs = performance.now() - started;
  started = performance.now();
  const again = await daily.runDue();
  const idleMs = performance.now() - started;
  await daily.stop();
  await store.close();

  if (count !== CHANNELS || posted.length !== CHANNELS || new Set(posted).size !== CHANNELS || again !== 0) {
    throw new Error(`expected ${CHANNELS} posts once each, got ${count} (${posted.length} recorded, ${new Set(posted).size} distinct), then ${again}`);
  }
  const f = (ms: number) => `${ms.toFixed(0)} ms`;
  console.log(`subscribed ${CHANNELS} channels in ${f(subscribeMs)}`);
  console.log(`due run: ${count} posts in ${f(runMs)} (${(runMs / count).toFixed(2)} ms per channel)`);
  console.log(`next run with nothing left to post: ${f(idleMs)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
