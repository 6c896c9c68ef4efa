import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEASE_MS, createDaily, postKey } from '../../src/daily/daily.ts';
import { buildPost } from '../../src/daily/post.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { IDS } from '../../test-support/fakes/discord-server.ts';
import { seedKnowledge } from '../helpers.ts';
import { startHarness as startDiscord, type Harness as DiscordHarness } from '../adapters/discord/harness.ts';
import { startHarness as startSlack, type Harness as SlackHarness } from '../adapters/slack/harness.ts';

// The daily post reaches real channels: the real discord.js and bolt adapters against the fake
// Discord and Slack servers, on the morning of April 18, 2024 (a fake clock, no waiting).

let discord: DiscordHarness;
let slack: SlackHarness;
const folder = mkdtempSync(join(tmpdir(), 'visitbot-daily-'));
beforeAll(async () => {
  discord = await startDiscord();
  slack = await startSlack();
});
afterAll(async () => {
  await discord?.stop();
  await slack?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('daily posts through the platforms', () => {
  it('posts the April 18 events with their citation to a Discord and a Slack channel, once', async () => {
    let now = new Date('2024-04-18T09:00:30Z');
    const store = openSqliteStore(join(folder, 'db.sqlite'));
    const daily = createDaily({
      store,
      config: {
        postTime: '09:00',
        timezone: 'UTC',
        channels: [
          { platform: 'discord', channelId: IDS.channel },
          { platform: 'slack', channelId: 'C0DAILY' },
        ],
      },
      knowledge: seedKnowledge(),
      adapters: { discord: discord.adapter, slack: slack.adapter },
      now: () => now,
      logger: pino({ level: 'silent' }),
    });
    await daily.start();
    try {
      const toDiscord = await discord.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages`);
      const embed = JSON.stringify(toDiscord.body);
      expect(embed).toContain('Han Zheng');
      expect(embed).toContain('Global Times');
      expect(toDiscord.body.allowed_mentions).toMatchObject({ parse: [] });

      const toSlack = await slack.fake.waitFor((r) => r.kind === 'api' && r.name === 'chat.postMessage' && r.body.channel === 'C0DAILY');
      expect(JSON.stringify(toSlack.body)).toContain('Han Zheng');
      expect(JSON.stringify(toSlack.body)).toContain('Global Times');

      // Later the same day nothing more goes out.
      now = new Date('2024-04-18T15:00:00Z');
      expect(await daily.runDue()).toBe(0);
      expect(discord.fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages`)).toHaveLength(1);
    } finally {
      await daily.stop();
      await store.close();
    }
  });

  it('GIVEN a process that died after the platform took the post but before the ledger said so THEN the next process does not post it again', async () => {
    const store = openSqliteStore(join(folder, 'window.sqlite'));
    const discordChannel = '223344556677889900';
    const keys = [
      { platform: 'discord' as const, channelId: discordChannel, localDate: '2024-04-18' },
      { platform: 'slack' as const, channelId: 'C0CRASH', localDate: '2024-04-18' },
    ];
    const claimedAt = Date.parse('2024-04-18T09:00:00Z');
    const post = buildPost(seedKnowledge(), '04-18')!;
    // The process that died: claimed both, and each platform accepted its post; complete() never ran.
    for (const key of keys) {
      expect(await store.claim(key, 'crashed', claimedAt, LEASE_MS, 5)).toBe(true);
      await (key.platform === 'discord' ? discord.adapter : slack.adapter).post(key.channelId, post, { key: postKey(key), mayExist: false });
    }
    const daily = createDaily({
      store,
      config: { postTime: '09:00', timezone: 'UTC', channels: keys.map(({ platform, channelId }) => ({ platform, channelId })) },
      knowledge: seedKnowledge(),
      adapters: { discord: discord.adapter, slack: slack.adapter },
      now: () => new Date(claimedAt + LEASE_MS + 1000), // the lease has run out
      logger: pino({ level: 'silent' }),
    });
    try {
      await daily.start();
      for (const key of keys) expect(await store.delivery(key)).toMatchObject({ status: 'done', attempts: 2 });

      // Discord saw the same nonce twice, with enforce_nonce, and kept one message.
      const toDiscord = discord.fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${discordChannel}/messages`);
      expect(toDiscord.map((c) => [c.body.nonce, c.body.enforce_nonce])).toEqual([
        ['daily-2024-04-18', true],
        ['daily-2024-04-18', true],
      ]);
      expect([...discord.fake.byNonce.keys()].filter((k) => k.startsWith(discordChannel))).toHaveLength(1);

      // Slack: the retry looked in the channel, found the post by its metadata, and did not post again.
      await slack.fake.waitFor((r) => r.name === 'conversations.history' && r.body.channel === 'C0CRASH');
      expect(slack.fake.log.filter((r) => r.name === 'chat.postMessage' && r.body.channel === 'C0CRASH')).toHaveLength(1);
    } finally {
      await daily.stop();
      await store.close();
    }
  });
});
