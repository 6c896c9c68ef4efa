import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../../src/core/bot.ts';
import { answerOf, chatStore } from '../../../test-support/fakes/chat.ts';
import { MEMBER_PERMISSIONS, slash } from '../../../test-support/fakes/discord-payloads.ts';
import { embedText, startHarness, type Harness } from './harness.ts';
import { seedKnowledge } from '../../helpers.ts';

// GIVEN votes in the store and the bot wired to it as main.ts wires it, WHEN an admin runs /feedback,
// THEN the answers voted down and what was wrong are shown privately; members neither see nor use it.

let h: Harness;
const world = chatStore('discord-feedback');
const ADMIN = (BigInt(MEMBER_PERMISSIONS) | 32n).toString(); // + Manage Server
beforeAll(async () => {
  const votes = world.feedback;
  const answer = answerOf({ title: 'Li Yong', text: 'Li Yong said nothing.', citations: [] });
  const vote = { platform: 'slack' as const, userId: 'U9', request: { command: 'ask', args: 'what did @everyone say?' }, context: [], answer };
  await votes.vote({ ...vote, vote: -1 });
  await votes.reason({ ...vote, reason: 'He spoke at length <@123>.' });
  const bot = createBot({ knowledge: seedKnowledge(), feedback: (n) => world.store.downVoted(n) });
  h = await startHarness({ handle: (r) => bot.respond(r), config: { publicReplies: true } });
});
afterAll(async () => {
  await h?.stop();
  await world.close();
});

describe('/feedback on Discord', () => {
  it('THEN it is registered for servers only, hidden from members without Manage Server', () => {
    const body = h.fake.calls.find((c) => c.method === 'PUT')!.body as any[];
    const feedback = body.find((c) => c.name === 'feedback');
    expect(feedback.default_member_permissions).toBe('32');
    expect([feedback.integration_types, feedback.contexts]).toEqual([[0], [0]]);
  });

  it('THEN an admin sees the answers voted down with what was wrong, privately even with public replies, and nothing pings', async () => {
    const call = await h.interact(slash('feedback', {}, { permissions: ADMIN }));
    expect(call.body.data.flags).toBe(64);
    const text = embedText(call);
    expect(text).toMatch(/1 answer voted down/);
    expect(text).toMatch(/1 down, 0 up · slack/);
    expect(text).toContain('Wrong:');
    expect(text).toContain('He spoke at length');
    expect(JSON.stringify(call.body)).not.toMatch(/<@123>|@everyone/);
  });

  it('THEN a member is refused', async () => {
    const call = await h.interact(slash('feedback', {}, { permissions: MEMBER_PERMISSIONS }));
    expect(call.body.data.flags).toBe(64);
    expect(embedText(call)).toMatch(/only the bot's admins/);
  });
});
