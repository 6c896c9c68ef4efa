import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../test-support/fakes/slack-api.ts';
import { SIGNING_SECRET, appMention, eventCallback, sendJson } from '../test-support/fakes/slack-requests.ts';
import { kill, startBot, until, type Started } from './start-bot.ts';
import { freePort } from '../test-support/free-port.ts';
import { label, postgres } from './store/backends.ts';
import { startProxy } from './store/toggle-proxy.ts';

// `npm start` with Slack and HEALTH_PORT (issue 20): readiness asks the store itself. A frozen
// PostgreSQL (connections open, nothing answered) or a full disk under SQLite turns /readyz 503
// within 5 s, and a mention during the freeze is still answered at once (claims have a time limit).

const bots: Started[] = [];
const cleanups: Array<() => unknown> = [];
let slack: FakeSlack | undefined;
afterEach(async () => {
  for (const b of bots.splice(0)) kill(b);
  await slack?.close();
  slack = undefined;
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function readyz(port: number): Promise<number | undefined> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/readyz`)).status;
  } catch {
    return undefined;
  }
}

async function startWithStore(env: Record<string, string>): Promise<{ bot: Started; health: number; events: string }> {
  slack = await startFakeSlack();
  const [health, port] = [await freePort(), await freePort()];
  const bot = startBot({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_PORT: String(port),
    SLACK_API_URL: slack.apiUrl,
    HEALTH_PORT: String(health),
    KNOWLEDGE_CACHE: 'off',
    ...env,
  });
  bots.push(bot);
  await until(async () => (await readyz(health)) === 200, 'ready', 30_000);
  return { bot, health, events: `http://127.0.0.1:${port}/slack/events` };
}

/** Milliseconds until /readyz answers 503 (polled every 100 ms), or fails after `ms`. */
async function msUntilNotReady(health: number, ms = 10_000): Promise<number> {
  const started = Date.now();
  await until(async () => (await readyz(health)) === 503, '/readyz 503', ms);
  return Date.now() - started;
}

describe.skipIf(Boolean(postgres.skipped))(`a frozen PostgreSQL${postgres.skipped ? ` (${label(postgres)})` : ''}`, () => {
  it('turns /readyz 503 within 5 s, a mention is answered meanwhile, and readiness comes back after', { timeout: 60_000 }, async () => {
    const db = await postgres.fresh();
    cleanups.push(() => db.cleanup());
    const url = new URL(db.config.kind === 'postgres' ? db.config.url : '');
    const proxy = await startProxy(Number(url.port));
    cleanups.push(() => proxy.close());
    url.port = String(proxy.port);
    const { health, events } = await startWithStore({ DATABASE_URL: url.toString() });

    proxy.freeze();
    expect(await msUntilNotReady(health)).toBeLessThan(5000);
    const mention = appMention('who is Han Zheng?');
    const sent = Date.now();
    await sendJson(events, eventCallback(mention));
    await slack!.waitFor((r) => r.name === 'chat.postMessage' && r.body.thread_ts === mention.ts, 5000);
    expect(Date.now() - sent).toBeLessThan(3000);

    proxy.thaw();
    await until(async () => (await readyz(health)) === 200, 'ready again', 30_000);
  });
});

/** A 1 MB tmpfs of our own (root only; skipped elsewhere). */
function smallDisk(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'visitbot-full-disk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]).status === 0;
  if (!mounted) {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  cleanups.push(() => {
    spawnSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

describe('SQLite on a full disk', () => {
  it('turns /readyz 503 within 5 s', { timeout: 60_000 }, async (ctx) => {
    const disk = smallDisk();
    if (!disk) return ctx.skip('cannot mount a small tmpfs here (needs root)');
    mkdirSync(join(disk, 'data'));
    const { health } = await startWithStore({ DATABASE_PATH: join(disk, 'data', 'visitbot.sqlite') });
    // Fill the disk to the last byte.
    try {
      execFileSync('dd', ['if=/dev/zero', `of=${join(disk, 'filler')}`, 'bs=4096'], { stdio: 'ignore' });
    } catch {
      // "No space left on device": full
    }
    try {
      writeFileSync(join(disk, 'filler2'), Buffer.alloc(1));
    } catch {
      // full to the byte
    }
    expect(await msUntilNotReady(health)).toBeLessThan(5000);
  });
});
