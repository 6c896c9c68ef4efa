import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createDaily } from '../../src/daily/daily.ts';
import { buildKnowledgeFromDir } from '../../src/knowledge-build/index.ts';
import type { DatabaseConfig } from '../../src/config.ts';
import { openStore } from '../../src/store/open.ts';

// One bot process for the two-process test: waits for "go" on standard input, then starts (which
// posts what is due) and prints the channels it posted to as JSON. Args: the database (JSON of a
// DatabaseConfig), owner, ISO time.

const [database, owner, at] = process.argv.slice(2) as [string, string, string];
const logger = pino({ level: 'silent' });
const store = openStore(JSON.parse(database) as DatabaseConfig, logger);
await store.ready(15_000);
const posted: string[] = [];
const post = async (channelId: string) => {
  await new Promise((r) => setImmediate(r));
  posted.push(channelId);
};
const daily = createDaily({
  config: { postTime: '09:00', timezone: 'UTC', channels: [] },
  store,
  knowledge: buildKnowledgeFromDir(fileURLToPath(new URL('../../seeds', import.meta.url))),
  adapters: { discord: { post }, slack: { post } },
  now: () => new Date(at),
  logger,
  owner,
});
process.stdout.write('ready\n');
await once(process.stdin, 'data');
await daily.start();
const again = await daily.runDue();
await daily.stop();
await store.close();
process.stdout.write(`${JSON.stringify({ owner, posted, again })}\n`);
process.stdin.destroy();
