import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryConversations } from '../../src/conversation/conversations.ts';
import { createFeedback } from '../../src/conversation/feedback.ts';
import { createInteractions, suggestedRequests } from '../../src/core/interactions.ts';
import type { Answer, BotRequest } from '../../src/core/types.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';

// The platform-neutral interaction layer on its own, with a recording handle: what every adapter gets.

const dir = mkdtempSync(join(tmpdir(), 'visitbot-interactions-'));
const opened: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close().catch(() => undefined)));
  rmSync(dir, { recursive: true, force: true });
});

function world(publicReplies = false) {
  const seen: BotRequest[] = [];
  const store = openSqliteStore(join(dir, `${opened.length}.sqlite`));
  opened.push(store);
  const handle = async (r: BotRequest): Promise<Answer> => {
    seen.push(r);
    const kind = r.command === 'nope' ? 'usage' : 'answer';
    return {
      answered: kind === 'answer',
      kind,
      title: r.command,
      text: `${r.command}: ${r.args} after ${(r.context ?? []).join('|')}`,
      citations: [],
      items: [],
      suggestions: ['/who Han Zheng', '/daily status', 'who met Breed?'],
    };
  };
  const i = createInteractions({ handle, conversations: memoryConversations(), feedback: createFeedback(store, pino({ level: 'silent' })), publicReplies });
  return { i, seen, store };
}

const no = () => false;

describe('createInteractions', () => {
  it('GIVEN an error or an article preview in answer to a message THEN it is whispered to the asker; an answer is not', async () => {
    const reply = (kind: Answer['kind']): Answer => ({ answered: kind === 'answer', kind, title: '', text: kind, citations: [], items: [], suggestions: [] });
    // The dispatcher's part: "/sources add" goes to the request's capability.
    const i = createInteractions({ handle: async (r) => (r.addArticle ? r.addArticle('x') : reply(r.command === 'boom' ? 'error' : 'answer')) });
    const base = { args: '', platform: 'slack' as const, channelId: 'C1', messageId: 'M1', canManage: no };
    expect((await i.ask({ ...base, command: 'boom' })).whisper).toBe(true);
    expect((await i.ask({ ...base, command: 'who', args: 'Han Zheng' })).whisper).toBe(false);
    const adding = await i.ask({ ...base, command: 'sources', args: 'add https://example.org/a', addArticle: async () => reply('help') });
    expect([adding.article, adding.whisper, adding.private, adding.view.request]).toEqual([true, true, true, undefined]);
  });

  it('GIVEN a channel that cannot hold settings THEN a settings change is refused there, plainly, without asking who may; other commands are answered', async () => {
    const { i, seen } = world(true);
    let asked = 0;
    const canManage = () => ((asked += 1), true);
    const refused = await i.ask({ command: 'daily', args: 'subscribe', platform: 'discord', channelId: 'D1', canManage, settingsHere: false });
    expect(refused).toMatchObject({ private: true, article: false, view: { kind: 'answer', private: true } });
    expect(refused.view.request).toBeUndefined();
    expect(refused.answer).toMatchObject({ kind: 'refusal', text: expect.stringMatching(/^Daily posts are for server channels/), suggestions: ['/onthisday'] });
    expect(seen).toEqual([]);
    expect(asked).toBe(0);
    const answered = await i.ask({ command: 'who', args: 'Han Zheng', platform: 'discord', channelId: 'D1', canManage, settingsHere: false });
    expect(answered).toMatchObject({ private: false, view: { private: false, request: { command: 'who', args: 'Han Zheng' } } });
    const here = await i.ask({ command: 'daily', args: 'subscribe', platform: 'discord', channelId: 'C1', canManage, settingsHere: true });
    expect(here.answer.kind).toBe('answer');
    expect(asked).toBe(1);
  });

  it("GIVEN a thread THEN a follow-up is asked with its earlier questions, and a reply to an answer finds that answer's thread", async () => {
    const { i, seen } = world();
    const first = { command: 'ask', args: 'who is Li Yong?', platform: 'discord' as const, channelId: 'C1', messageId: 'M1', canManage: no };
    const asked = await i.ask(first);
    expect(asked.context).toEqual([]);
    await i.remember(first, asked, 'A1', 'T1'); // a thread was started for it
    const inThread = {
      command: 'ask',
      args: 'what did he say?',
      platform: 'discord' as const,
      channelId: 'T1',
      messageId: 'M2',
      continues: { threadId: 'T1' },
      canManage: no,
    };
    const followUp = await i.ask(inThread);
    expect(followUp.context).toEqual(['who is Li Yong?']);
    await i.remember(inThread, followUp, 'A2');
    // Slack-style: thread_ts is both the thread and, maybe, an answer; the answer's thread wins.
    const reply = await i.ask({
      command: 'ask',
      args: 'and when?',
      platform: 'discord',
      channelId: 'T1',
      continues: { threadId: 'X', answerRef: 'A2' },
      canManage: no,
    });
    expect(reply.context).toEqual(['who is Li Yong?', 'what did he say?']);
    expect(seen.at(-1)!.context).toEqual(['who is Li Yong?', 'what did he say?']);
  });

  it('GIVEN settings and admin commands THEN the capabilities are asked only when needed, and a button never re-runs a settings change', async () => {
    const { i, seen } = world();
    let asked = 0;
    const canManage = () => (asked++, true);
    await i.ask({ command: 'who', args: 'Han Zheng', platform: 'slack', canManage });
    expect(asked).toBe(0);
    const sub = await i.ask({ command: 'daily', args: 'subscribe', platform: 'slack', canManage });
    expect(asked).toBe(1);
    expect(seen.at(-1)).toMatchObject({ canManageChannel: true });
    // Its buttons know the request (its suggestions are asked by them); the layout offers no re-run of it (tests/core/layout.test.ts).
    expect(sub.view.request).toEqual({ command: 'daily', args: 'subscribe' });
    await i.ask({ command: 'feedback', args: '', platform: 'slack', canManage, isAdmin: () => true });
    expect(seen.at(-1)).toMatchObject({ isAdmin: true });
    expect((await i.click({ platform: 'slack', action: 'page', request: { command: 'onthisday', args: 'unsubscribe' }, userId: 'U1', canManage })).kind).toBe(
      'expired',
    );
    expect((await i.click({ platform: 'slack', action: 'why', request: undefined, userId: 'U1', canManage })).kind).toBe('expired');
    // A button this version cannot read says so, and what to type instead: its request when legible and short, else help.
    const older = async (retype?: { command: string; args: string }) => {
      const clicked = await i.click({ platform: 'slack', action: 'page', request: undefined, retype, userId: 'U1', canManage });
      return clicked.kind === 'expired' ? { text: clicked.answer.text, try: clicked.answer.suggestions } : undefined;
    };
    expect(await older({ command: 'who', args: 'Han Zheng' })).toEqual({ text: expect.stringMatching(/older version of VisitBot/), try: ['/who Han Zheng'] });
    expect((await older({ command: 'timeline', args: '' }))?.try).toEqual(['/timeline']);
    expect((await older({ command: 'ask', args: 'x'.repeat(300) }))?.try).toEqual(['/help']);
    expect((await older({ command: 'daily', args: 'subscribe' }))?.try).toEqual(['/help']);
    expect((await older())?.try).toEqual(['/help']);
  });

  it('GIVEN public replies THEN answers are public, but usage and admin answers stay private', async () => {
    const { i } = world(true);
    expect((await i.ask({ command: 'who', args: 'x', platform: 'discord', canManage: no })).private).toBe(false);
    expect((await i.ask({ command: 'nope', args: '', platform: 'discord', canManage: no })).private).toBe(true);
    expect((await i.ask({ command: 'feedback', args: '', platform: 'discord', canManage: no, isAdmin: () => true })).private).toBe(true);
  });

  it('GIVEN a page, a share or a suggestion clicked THEN the core says where the answer goes', async () => {
    const click = { platform: 'discord' as const, userId: 'U1', canManage: no };
    const who = { command: 'who', args: 'Han' };
    const { i } = world();
    // A page replaces the message clicked and keeps its privacy; a page that is now an error goes privately, as a new message.
    expect(await i.click({ ...click, action: 'page', request: who, page: 2, private: true })).toMatchObject({ page: 2, replace: true, private: true });
    expect(await i.click({ ...click, action: 'page', request: who, page: 1, private: false })).toMatchObject({ page: 1, replace: true, private: false });
    expect(await i.click({ ...click, action: 'page', request: { command: 'nope', args: '' }, page: 1 })).toMatchObject({ replace: false, private: true });
    // Shared: a new public message, at the page shown.
    expect(await i.click({ ...click, action: 'share', request: who, page: 1, private: true })).toMatchObject({
      page: 1,
      replace: false,
      private: false,
      shared: true,
    });
    // A share that became an error stays private: nothing is shared; a page is never a share.
    expect(await i.click({ ...click, action: 'share', request: { command: 'nope', args: '' }, private: true })).toMatchObject({ private: true, shared: false });
    expect(await i.click({ ...click, action: 'page', request: who, page: 1, private: false })).toMatchObject({ shared: false });
    // A suggestion asks afresh, from the first page: privately unless replies are public.
    expect(await i.click({ ...click, action: 'ask', request: who, page: 3 })).toMatchObject({ page: 0, replace: false, private: true });
    expect(await world(true).i.click({ ...click, action: 'ask', request: who })).toMatchObject({ replace: false, private: false });
  });

  it('GIVEN a vote down THEN it asks what was wrong once, and the reason is stored with the vote', async () => {
    const { i, store } = world();
    const click = { platform: 'slack' as const, request: { command: 'who', args: 'Li Yong' }, userId: 'U7', channelId: 'C1', answerRef: 'A9', canManage: no };
    const down = await i.click({ ...click, action: 'down' });
    expect(down).toMatchObject({ kind: 'vote', vote: -1, askReason: true });
    expect(await i.click({ ...click, action: 'down' })).toMatchObject({ kind: 'vote', askReason: false, text: expect.stringMatching(/already voted/) });
    // The form's reason changes no settings: the adapter gives no capability for it.
    const { canManage: _, ...form } = click;
    expect(await i.reason({ ...form, reason: 'wrong person' })).toMatch(/stored with your 👎/);
    expect((await store.downVoted(5))[0]!.reasons).toEqual(['wrong person']);
    expect(await i.click({ ...click, action: 'up' })).toMatchObject({ kind: 'vote', askReason: false });
  });

  it('GIVEN suggestions THEN they become requests to ask, never a settings change', () => {
    const answer: Answer = {
      answered: false,
      kind: 'refusal',
      title: '',
      text: '',
      citations: [],
      items: [],
      suggestions: ['`/who Han Zheng`', '/daily status', 'who met Breed?', '/timeline'],
    };
    expect(suggestedRequests(answer)).toEqual([
      { label: '/who Han Zheng', request: { command: 'who', args: 'Han Zheng' } },
      { label: 'who met Breed?', request: { command: 'ask', args: 'who met Breed?' } },
      { label: '/timeline', request: { command: 'timeline', args: '' } },
    ]);
  });
});
