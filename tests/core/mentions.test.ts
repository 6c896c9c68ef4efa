import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { memoryConversations } from '../../src/conversation/conversations.ts';
import { createInteractions, type Asked } from '../../src/core/interactions.ts';
import { createMentions, WORKING_AFTER_MS, type Mention } from '../../src/core/mentions.ts';
import type { Answer, BotRequest } from '../../src/core/types.ts';
import { memoryClaims } from '../../src/store/claims.ts';
import { capturedLogs } from '../../test-support/fakes/chat.ts';

// The mention flow every platform shares, with a recording handle and delivery: a delivery answered
// once, the per-user cooldown, the "working" sign on slow answers only, and the thread remembered.

function world(cooldownMs: number, delayMs = 0) {
  const seen: BotRequest[] = [];
  const handle = async (r: BotRequest): Promise<Answer> => {
    seen.push(r);
    if (delayMs) await new Promise((res) => setTimeout(res, delayMs));
    return {
      answered: true,
      kind: 'answer',
      title: '',
      text: `${r.command}: ${r.args} after ${(r.context ?? []).join('|')}`,
      citations: [],
      items: [],
      suggestions: [],
    };
  };
  const interactions = createInteractions({ handle, conversations: memoryConversations() });
  const mentions = createMentions({ interactions, claims: memoryClaims(), logger: pino({ level: 'silent' }), cooldownMs });
  const events: string[] = [];
  const sent: string[] = [];
  const io = {
    working: async () => (events.push('working'), async () => void events.push('done')),
    send: async (asked: { answer: Answer }) => (sent.push(asked.answer.text), events.push('sent'), { answerRef: `A${sent.length}` }),
  };
  const mention = (id: string, args: string, extra: Partial<Mention> = {}): Mention => ({
    command: 'ask',
    args,
    platform: 'discord',
    userId: extra.userId ?? 'U1',
    channelId: 'C1',
    messageId: id,
    delivery: `discord-message:${id}`,
    canManage: () => false,
    ...extra,
  });
  return { mentions, io, mention, seen, sent, events };
}

describe('createMentions', () => {
  it('GIVEN the same delivery twice THEN it is answered once', async () => {
    const w = world(0);
    await w.mentions(w.mention('m1', 'who met Breed?'), w.io);
    await w.mentions(w.mention('m1', 'who met Breed?'), w.io);
    expect(w.sent).toHaveLength(1);
  });

  it('GIVEN a cooldown THEN a second mention of the same user inside it is dropped, another user is answered', async () => {
    const w = world(60_000);
    await w.mentions(w.mention('m1', 'first'), w.io);
    await w.mentions(w.mention('m2', 'second'), w.io);
    await w.mentions(w.mention('m3', 'third', { userId: 'U2' }), w.io);
    expect(w.seen.map((r) => r.args)).toEqual(['first', 'third']);
  });

  it('GIVEN a reply in the thread of an answer THEN it is read with the earlier question', async () => {
    const w = world(0);
    await w.mentions(w.mention('m1', 'who met Breed?'), w.io);
    await w.mentions(w.mention('m2', 'and when?', { continues: { answerRef: 'A1' } }), w.io);
    expect(w.sent[1]).toBe('ask: and when? after who met Breed?');
  });

  it('GIVEN a slow answer THEN the working sign goes up, and comes down after the answer is sent; a fast one shows none', async () => {
    const slow = world(0, WORKING_AFTER_MS + 150);
    await slow.mentions(slow.mention('m1', 'slow'), slow.io);
    expect(slow.events).toEqual(['working', 'sent', 'done']);
    const fast = world(0);
    await fast.mentions(fast.mention('m1', 'fast'), fast.io);
    expect(fast.events).toEqual(['sent']);
  });

  it('GIVEN a mention that fails THEN it is logged and the asker is told, as a whisper (privately where the platform can)', async () => {
    const { logger, logs } = capturedLogs();
    let failed = 0;
    const interactions = createInteractions({
      handle: async () => {
        throw new Error('kaboom');
      },
    });
    const mentions = createMentions({ interactions, claims: memoryClaims(), logger, cooldownMs: 0, onError: () => void (failed += 1) });
    const sent: Array<{ text: string; whisper: boolean; request?: unknown }> = [];
    const io = { send: async (a: Asked) => (sent.push({ text: a.answer.title, whisper: a.whisper, request: a.view.request }), {}) };
    await mentions({ command: 'ask', args: 'boom', platform: 'slack', userId: 'U1', channelId: 'C1', canManage: () => false }, io);
    expect(sent).toEqual([{ text: 'Something went wrong', whisper: true, request: undefined }]);
    expect(failed).toBe(1);
    expect(logs).toContainEqual(
      expect.objectContaining({ msg: 'mention failed', platform: 'slack', args: 'boom', err: expect.objectContaining({ message: 'kaboom' }) }),
    );
  });

  it('GIVEN where a question was asked THEN a new thread only for a question in a channel that continues no known conversation', async () => {
    const w = world(0);
    const where: Array<[string, boolean]> = [];
    const io = { send: async (a: Asked, to: { newThread: boolean }) => (where.push([a.request.args, to.newThread]), { answerRef: `A-${a.request.args}` }) };
    await w.mentions(w.mention('m1', 'top'), io);
    await w.mentions(w.mention('m2', 'in a thread', { continues: { threadId: 'T1' } }), io);
    await w.mentions(w.mention('m3', 'reply to an answer', { continues: { answerRef: 'A-top' } }), io);
    await w.mentions(w.mention('m4', 'reply to something else', { continues: { answerRef: 'X' } }), io);
    await w.mentions(w.mention('m5', 'direct', { direct: true }), io);
    // Adding an article is whispered (its preview is the adder's alone), where the platform can, in the question's thread; the recording handle answers in its place.
    const adder = async (): Promise<Answer> => Promise.reject(new Error('not asked: the handle answers'));
    await w.mentions(w.mention('m6', 'a preview', { addArticle: adder, command: 'sources', args: 'add https://example.org/a' }), io);
    expect(where).toEqual([
      ['top', true],
      ['in a thread', false],
      ['reply to an answer', false],
      ['reply to something else', true],
      ['direct', false],
      ['add https://example.org/a', true],
    ]);
  });
});
