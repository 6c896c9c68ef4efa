import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createDaily } from '../../../src/daily/daily.ts';
import { openSqliteStore } from '../../../src/store/sqlite.ts';
import { IDS, SECOND_GUILD, shardOf } from '../../../test-support/fakes/discord-server.ts';
import { slash } from '../../../test-support/fakes/discord-payloads.ts';
import { seedKnowledge } from '../../helpers.ts';
import { embedOf, startHarness } from './harness.ts';

// DISCORD_SHARDS against the fake gateway with two shards: the real discord.js opens one connection
// per shard in this process, and the fake routes each server's events to its own shard, as Discord does.

const twoServers = { prepare: (fake: { guilds: unknown[] }) => void fake.guilds.push({ ...SECOND_GUILD }) };

function inGuild(g: { guild: string; channel: string }) {
  return { guild_id: g.guild, channel_id: g.channel, channel: { id: g.channel, type: 0, guild_id: g.guild, name: 'general' } };
}

describe('GIVEN DISCORD_SHARDS=auto and a gateway that recommends two shards', () => {
  it("THEN two shards identify, and each server's interactions arrive on its shard and are answered once", async () => {
    expect(shardOf(IDS.guild, 2)).toBe(0);
    expect(shardOf(SECOND_GUILD.guild, 2)).toBe(1);
    const h = await startHarness({
      config: { shards: 'auto' },
      prepare: (fake) => {
        fake.recommendedShards = 2;
        twoServers.prepare(fake);
      },
    });
    try {
      expect(h.fake.shards.sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      expect(h.adapter.connected()).toBe(true);

      const first = slash('who', { name: 'Han Zheng' }, inGuild({ guild: IDS.guild, channel: IDS.channel }));
      const second = slash('who', { name: 'Gong Zheng' }, inGuild(SECOND_GUILD));
      const replyA = await h.interact(first);
      const replyB = await h.interact(second);
      expect(embedOf(replyA).description).toContain('Vice President');
      expect(embedOf(replyB).description).toContain('Shanghai');
      expect(h.fake.dispatched.filter((d) => d.t === 'INTERACTION_CREATE').map((d) => d.shard)).toEqual([0, 1]);

      // One more round trip, so that a second answer to either would have arrived by now.
      await h.interact(slash('help', {}, inGuild(SECOND_GUILD)));
      for (const i of [first, second]) {
        expect(h.fake.calls.filter((c) => c.path.startsWith(`/interactions/${String(i.id)}/`))).toHaveLength(1);
      }
    } finally {
      await h.stop();
    }
  });
});

describe('GIVEN DISCORD_SHARDS=2 and daily posts to a channel in each server', () => {
  it('THEN each channel gets its post exactly once, however many shards the process runs', async () => {
    const h = await startHarness({ config: { shards: 2 }, ...twoServers });
    const folder = mkdtempSync(join(tmpdir(), 'visitbot-shards-'));
    let now = new Date('2024-04-18T09:00:30Z');
    const store = openSqliteStore(join(folder, 'db.sqlite'));
    const daily = createDaily({
      store,
      config: {
        postTime: '09:00',
        timezone: 'UTC',
        channels: [
          { platform: 'discord', channelId: IDS.channel },
          { platform: 'discord', channelId: SECOND_GUILD.channel },
        ],
      },
      knowledge: seedKnowledge(),
      adapters: { discord: h.adapter },
      now: () => now,
      logger: pino({ level: 'silent' }),
    });
    try {
      expect(h.fake.shards.sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      await daily.start(); // posts what is due at start
      now = new Date('2024-04-18T12:00:00Z');
      expect(await daily.runDue()).toBe(0);
      const posts = h.fake.calls.filter((c) => c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path)).map((c) => c.path);
      expect(posts.sort()).toEqual([`/channels/${IDS.channel}/messages`, `/channels/${SECOND_GUILD.channel}/messages`].sort());
    } finally {
      await daily.stop();
      await store.close();
      await h.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
