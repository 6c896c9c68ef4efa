import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonPress, buttonsOf, sendForm, slashCommand, type SlackButton } from '../../../test-support/fakes/slack-requests.ts';
import { blockText, startHarness, type Harness } from './harness.ts';

// GIVEN the real Bolt in HTTP mode: Previous/Next paging and "Share in channel", driven by the button
// values of the blocks the bot itself sent.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The paging and sharing buttons ("Why this answer?" and the votes are tested in follow-ups.test.ts). */
const buttons = (message: Record<string, unknown>) => buttonsOf(message, /^visit_(page|share)/);
const answerButtons = (message: Record<string, unknown>) => buttonsOf(message, /^(?!visit_(page|share|try))/);

async function press(button: SlackButton, id: string) {
  const sent = await sendForm(h.events, { payload: JSON.stringify(buttonPress(h.fake.responseUrl(id), { action_id: button.action_id, value: button.value })) });
  expect(sent.status).toBe(200);
  return (await h.fake.waitFor((r) => r.kind === 'response' && r.name === id)).body;
}

describe('buttons', () => {
  it('pages a long answer with Next and Previous, re-running the request from the button value', async () => {
    await sendForm(h.events, slashCommand(h.fake.responseUrl('tl'), { text: 'timeline' }));
    const first = (await h.fake.waitFor((r) => r.kind === 'response' && r.name === 'tl')).body;
    expect(blockText(first)).toMatch(/Page 1 of 3 · items 1–5 of 14/);
    expect(buttons(first).map((b) => b.action_id)).toEqual(['visit_page_next', 'visit_share']);
    expect(answerButtons(first).map((b) => b.action_id)).toEqual(['visit_why', 'visit_vote_up', 'visit_vote_down']);

    const second = await press(buttons(first)[0]!, 'tl-next');
    expect(second.replace_original).toBe(true);
    expect(second.response_type).toBe('ephemeral');
    expect(blockText(second)).toMatch(/Page 2 of 3 · items 6–10 of 14/);
    expect(buttons(second).map((b) => b.action_id)).toEqual(['visit_page_previous', 'visit_page_next', 'visit_share']);

    const back = await press(buttons(second)[0]!, 'tl-prev');
    expect(blockText(back)).toMatch(/Page 1 of 3/);
    expect(blockText(back)).toBe(blockText(first));
  });

  it('shares a private answer in the channel and deletes the private copy', async () => {
    await sendForm(h.events, slashCommand(h.fake.responseUrl('share'), { text: 'who Han Zheng' }));
    const priv = (await h.fake.waitFor((r) => r.kind === 'response' && r.name === 'share')).body;
    const share = buttons(priv).find((b) => b.action_id === 'visit_share')!;
    await sendForm(h.events, { payload: JSON.stringify(buttonPress(h.fake.responseUrl('shared'), { action_id: share.action_id, value: share.value })) });
    const deleted = await h.fake.waitFor((r) => r.kind === 'response' && r.name === 'shared' && r.body.delete_original === true);
    const [pub] = h.fake.log.filter((r) => r.kind === 'response' && r.name === 'shared');
    expect(pub!.at).toBeLessThanOrEqual(deleted.at);
    expect(pub!.body.response_type).toBe('in_channel');
    expect(pub!.body.replace_original).toBe(false);
    expect(blockText(pub!.body)).toMatch(/Vice President/);
    expect(blockText(pub!.body)).toMatch(/Shared by <@U1>/);
    expect(blockText(pub!.body)).not.toMatch(/Share in channel/);
  });

  it('replies in public with a paged answer when SLACK_PUBLIC_REPLIES=true, and keeps errors private', async () => {
    const pub = await startHarness({ config: { publicReplies: true } });
    try {
      await sendForm(pub.events, slashCommand(pub.fake.responseUrl('p'), { text: 'quote London Breed' }));
      const reply = (await pub.fake.waitFor((r) => r.kind === 'response' && r.name === 'p')).body;
      expect(reply.response_type).toBe('in_channel');
      expect(buttons(reply).map((b) => b.action_id)).toEqual(['visit_page_next']);
      await sendForm(pub.events, slashCommand(pub.fake.responseUrl('u'), { text: 'frobnicate' }));
      expect((await pub.fake.waitFor((r) => r.kind === 'response' && r.name === 'u')).body.response_type).toBe('ephemeral');
    } finally {
      await pub.close();
    }
  });
});
