import { describe, expect, it } from 'vitest';
import type { Handle } from '../../../src/core/types.ts';
import { appMention, eventCallback, sendForm, sendJson, slashCommand } from '../../../test-support/fakes/slack-requests.ts';
import { blockText, startHarness } from './harness.ts';
import { seedsBot } from '../../helpers.ts';

// GIVEN the real Bolt against the fake Slack: failures at start, in a handler, and at stop.

describe('resilience', () => {
  it('a handler that throws gives a private "something went wrong", a logged error, and no crash', async () => {
    const handle: Handle = async (r) => {
      if (r.args.includes('boom')) throw new Error('kaboom');
      return seedsBot().handle(r);
    };
    const h = await startHarness({ handle });
    try {
      await sendForm(h.events, slashCommand(h.fake.responseUrl('boom'), { text: 'who boom' }));
      const reply = (await h.fake.waitFor((r) => r.kind === 'response' && r.name === 'boom')).body;
      expect(reply.response_type).toBe('ephemeral');
      expect(blockText(reply)).toMatch(/Something went wrong/);
      const logged = h.logs.find((l) => l.msg === 'Slack listener failed');
      expect(logged?.level).toBe(50);
      expect(JSON.stringify(logged)).toMatch(/kaboom/);
      expect(JSON.stringify(logged)).toMatch(/who boom/);

      await sendJson(h.events, eventCallback(appMention('boom', { channel: 'CBOOM', user: 'U7' })));
      const eph = await h.fake.waitFor((r) => r.name === 'chat.postEphemeral' && r.body.channel === 'CBOOM');
      expect(eph.body.user).toBe('U7');
      expect(blockText(eph.body)).toMatch(/Something went wrong/);
      expect(h.fake.log.some((r) => r.name === 'chat.postMessage' && r.body.channel === 'CBOOM')).toBe(false);

      // Still answering.
      await sendForm(h.events, slashCommand(h.fake.responseUrl('after'), { text: 'sources' }));
      expect(blockText((await h.fake.waitFor((r) => r.kind === 'response' && r.name === 'after')).body)).toMatch(/2 articles/);
    } finally {
      await h.close();
    }
  });

  it('start() rejects with a clear error when auth.test fails, and makes no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => void unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(startHarness({ prepare: (f) => f.override('auth.test', { body: { ok: false, error: 'invalid_auth' } }) })).rejects.toThrow(
        /SLACK_BOT_TOKEN.*auth\.test answered "invalid_auth"/,
      );
      await new Promise((r) => setImmediate(r));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('checks managers with users.info (cached) only for commands that manage the channel', async () => {
    const seen: Array<boolean | undefined> = [];
    const h = await startHarness({
      handle: async (r) => {
        seen.push(r.canManageChannel);
        return seedsBot().handle(r);
      },
      prepare: (f) => f.override('users.info', { body: { ok: true, user: { id: 'U5', team_id: 'T1', is_admin: true } } }),
    });
    try {
      for (const [i, text] of ['daily status', 'onthisday subscribe 09:00', 'who Han Zheng'].entries()) {
        await sendForm(h.events, slashCommand(h.fake.responseUrl(`m${i}`), { text, user_id: 'U5' }));
        await h.fake.waitFor((r) => r.kind === 'response' && r.name === `m${i}`);
      }
      await sendForm(h.events, slashCommand(h.fake.responseUrl('admin'), { text: 'daily status', user_id: 'UADMIN' }));
      await h.fake.waitFor((r) => r.kind === 'response' && r.name === 'admin');
      expect(seen).toEqual([true, true, false, true]);
      expect(h.fake.log.filter((r) => r.name === 'users.info')).toHaveLength(1);
    } finally {
      await h.close();
    }
  });

  it('stop() closes the receiver in well under a second, even with a keep-alive connection open', async () => {
    const h = await startHarness();
    await sendForm(h.events, slashCommand(h.fake.responseUrl('s'), { text: 'sources' }));
    await h.fake.waitFor((r) => r.kind === 'response' && r.name === 's');
    const started = performance.now();
    await h.adapter.stop();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(h.adapter.address()).toBeUndefined();
    await expect(fetch(h.events, { method: 'POST' })).rejects.toThrow();
    await h.fake.close();
  });
});
