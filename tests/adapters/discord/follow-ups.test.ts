import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/store/types.ts';
import { chatStore, type ChatStore } from '../../../test-support/fakes/chat.ts';
import { IDS } from '../../../test-support/fakes/discord-server.ts';
import { button, channelMessage, dmContext, DM_CHANNEL, slash, subcommand } from '../../../test-support/fakes/discord-payloads.ts';
import { embedOf, embedText, startHarness, type Harness } from './harness.ts';

// Conversation on Discord, end to end with the real discord.js against the fake Discord and a real
// SQLite store: follow-ups in a thread, "Why this answer?", votes, and commands in a user-install DM.

let h: Harness;
let world: ChatStore;
let store: Store;
beforeAll(async () => {
  world = chatStore('discord-conv');
  store = world.store;
  h = await startHarness({ mentionCooldownMs: 0, conversations: world.conversations, feedback: world.feedback });
});
afterAll(async () => {
  await h?.stop();
  await world?.close();
});

const rows = (body: any) =>
  ((body.data ?? body).components ?? []) as Array<{ components: Array<{ label?: string; emoji?: { name: string }; custom_id: string }> }>;
const answerRow = (body: any) =>
  rows(body)
    .map((r) => r.components)
    .find((r) => r.some((b) => b.custom_id.startsWith('vb:w:')));
const posted = (from: number, channel: string) => h.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${channel}/messages`, { from });

/** Asks in the channel; the bot starts a thread and answers there. Resolves with the thread id and the answer call. */
async function askInChannel(question: string) {
  const from = h.fake.calls.length;
  const msg = channelMessage(question, { authorId: '400000000000000011' });
  h.fake.dispatch('MESSAGE_CREATE', msg);
  const started = await h.fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${IDS.channel}/messages/${msg.id}/threads`, { from });
  const thread = String(started.response.id);
  return { thread, answer: await posted(from, thread) };
}

async function askIn(channel: string, question: string, extra: Parameters<typeof channelMessage>[1] = {}) {
  const from = h.fake.calls.length;
  h.fake.dispatch('MESSAGE_CREATE', channelMessage(question, { channelId: channel, authorId: '400000000000000012', ...extra }));
  return posted(from, channel);
}

/** A click on a button of a message the bot sent (the message as the fake returned it). */
function click(customId: string, answer: { response?: any }, userId: string, channelId: string) {
  return h.interact(
    button(customId, answer.response, {
      userId,
      channel_id: channelId,
      channel: { id: channelId, type: 11, guild_id: IDS.guild, parent_id: IDS.channel, name: 'q' },
      message: { ...answer.response, channel_id: channelId },
    }),
  );
}

describe('GIVEN a question answered in a thread', () => {
  let thread: string;
  let followUp: Awaited<ReturnType<typeof askIn>>;

  it('THEN a follow-up mention in that thread that says "he" is answered about the person the first question named', async () => {
    const first = await askInChannel('who is Li Yong?');
    thread = first.thread;
    expect(embedText(first.answer)).toMatch(/Li Yong/);
    followUp = await askIn(thread, 'what did he say about cooperation?');
    const text = embedText(followUp);
    expect(embedOf(followUp).description).toMatch(/^Li Yong/);
    expect(text).toMatch(/Li said|Li noted/);
    expect(text).not.toMatch(/Breed said/);
  });

  it('THEN the same words in another thread carry no context: context never crosses threads', async () => {
    const elsewhere = await askIn(IDS.thread, 'what did he say about cooperation?');
    expect(embedOf(elsewhere).description).not.toMatch(/^Li Yong/);
  });

  it('THEN "Why this answer?" on the follow-up shows privately what was understood, the earlier question and the facts used', async () => {
    const why = answerRow(followUp.body)!.find((b) => b.label === 'Why this answer?')!;
    expect(why.custom_id).toBe('vb:w:ask:what did he say about cooperation?');
    const call = await click(why.custom_id, followUp, IDS.user, thread);
    expect(call.body.type).toBe(4);
    expect(call.body.data.flags).toBe(64);
    const e = embedOf(call);
    expect(e.title).toBe('Why this answer?');
    expect(e.description).toMatch(/\*\*Understood:\*\* /);
    expect(e.description).toContain('“who is Li Yong?”');
    expect(e.fields[0].name).toMatch(/^Used \[1\] Global Times · 2024-04-18 · ¶ \d+$/);
    expect(e.fields[0].value).toMatch(/Li (said|noted)/);
    expect(JSON.stringify(call.body)).not.toContain('alice');
  });

  it('THEN votes are stored with the question, its context and the answer, one per user (a second vote replaces the first)', async () => {
    const [, up, down] = answerRow(followUp.body)!;
    expect([up!.emoji?.name, down!.emoji?.name]).toEqual(['👍', '👎']);
    // A vote down is recorded and asks what was wrong, in a form; the reason is stored with the vote.
    const first = await click(down!.custom_id, followUp, '400000000000000021', thread);
    expect(first.body.type).toBe(9);
    const form = first.body.data;
    expect(form.title).toMatch(/recorded\. What was wrong\?/);
    expect(form.components[0].component).toMatchObject({ custom_id: 'reason', style: 2, required: false, max_length: 500 });
    const submitted = await h.interact({
      ...button(down!.custom_id, followUp.response, {
        userId: '400000000000000021',
        channel_id: thread,
        channel: { id: thread, type: 11, guild_id: IDS.guild, parent_id: IDS.channel, name: 'q' },
        message: { ...followUp.response, channel_id: thread },
      }),
      type: 5,
      data: {
        custom_id: form.custom_id,
        components: [{ type: 18, id: 1, component: { type: 4, id: 2, custom_id: 'reason', value: 'It quotes the mayor, not @everyone Li Yong.' } }],
      },
    });
    expect(submitted.body.data.flags).toBe(64);
    expect(submitted.body.data.content).toMatch(/stored with your 👎/);
    expect((await store.downVoted(10))[0]!.reasons).toEqual(['It quotes the mayor, not @everyone Li Yong.']);
    const again = await click(down!.custom_id, followUp, '400000000000000021', thread);
    expect(again.body.data.content).toMatch(/already voted/);
    await click(up!.custom_id, followUp, '400000000000000022', thread);
    let report = await store.downVoted(10);
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({ platforms: ['discord'], question: 'what did he say about cooperation?', context: ['who is Li Yong?'], down: 1, up: 1 });
    expect(report[0]!.answerText).toMatch(/^Li Yong/);
    const changed = await click(up!.custom_id, followUp, '400000000000000021', thread);
    expect(changed.body.data.content).toMatch(/replaces your earlier vote/);
    report = await store.downVoted(10);
    expect(report).toEqual([]);
  });
});

describe('GIVEN the bot cannot start a thread', () => {
  it('THEN it replies in the channel, and a reply to that answer continues the conversation', async () => {
    h.fake.override((c) => c.method === 'POST' && c.path.endsWith('/threads'), 403, undefined, { message: 'Missing Permissions', code: 50013 });
    const first = await askIn(IDS.channel, 'who is Li Yong?');
    expect(first.body.message_reference).toBeDefined();
    const next = await askIn(IDS.channel, 'what did he say about cooperation?', { mentionBot: false, replyTo: first.response });
    expect(embedOf(next).description).toMatch(/^Li Yong/);
  });
});

describe('GIVEN a user who installed the app for themselves', () => {
  it('THEN the commands are registered for guild and user installs in servers, bot DMs and group DMs; /daily only for servers', () => {
    const body = h.fake.calls.find((c) => c.method === 'PUT')!.body as any[];
    for (const c of body.filter((x) => x.name !== 'daily' && x.name !== 'feedback'))
      expect([c.integration_types, c.contexts]).toEqual([
        [0, 1],
        [0, 1, 2],
      ]);
    const daily = body.find((c) => c.name === 'daily');
    expect([daily.integration_types, daily.contexts]).toEqual([[0], [0]]);
  });

  it('THEN /who in their DM with the bot is answered as in a server, with the same buttons', async () => {
    const inServer = await h.interact(slash('who', { name: 'Han Zheng' }));
    const inDm = await h.interact(slash('who', { name: 'Han Zheng' }, dmContext()));
    expect(inDm.body.type).toBe(4);
    expect(embedOf(inDm)).toEqual(embedOf(inServer));
    expect(rows(inDm.body).flatMap((r) => r.components.filter((b) => !b.custom_id.startsWith('vb:a:')).map((b) => b.label ?? b.emoji?.name))).toEqual([
      'Share in channel',
      'Why this answer?',
      '👍',
      '👎',
    ]);
    const why = answerRow(inDm.body)![0]!;
    const explained = await h.interact(button(why.custom_id, inDm.body.data, dmContext()));
    expect(embedOf(explained).title).toBe('Why this answer?');
    expect(embedOf(explained).description).toContain('/who with “Han Zheng”');
  });

  it('THEN subscribing a DM or a group DM to daily posts is refused politely', async () => {
    for (const ctx of [dmContext(), dmContext(IDS.user, 2)]) {
      const call = await h.interact(subcommand('daily', 'subscribe', {}, ctx));
      expect(call.body.data.flags).toBe(64);
      expect(embedOf(call).description).toMatch(/Daily posts are for server channels/);
    }
    expect(await store.get('discord', DM_CHANNEL)).toBeUndefined();
  });
});
