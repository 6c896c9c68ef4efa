import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.ts';
import { chatStore, type ChatStore } from '../../../test-support/fakes/chat.ts';
import type { Received } from '../../../test-support/fakes/slack-api.ts';
import {
  appMention,
  buttonPress,
  buttonsOf,
  directMessage,
  eventCallback,
  sendForm,
  sendJson,
  type SlackButton,
} from '../../../test-support/fakes/slack-requests.ts';
import { blockText, startHarness, type Harness } from './harness.ts';

// Conversation on Slack, end to end with the real Bolt (HTTP mode) against the fake Slack and a real
// SQLite store: follow-ups in a mention's thread and in a DM thread, "Why this answer?", votes.

let h: Harness;
let world: ChatStore;
let store: Store;
beforeAll(async () => {
  world = chatStore('slack-conv');
  store = world.store;
  h = await startHarness({ conversations: world.conversations, feedback: world.feedback });
});
afterAll(async () => {
  await h?.close();
  await world?.close();
});

/** Sends an event and resolves with the bot's chat.postMessage in reply (with the ts the fake gave it). */
async function send(event: Record<string, unknown>): Promise<Received> {
  const from = h.fake.log.length;
  expect((await sendJson(h.events, eventCallback(event))).status).toBe(200);
  await h.fake.waitFor((r) => h.fake.log.indexOf(r) >= from && r.name === 'chat.postMessage' && r.body.channel === event.channel);
  return h.fake.log.slice(from).find((r) => r.name === 'chat.postMessage')!;
}

/** Presses a button of a message the bot posted in a channel; resolves with the private response. */
async function press(button: SlackButton, post: Received, user: string, id: string): Promise<Record<string, unknown>> {
  const channel = String(post.body.channel);
  const ts = String(post.reply!.ts);
  const payload = buttonPress(
    h.fake.responseUrl(id),
    { action_id: button.action_id, value: button.value },
    {
      user: { id: user, username: 'zed_clicker', team_id: 'T1' },
      container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false },
      channel: { id: channel, name: 'general' },
      message: { type: 'message', ts, text: post.body.text, blocks: post.body.blocks },
    },
  );
  expect((await sendForm(h.events, { payload: JSON.stringify(payload) })).status).toBe(200);
  return (await h.fake.waitFor((r) => r.kind === 'response' && r.name === id)).body;
}

describe('GIVEN a mention answered in its thread', () => {
  let followUp: Received;

  it('THEN a follow-up mention in that thread saying "he" is answered about the person the first named, in the thread', async () => {
    const first = appMention('who is Li Yong?', { channel: 'CF1' });
    const answered = await send(first);
    expect(answered.body.thread_ts).toBe(first.ts);
    followUp = await send(appMention('what did he say about cooperation?', { channel: 'CF1', thread_ts: first.ts }));
    expect(followUp.body.thread_ts).toBe(first.ts);
    expect(String(followUp.body.text)).toMatch(/^Li Yong/);
    expect(blockText(followUp.body)).toMatch(/Li (said|noted)/);
  });

  it('THEN the same words in another thread or channel carry no context', async () => {
    const other = await send(appMention('what did he say about cooperation?', { channel: 'CF1', thread_ts: '1713300000.000999' }));
    expect(String(other.body.text)).not.toMatch(/^Li Yong/);
    const elsewhere = await send(appMention('what did he say about cooperation?', { channel: 'CF2', thread_ts: String(followUp.body.thread_ts) }));
    expect(String(elsewhere.body.text)).not.toMatch(/^Li Yong/);
  });

  it('THEN "Why this answer?" shows, only to the one who clicked, the understanding, the earlier question and the facts used', async () => {
    const why = buttonsOf(followUp.body).find((b) => b.action_id === 'visit_why')!;
    expect(
      buttonsOf(followUp.body)
        .filter((b) => !b.action_id.startsWith('visit_try_'))
        .map((b) => b.text.text),
    ).toEqual(['Why this answer?', '👍', '👎']);
    const shown = await press(why, followUp, 'U1', 'why-1');
    expect(shown.response_type).toBe('ephemeral');
    expect(shown.replace_original).toBe(false);
    const text = blockText(shown);
    expect(text).toContain('Why this answer?');
    expect(text).toContain('*Understood:*');
    expect(text).toContain('“who is Li Yong?”');
    expect(text).toMatch(/Li (said|noted)/);
    expect(text).toMatch(/Global Times/);
    expect(text).not.toContain('zed_clicker');
  });

  it('THEN votes keep one per user (a second replaces the first) and are reported with question, context and platform', async () => {
    const [, up, down] = buttonsOf(followUp.body);
    const from = h.fake.log.length;
    expect((await press(down!, followUp, 'U7', 'v1')).text).toMatch(/recorded/);
    // A fresh vote down asks what was wrong, in a modal; what is written there is stored with the vote.
    const opened = await h.fake.waitFor((r) => h.fake.log.indexOf(r) >= from && r.name === 'views.open');
    const view = opened.body.view as Record<string, any>;
    expect(view.callback_id).toBe('visit_vote_reason');
    expect(view.blocks[0]).toMatchObject({ block_id: 'reason', optional: true, element: { multiline: true, max_length: 500 } });
    const submitted = await sendForm(h.events, {
      payload: JSON.stringify({
        type: 'view_submission',
        team: { id: 'T1', domain: 'fake' },
        user: { id: 'U7', username: 'zed_clicker', team_id: 'T1' },
        api_app_id: 'A1',
        token: 'legacy',
        trigger_id: 'trig.r',
        view: {
          id: 'V2',
          team_id: 'T1',
          type: 'modal',
          callback_id: 'visit_vote_reason',
          private_metadata: view.private_metadata,
          hash: 'h',
          blocks: view.blocks,
          title: view.title,
          state: { values: { reason: { value: { type: 'plain_text_input', value: 'It answers <!channel> about the wrong visit.' } } } },
        },
      }),
    });
    expect(submitted.status).toBe(200);
    expect(JSON.parse(submitted.body)).toMatchObject({
      response_action: 'update',
      view: { blocks: [{ text: { text: expect.stringMatching(/stored with your 👎/) } }] },
    });
    expect((await store.downVoted(10))[0]!.reasons).toEqual(['It answers <!channel> about the wrong visit.']);
    expect((await press(down!, followUp, 'U7', 'v2')).text).toMatch(/already voted/);
    expect((await press(up!, followUp, 'U8', 'v3')).text).toMatch(/recorded/);
    const report = await store.downVoted(10);
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({ platforms: ['slack'], question: 'what did he say about cooperation?', context: ['who is Li Yong?'], down: 1, up: 1 });
    expect((await press(up!, followUp, 'U7', 'v4')).text).toMatch(/replaces your earlier vote/);
    expect(await store.downVoted(10)).toEqual([]);
  });
});

describe('GIVEN a direct message', () => {
  it('THEN a follow-up in the thread of that message (or of the answer) carries the earlier question', async () => {
    const first = directMessage('who is Li Yong?', { channel: 'DF1' });
    const answer = await send(first);
    const inThread = await send(directMessage('what did he say about cooperation?', { channel: 'DF1', thread_ts: first.ts }));
    expect(String(inThread.body.text)).toMatch(/^Li Yong/);
    const underAnswer = await send(directMessage('what did he say about cooperation?', { channel: 'DF1', thread_ts: String(answer.reply!.ts) }));
    expect(String(underAnswer.body.text)).toMatch(/^Li Yong/);
  });
});
