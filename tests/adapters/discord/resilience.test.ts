import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS } from '../../../test-support/fakes/discord-server.ts';
import { callbackPath, channelMessage, slash } from '../../../test-support/fakes/discord-payloads.ts';
import { embedOf, startHarness, type Harness } from './harness.ts';
import { seedsBot } from '../../helpers.ts';

// Rate limits, a dropped gateway, malformed payloads, failing handlers, pings, posting, stopping.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    mentionCooldownMs: 0,
    handle: async (request) => {
      if (request.args === 'explode') throw new Error('boom in the handler');
      return seedsBot().handle(request);
    },
  });
});
afterAll(async () => {
  await h?.stop();
});

describe('GIVEN Discord answers the first callback with 429 and Retry-After', () => {
  it('THEN discord.js waits it out and delivers the answer on the retry', async () => {
    const payload = slash('who', { name: 'Han Zheng' });
    const callback = callbackPath(payload);
    h.fake.rateLimit(callback, 0.2);
    const from = h.fake.calls.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    const delivered = await h.fake.waitFor((c) => c.path === callback && c.status === 204, { from });
    const attempts = h.fake.calls.slice(from).filter((c) => c.path === callback);
    expect(attempts.map((c) => c.status)).toEqual([429, 204]);
    expect(delivered.at - attempts[0]!.at).toBeGreaterThanOrEqual(190);
    expect(embedOf(delivered).description).toContain('Vice President');
  });
});

describe('GIVEN the gateway connection drops with a resumable close code', () => {
  it('THEN the client resumes the session and the next interaction is answered', async () => {
    const identifies = h.fake.identifies;
    h.fake.dropGateway(4000);
    const resume = await h.fake.waitForFrame((f) => f.op === 6);
    expect(resume.d).toMatchObject({ token: 'fake-token', session_id: 'fake-session' });
    expect(h.fake.identifies).toBe(identifies);
    const call = await h.interact(slash('who', { name: 'Gong Zheng' }));
    expect(embedOf(call).description).toMatch(/Shanghai/i);
  });
});

describe('GIVEN malformed or failing input', () => {
  it('THEN malformed interactions are ignored and the bot keeps answering', async () => {
    const noEntitlements = slash('who', { name: 'Han Zheng' });
    delete noEntitlements.entitlements;
    const noData = slash('who');
    delete noData.data;
    const noUser = slash('who', { name: 'x' });
    delete noUser.member;
    h.fake.dispatch('INTERACTION_CREATE', noData);
    h.fake.dispatch('INTERACTION_CREATE', noUser);
    h.fake.dispatch('INTERACTION_CREATE', { ...slash('who'), type: 99 });
    h.fake.dispatch('INTERACTION_CREATE', { ...slash('who'), data: { name: 'who', type: 1, options: [{ name: 'name', type: 4, value: 42 }] } });
    // Missing entitlements is repaired, so this one is answered.
    const repaired = await h.interact(noEntitlements);
    expect(embedOf(repaired).description).toContain('Vice President');
    const call = await h.interact(slash('sources'));
    expect(call.body.type).toBe(4);
    expect(h.logs.some((l) => l.msg === 'discord malformed payload ignored')).toBe(true);
  });

  it('THEN a handler that throws gives a private "something went wrong" and a logged error', async () => {
    const call = await h.interact(slash('ask', { question: 'explode' }));
    expect(call.body.data.flags).toBe(64);
    expect(embedOf(call).title).toBe('Something went wrong');
    const logged = h.logs.find((l) => l.msg === 'discord interaction failed');
    expect(logged?.err?.message).toBe('boom in the handler');
    expect(logged?.interaction?.command).toBe('ask');
    const after = await h.interact(slash('help'));
    expect(after.body.type).toBe(4);
  });

  it('THEN a mention whose handler throws is answered "something went wrong" (as on Slack), with no thread started for it, and logged', async () => {
    const from = h.fake.calls.length;
    const msg = channelMessage('explode', { authorId: '400000000000000021' });
    h.fake.dispatch('MESSAGE_CREATE', msg);
    const reply = await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages`, { from });
    expect(embedOf(reply).title).toBe('Something went wrong');
    expect(reply.body.message_reference.message_id).toBe(msg.id);
    expect(h.fake.calls.slice(from).some((c) => c.path.endsWith('/threads'))).toBe(false);
    expect(h.logs).toContainEqual(expect.objectContaining({ msg: 'mention failed', platform: 'discord', args: 'explode' }));
  });
});

describe('GIVEN input that tries to ping everyone', () => {
  it('THEN no message or reply allows any mention, and the text is escaped', async () => {
    const from = h.fake.calls.length;
    const call = await h.interact(slash('who', { name: '@everyone <@123456789012345678> @here' }));
    expect(call.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const shown = JSON.stringify(embedOf(call));
    expect(shown).not.toMatch(/@everyone|@here|<@\d+>/);

    h.fake.dispatch('MESSAGE_CREATE', channelMessage('@everyone who is @here?', { channelId: IDS.thread, authorId: '400000000000000009' }));
    const reply = await h.fake.waitFor((c) => c.path === `/channels/${IDS.thread}/messages`, { from });
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(reply.body.embeds)).not.toMatch(/@everyone|@here/);
    for (const c of h.fake.calls.slice(from).filter((c) => c.method !== 'GET' && c.body)) {
      const body = c.body.data ?? c.body;
      if ('embeds' in body) expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
  });
});

describe('GIVEN the daily posts call post()', () => {
  it('THEN a public message with the same embed rendering is posted in that channel', async () => {
    const from = h.fake.calls.length;
    await h.adapter.post(IDS.channel, seedsBot().handle({ command: 'onthisday', args: '2024-04-18', platform: 'discord' }));
    const call = await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages`, { from });
    expect(call.headers.authorization).toBe('Bot fake-token');
    expect(call.body.flags).toBeUndefined();
    expect(call.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(embedOf(call).title).toMatch(/On this day/);
  });
});

describe('GIVEN the bot is stopped', () => {
  it('THEN stop() resolves well under 2 s and closes the gateway', async () => {
    const own = await startHarness();
    const t0 = performance.now();
    await own.adapter.stop();
    expect(performance.now() - t0).toBeLessThan(1500);
    await own.fake.close();
  });
});
