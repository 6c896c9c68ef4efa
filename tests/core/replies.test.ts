import { describe, expect, it } from 'vitest';
import { memoryConversations } from '../../src/conversation/conversations.ts';
import type { Feedback } from '../../src/conversation/feedback.ts';
import { REASON_FORM } from '../../src/core/forms.ts';
import { createInteractions } from '../../src/core/interactions.ts';
import { createReplies, type ReplyIO } from '../../src/core/replies.ts';
import type { Answer, BotRequest, View } from '../../src/core/types.ts';
import { capturedLogs } from '../../test-support/fakes/chat.ts';

// A click answered the same way on every platform, with a recording reply: what is shown, how, and
// what is opened or removed.

const answerTo = async (r: BotRequest): Promise<Answer> => ({
  answered: r.command !== 'nope',
  kind: r.command === 'nope' ? 'usage' : 'answer',
  title: r.command,
  text: `${r.command}: ${r.args}`,
  citations: [],
  items: [],
  suggestions: [],
});

function world(feedback?: Feedback) {
  const { logger, logs } = capturedLogs();
  const replies = createReplies({ interactions: createInteractions({ handle: answerTo, conversations: memoryConversations(), feedback }), logger });
  const done: Array<[string, unknown, unknown?]> = [];
  const io: Required<ReplyIO> = {
    show: async (view: View, how) => void done.push(['show', view, how]),
    openForm: async (form, request, receipt) => void done.push(['form', { title: form.title, request, receipt }]),
    removeClicked: async () => void done.push(['remove', undefined]),
  };
  return { replies, io, done, logs };
}

const click = { platform: 'slack' as const, userId: 'U1', channelId: 'C1', answerRef: 'A1', canManage: () => false };
const who = { command: 'who', args: 'Han Zheng' };

describe('createReplies', () => {
  it('GIVEN a button this version cannot read THEN it is logged with its id, and the clicker alone is told to type the command', async () => {
    const w = world();
    await w.replies.click({ ...click, action: 'why', id: 'visit_why {"c":"who","a":' }, w.io);
    expect(w.done).toEqual([['show', expect.objectContaining({ kind: 'answer', page: 0, private: true }), { private: true }]]);
    expect((w.done[0]![1] as { request?: unknown }).request).toBeUndefined();
    expect(w.logs).toContainEqual(expect.objectContaining({ msg: 'a button this version cannot read', platform: 'slack', id: 'visit_why {"c":"who","a":' }));
  });

  it('GIVEN "why" THEN its view, privately; a page replaces the message clicked, keeping its privacy', async () => {
    const w = world();
    await w.replies.click({ ...click, action: 'why', request: who }, w.io);
    await w.replies.click({ ...click, action: 'page', request: who, page: 1, private: true }, w.io);
    expect(w.done.map(([what, view, how]) => [what, (view as View).kind, how])).toEqual([
      ['show', 'why', { private: true }],
      ['show', 'answer', { private: true, replace: true }],
    ]);
    expect(w.done[1]![1]).toMatchObject({ page: 1, request: who, private: true });
  });

  it('GIVEN a share THEN the answer goes to the channel saying who shared it, and the private copy clicked is removed', async () => {
    const w = world();
    await w.replies.click({ ...click, action: 'share', request: who, page: 0, private: true }, w.io);
    expect(w.done).toEqual([
      ['show', expect.objectContaining({ kind: 'answer', private: false, sharedBy: 'U1', request: who }), { private: false, replace: false }],
      ['remove', undefined],
    ]);
  });

  it('GIVEN a vote without a store THEN the receipt, privately; a fresh vote down opens "what was wrong?" where the platform can', async () => {
    const w = world();
    await w.replies.click({ ...click, action: 'down', request: who }, w.io);
    expect(w.done).toEqual([['show', { kind: 'text', text: expect.stringMatching(/cannot be recorded/) }, { private: true }]]);
    const votes: Feedback = { vote: async () => 'recorded', reason: async () => 'recorded' };
    const stored = world(votes);
    await stored.replies.click({ ...click, action: 'down', request: who }, stored.io);
    expect(stored.done).toEqual([['form', { title: REASON_FORM.title, request: who, receipt: expect.stringMatching(/recorded/) }]]);
    // A platform that cannot open a form says the receipt.
    const { openForm: _, ...noForms } = stored.io;
    await stored.replies.click({ ...click, action: 'down', request: who }, noForms);
    expect(stored.done.at(-1)).toEqual(['show', { kind: 'text', text: expect.stringMatching(/recorded/) }, { private: true }]);
  });
});
