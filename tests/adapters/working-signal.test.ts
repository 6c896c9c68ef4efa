import { describe, expect, it } from 'vitest';
import { IDS } from '../../test-support/fakes/discord-server.ts';
import { channelMessage } from '../../test-support/fakes/discord-payloads.ts';
import { appMention, eventCallback, sendJson } from '../../test-support/fakes/slack-requests.ts';
import { startHarness as startDiscord } from './discord/harness.ts';
import { seedsBot } from '../helpers.ts';
import { startHarness as startSlack } from './slack/harness.ts';
import { WORKING_AFTER_MS } from '../../src/core/mentions.ts';
import { BOT_SCOPES } from '../../src/adapters/slack/manifest.ts';
import type { Handle } from '../../src/core/types.ts';

// A mention whose answer takes a while shows that the bot is working on it: Discord's typing
// indicator, Slack's 👀 reaction on the question (removed once answered). A quick answer shows none.

seedsBot(); // built before any answer is timed
const slow: Handle = async (r) => (await new Promise((res) => setTimeout(res, WORKING_AFTER_MS + 400)), seedsBot().handle(r));

describe('GIVEN a slow answer to a mention', () => {
  it('on Discord THEN the channel shows the bot typing before the answer; a quick answer does not', async () => {
    let quick = true;
    const h = await startDiscord({ mentionCooldownMs: 0, handle: async (r) => (quick ? seedsBot().handle(r) : slow(r)) });
    try {
      let from = h.fake.calls.length;
      h.fake.dispatch('MESSAGE_CREATE', channelMessage('/who Han Zheng', { channelId: IDS.thread, authorId: '400000000000000011' }));
      await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${IDS.thread}/messages`, { from });
      expect(h.fake.calls.slice(from).some((c) => c.path.endsWith('/typing'))).toBe(false);

      quick = false;
      from = h.fake.calls.length;
      h.fake.dispatch('MESSAGE_CREATE', channelMessage('/who Gong Zheng', { channelId: IDS.thread, authorId: '400000000000000012' }));
      const answer = await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${IDS.thread}/messages`, { from });
      const calls = h.fake.calls.slice(from);
      const typing = calls.findIndex((c) => c.method === 'POST' && c.path === `/channels/${IDS.thread}/typing`);
      expect(typing).toBeGreaterThanOrEqual(0);
      expect(typing).toBeLessThan(calls.indexOf(answer));
    } finally {
      await h.stop();
    }
  });

  it('on Slack THEN 👀 goes on the question and comes off after the answer; a quick answer gets none', async () => {
    let quick = true;
    const h = await startSlack({ handle: async (r) => (quick ? seedsBot().handle(r) : slow(r)) });
    try {
      const fast = appMention('/who Han Zheng', { channel: 'CQUICK' });
      await sendJson(h.events, eventCallback(fast));
      await h.fake.waitFor((r) => r.name === 'chat.postMessage' && r.body.channel === 'CQUICK');
      expect(h.fake.log.some((r) => r.name.startsWith('reactions.'))).toBe(false);

      quick = false;
      const mention = appMention('/who Gong Zheng', { channel: 'CSLOW' });
      await sendJson(h.events, eventCallback(mention));
      const removed = await h.fake.waitFor((r) => r.name === 'reactions.remove');
      const names = h.fake.log
        .filter((r) => r.kind === 'api' && (r.name.startsWith('reactions.') || (r.name === 'chat.postMessage' && r.body.channel === 'CSLOW')))
        .map((r) => r.name);
      expect(names).toEqual(['reactions.add', 'chat.postMessage', 'reactions.remove']);
      expect(removed.body).toMatchObject({ channel: 'CSLOW', timestamp: mention.ts, name: 'eyes' });
      expect(BOT_SCOPES).toContain('reactions:write');
    } finally {
      await h.close();
    }
  });
});
