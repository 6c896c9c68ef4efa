import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../../src/core/bot.ts';
import { answerOf, chatStore } from '../../../test-support/fakes/chat.ts';
import { sendForm, slashCommand } from '../../../test-support/fakes/slack-requests.ts';
import { seedKnowledge } from '../../helpers.ts';
import { blockText, startHarness, type Harness } from './harness.ts';

// GIVEN votes in the store and the bot wired to it as main.ts wires it, WHEN an admin runs
// /visit feedback, THEN the answers voted down and what was wrong are shown privately; others are refused.

let h: Harness;
const world = chatStore('slack-feedback');
beforeAll(async () => {
  const votes = world.feedback;
  const answer = answerOf({ title: 'Li Yong', text: 'Li Yong said nothing.', citations: [] });
  const vote = { platform: 'discord' as const, userId: '42', request: { command: 'ask', args: 'what did he say?' }, context: ['who is Li Yong?'], answer };
  await votes.vote({ ...vote, vote: -1 });
  await votes.reason({ ...vote, reason: 'He spoke <!channel> at length.' });
  const bot = createBot({ knowledge: seedKnowledge(), feedback: (n) => world.store.downVoted(n) });
  h = await startHarness({ handle: (r) => bot.respond(r), config: { publicReplies: true } });
});
afterAll(async () => {
  await h?.close();
  await world.close();
});

async function feedback(user: string, id: string) {
  await sendForm(h.events, slashCommand(h.fake.responseUrl(id), { text: 'feedback', user_id: user }));
  return (await h.fake.waitFor((r) => r.kind === 'response' && r.name === id)).body;
}

describe('/visit feedback on Slack', () => {
  it('THEN an admin sees the answers voted down with what was wrong, privately, escaped', async () => {
    const reply = await feedback('UADMIN', 'fb-admin');
    expect(reply.response_type).toBe('ephemeral');
    const text = blockText(reply);
    expect(text).toMatch(/1 down, 0 up · discord/);
    expect(text).toContain('after “who is Li Yong?”');
    expect(text).toContain('Wrong: “He spoke &lt;!channel&gt; at length.”');
  });

  it('THEN someone else is refused', async () => {
    const reply = await feedback('U1', 'fb-member');
    expect(reply.response_type).toBe('ephemeral');
    expect(blockText(reply)).toMatch(/only the bot's admins/);
  });
});
