import { describe, expect, it } from 'vitest';
import type { Vote } from '../../src/store/types.ts';
import { backends, storeFixture } from './backends.ts';

// Thread questions (follow-ups) and votes (feedback), the same on both stores.

describe.each(backends)('conversations and feedback on $name', (backend) => {
  const store = storeFixture(backend);

  const thread = { platform: 'discord' as const, channelId: 'T1', threadId: 'T1' };

  it("GIVEN questions asked in threads THEN each thread gives back its own, oldest first, never another thread's or channel's, until they expire", async () => {
    const [a, b] = await Promise.all([store(), store()]);
    await a.addTurn(thread, '/who Li Yong', 'A1', 1000, 500);
    await b.addTurn(thread, 'what did he say about cooperation?', 'A2', 1100, 500);
    await a.addTurn({ ...thread, threadId: 'T2' }, 'who is Han Zheng?', 'A3', 1100, 500);
    await a.addTurn({ ...thread, channelId: 'C9' }, 'who is Gong Zheng?', 'A4', 1100, 500);
    await a.addTurn({ ...thread, platform: 'slack' }, 'who is Gong Zheng?', 'A5', 1100, 500);
    expect(await b.turns(thread, 1200, 10)).toEqual(['/who Li Yong', 'what did he say about cooperation?']);
    expect(await b.turns(thread, 1200, 1)).toEqual(['what did he say about cooperation?']);
    // A button on the second answer reads the questions asked before it only.
    expect(await a.turns(thread, 1200, 10, 'A2')).toEqual(['/who Li Yong']);
    expect(await a.turns(thread, 1200, 10, 'A1')).toEqual([]);
    expect(await a.turns(thread, 1200, 10, 'unknown')).toEqual([]);
    expect(await a.threadOfAnswer('discord', 'T1', 'A2', 1200)).toBe('T1');
    expect(await a.threadOfAnswer('discord', 'C9', 'A2', 1200)).toBeUndefined();
    expect(await a.threadOfAnswer('slack', 'T1', 'A2', 1200)).toBeUndefined();
    // The first question expires at 1500, the second at 1600.
    expect(await a.turns(thread, 1500, 10)).toEqual(['what did he say about cooperation?']);
    expect(await a.prune('2024-01-01', 1550)).toBe(1);
    expect(await a.prune('2024-01-01', 1600)).toBe(4);
    expect(await a.turns(thread, 1000, 10)).toEqual([]);
  });

  it('GIVEN votes THEN one vote per user per answer is kept (a second replaces the first) and the down-voted answers are reported with their questions', async () => {
    const [a, b] = await Promise.all([store(), store()]);
    const vote = (over: Partial<Vote>): Vote => ({
      answerKey: 'k1',
      userHash: 'u1',
      platform: 'discord',
      vote: -1,
      question: 'what did he say about cooperation?',
      context: ['/who Li Yong'],
      answerText: 'Li Yong said…',
      now: 10,
      ...over,
    });
    expect(await a.vote(vote({}))).toBe('recorded');
    expect(await b.vote(vote({ now: 11 }))).toBe('unchanged');
    expect(await b.vote(vote({ vote: 1, now: 12 }))).toBe('replaced');
    expect(await a.vote(vote({ vote: -1, now: 13 }))).toBe('replaced');
    expect(await a.vote(vote({ userHash: 'u2', platform: 'slack', now: 14 }))).toBe('recorded');
    expect(await a.vote(vote({ userHash: 'u3', vote: 1, now: 15 }))).toBe('recorded');
    expect(await a.vote(vote({ answerKey: 'k2', question: '/who Han Zheng', context: [], answerText: 'Vice President', vote: 1, now: 16 }))).toBe('recorded');
    expect(await a.vote(vote({ answerKey: 'k3', question: '/when Shanghai', context: [], answerText: 'April 14', now: 17 }))).toBe('recorded');
    const report = await b.downVoted(10);
    expect(report).toEqual([
      {
        answerKey: 'k1',
        platforms: ['discord', 'slack'],
        question: 'what did he say about cooperation?',
        context: ['/who Li Yong'],
        answerText: 'Li Yong said…',
        down: 2,
        up: 1,
        lastAt: 15,
        reasons: [],
      },
      { answerKey: 'k3', platforms: ['discord'], question: '/when Shanghai', context: [], answerText: 'April 14', down: 1, up: 0, lastAt: 17, reasons: [] },
    ]);
    expect(await b.downVoted(1)).toHaveLength(1);

    // What was wrong goes with a vote down only, and a vote up takes it back.
    expect(await a.reason('k1', 'u1', 'quotes the wrong person', 20)).toBe(true);
    expect(await b.reason('k1', 'u3', 'a vote up has no reason', 21)).toBe(false);
    expect(await b.reason('k9', 'u1', 'no such vote', 22)).toBe(false);
    expect((await b.downVoted(10))[0]).toMatchObject({ answerKey: 'k1', reasons: ['quotes the wrong person'], lastAt: 20 });
    expect(await a.vote(vote({ vote: 1, now: 23 }))).toBe('replaced');
    expect(await a.vote(vote({ vote: -1, now: 24 }))).toBe('replaced');
    expect((await b.downVoted(10))[0]).toMatchObject({ answerKey: 'k1', reasons: [] });
  });

  it('GIVEN several processes THEN they share one salt, made once', async () => {
    const [a, b] = await Promise.all([store(), store()]);
    const [x, y] = await Promise.all([a.salt(), b.salt()]);
    expect(x).toMatch(/^[0-9a-f]{64}$/);
    expect(y).toBe(x);
    expect(await a.salt()).toBe(x);
  });
});
