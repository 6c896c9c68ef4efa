import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack, type Received } from '../test-support/fakes/slack-api.ts';
import { SIGNING_SECRET, appMention, eventCallback, sendJson } from '../test-support/fakes/slack-requests.ts';
import { kill, startBot, until, type Started } from './start-bot.ts';
import { freePort } from '../test-support/free-port.ts';
import { label, postgres, type TestDatabase } from './store/backends.ts';
import { startProxy } from './store/toggle-proxy.ts';

// Two `npm start` processes behind one Slack app, each with its own SLACK_PORT and DATABASE_PATH
// but the same DATABASE_URL: whichever process an event reaches, and however often, it is answered once.

const hasFaketime = spawnSync('faketime', ['2024-04-18 08:00:00', 'true']).status === 0;

describe.skipIf(Boolean(postgres.skipped))(`two npm start processes on one PostgreSQL${postgres.skipped ? ` (${label(postgres)})` : ''}`, () => {
  let db: TestDatabase;
  let slack: FakeSlack;
  let folder: string;
  const bots: Started[] = [];
  beforeEach(async () => {
    db = await postgres.fresh();
    slack = await startFakeSlack();
    folder = mkdtempSync(join(tmpdir(), 'visitbot-two-'));
  });
  afterEach(async () => {
    for (const b of bots.splice(0)) kill(b);
    await slack?.close();
    await db?.cleanup();
    rmSync(folder, { recursive: true, force: true });
  });

  async function twoBots(extra: Record<string, string> = {}, clock?: string) {
    const started = [];
    for (const name of ['a', 'b']) {
      const port = await freePort();
      const bot = startBot(
        {
          SLACK_BOT_TOKEN: 'xoxb-test',
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_PORT: String(port),
          SLACK_API_URL: slack.apiUrl,
          DATABASE_URL: db.config.kind === 'postgres' ? db.config.url : '',
          DATABASE_PATH: join(folder, `${name}.sqlite`),
          ...extra,
        },
        clock,
      );
      bots.push(bot);
      started.push({ bot, events: `http://127.0.0.1:${port}/slack/events` });
    }
    await Promise.all(started.map((s) => until(() => s.bot.output().includes('VisitBot ready'), 'ready', 30_000)));
    return started;
  }

  const answersTo = (ts: string) => slack.log.filter((r: Received) => r.kind === 'api' && r.name === 'chat.postMessage' && r.body.thread_ts === ts);
  const settle = () => new Promise((r) => setTimeout(r, 1000));

  it('GIVEN a mention retried to the other process, or delivered to both at once THEN it is answered once; both keep answering', {
    timeout: 90_000,
  }, async () => {
    const [a, b] = await twoBots();

    const retried = appMention('who is Han Zheng?');
    const body = eventCallback(retried);
    expect((await sendJson(a!.events, body)).status).toBe(200);
    await slack.waitFor((r) => r.name === 'chat.postMessage' && r.body.thread_ts === retried.ts);
    expect((await sendJson(b!.events, body, { retryNum: 1 })).status).toBe(200);

    const twice = appMention('who is Gong Zheng?');
    const both = eventCallback(twice);
    await Promise.all([sendJson(a!.events, both), sendJson(b!.events, both)]);
    await slack.waitFor((r) => r.name === 'chat.postMessage' && r.body.thread_ts === twice.ts);

    const toA = appMention('when did Han Zheng meet Breed?');
    const toB = appMention('who is London Breed?');
    await sendJson(a!.events, eventCallback(toA));
    await sendJson(b!.events, eventCallback(toB));
    await slack.waitFor((r) => r.name === 'chat.postMessage' && r.body.thread_ts === toA.ts);
    await slack.waitFor((r) => r.name === 'chat.postMessage' && r.body.thread_ts === toB.ts);

    await settle();
    expect(answersTo(retried.ts as string)).toHaveLength(1);
    expect(JSON.stringify(answersTo(retried.ts as string)[0]!.body)).toContain('Vice President');
    expect(answersTo(twice.ts as string)).toHaveLength(1);
    expect(answersTo(toA.ts as string)).toHaveLength(1);
    expect(answersTo(toB.ts as string)).toHaveLength(1);
    // DATABASE_URL is set, so DATABASE_PATH is ignored.
    expect(existsSync(join(folder, 'a.sqlite')) || existsSync(join(folder, 'b.sqlite'))).toBe(false);
    for (const { bot } of [a!, b!]) expect(bot.output()).toMatch(/"store":\{"kind":"postgres","ok":true\}/);
  });

  it('GIVEN a mention whose retry crosses a PostgreSQL outage THEN it is answered once (issue 20)', { timeout: 90_000 }, async () => {
    const proxy = await startProxy(Number(new URL(db.config.kind === 'postgres' ? db.config.url : '').port));
    try {
      const through = new URL(db.config.kind === 'postgres' ? db.config.url : '');
      through.port = String(proxy.port);
      const port = await freePort();
      const bot = startBot({
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_PORT: String(port),
        SLACK_API_URL: slack.apiUrl,
        DATABASE_URL: through.toString(),
        DATABASE_PATH: join(folder, 'a.sqlite'),
      });
      bots.push(bot);
      await until(() => bot.output().includes('VisitBot ready'), 'ready', 30_000);
      const events = `http://127.0.0.1:${port}/slack/events`;

      // Claimed in PostgreSQL, retried during the outage.
      const before = appMention('who is Han Zheng?');
      await sendJson(events, eventCallback(before, 'EvBefore'));
      await slack.waitFor((r) => r.name === 'chat.postMessage' && r.body.thread_ts === before.ts);
      proxy.down();
      await sendJson(events, eventCallback(before, 'EvBefore'), { retryNum: 1 });
      // Answered during the outage, retried after it.
      const during = appMention('who is Gong Zheng?');
      await sendJson(events, eventCallback(during, 'EvDuring'));
      await slack.waitFor((r) => r.name === 'chat.postMessage' && r.body.thread_ts === during.ts);
      proxy.up();
      await until(() => bot.output().includes('database reachable again'), 'the database back', 30_000);
      await sendJson(events, eventCallback(during, 'EvDuring'), { retryNum: 1 });
      // A new event after the outage is answered: the bot still works.
      const after = appMention('who is London Breed?');
      await sendJson(events, eventCallback(after, 'EvAfter'));
      await slack.waitFor((r) => r.name === 'chat.postMessage' && r.body.thread_ts === after.ts);
      await settle();
      expect(answersTo(before.ts as string)).toHaveLength(1);
      expect(answersTo(during.ts as string)).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it.skipIf(!hasFaketime)('GIVEN DAILY_CHANNELS and 09:00 under a shifted clock THEN the two processes post exactly once', { timeout: 90_000 }, async () => {
    await twoBots({ DAILY_CHANNELS: 'slack:C0DAILY' }, '2024-04-18 08:59:57');
    const post = await slack.waitFor((r) => r.name === 'chat.postMessage' && r.body.channel === 'C0DAILY', 20_000);
    expect(JSON.stringify(post.body)).toContain('Han Zheng');
    expect(post.body.metadata).toMatchObject({ event_type: 'visitbot_daily_post', event_payload: { key: 'daily-2024-04-18' } });
    await new Promise((r) => setTimeout(r, 2500));
    expect(slack.log.filter((r) => r.name === 'chat.postMessage' && r.body.channel === 'C0DAILY')).toHaveLength(1);
  });
});
