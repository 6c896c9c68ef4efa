import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../src/adapters/discord/adapter.ts';
import { createInteractions } from '../../../src/core/interactions.ts';
import { FakeDiscord, IDS } from '../../../test-support/fakes/discord-server.ts';
import { slash } from '../../../test-support/fakes/discord-payloads.ts';
import { embedOf, startHarness } from './harness.ts';
import { seedsBot } from '../../helpers.ts';

// Start-up failures, slow answers, and stopping (on-demand registration: tests/scripts/discord-register.test.ts).

describe('GIVEN the gateway refuses the token (close 4004)', () => {
  it('THEN start() rejects with a message that says what to fix, and leaves nothing running', async () => {
    const fake = await new FakeDiscord().listen();
    fake.identifyCloseCode = 4004;
    const adapter = createDiscordAdapter({
      config: { token: 'bad-token', appId: IDS.app, apiUrl: fake.apiUrl, publicReplies: false },
      interactions: createInteractions({ handle: async (r) => seedsBot().handle(r) }),
      complete: () => [],
      logger: pino({ level: 'silent' }),
      rest: { globalRequestsPerSecond: 1e5 },
    });
    await expect(adapter.start()).rejects.toThrow(/4004.*DISCORD_TOKEN/);
    await adapter.stop();
    await fake.close();
  });
});

describe('GIVEN an answer slower than the defer threshold', () => {
  it('THEN the reply is deferred privately and the answer edited in', async () => {
    const h = await startHarness({ deferAfterMs: 30, handle: async (r) => (await new Promise((res) => setTimeout(res, 150)), seedsBot().handle(r)) });
    try {
      const payload = slash('who', { name: 'Han Zheng' });
      const deferred = await h.interact(payload);
      expect(deferred.body).toEqual({ type: 5, data: { flags: 64 } });
      const edit = await h.fake.waitFor((c) => c.method === 'PATCH' && c.path === `/webhooks/${IDS.app}/${String(payload.token)}/messages/@original`);
      expect(embedOf(edit).description).toContain('Vice President');
      expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    } finally {
      await h.stop();
    }
  });

  it('with public replies THEN an error deferred in public is replaced by a private follow-up', async () => {
    const h = await startHarness({
      config: { publicReplies: true },
      deferAfterMs: 30,
      handle: async (r) => (await new Promise((res) => setTimeout(res, 150)), seedsBot().handle(r)),
    });
    try {
      const payload = slash('nope');
      const deferred = await h.interact(payload);
      expect(deferred.body.type).toBe(5);
      expect(deferred.body.data.flags ?? 0).toBe(0);
      const follow = await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/webhooks/${IDS.app}/${String(payload.token)}`);
      expect(follow.body.flags).toBe(64);
      expect(h.fake.calls.some((c) => c.method === 'DELETE' && c.path.endsWith('/messages/@original'))).toBe(true);
    } finally {
      await h.stop();
    }
  });
});
