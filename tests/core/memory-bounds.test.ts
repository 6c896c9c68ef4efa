import { describe, expect, it } from 'vitest';
import { memoryConversations } from '../../src/conversation/conversations.ts';
import { memoryClaims } from '../../src/store/claims.ts';

// Every per-user, per-thread or per-event map kept in memory has a bound and an eviction policy
// (least recently used first), so a long-running bot's memory does not grow with its traffic.

describe('in-memory chat maps', () => {
  it('GIVEN more claims than the bound THEN the least recently claimed go first, and a live claim still holds', async () => {
    let now = 0;
    const claims = memoryClaims({ max: 100, now: () => now });
    for (let i = 0; i < 1000; i++) expect(await claims.first(`event:${i}`, 60_000)).toBe(true);
    expect(claims.size).toBe(100);
    expect(await claims.first('event:999', 60_000)).toBe(false); // recent: still held
    expect(await claims.first('event:0', 60_000)).toBe(true); // evicted long ago: taken afresh
    now = 60_001;
    expect(await claims.first('event:999', 60_000)).toBe(true); // expired
  });

  it('GIVEN more threads than the bound THEN the least recently used thread is forgotten, a recent one is kept', async () => {
    const c = memoryConversations({ maxThreads: 100 });
    const thread = (i: number) => ({ platform: 'slack' as const, channelId: 'C1', threadId: `t${i}` });
    await c.remember(thread(0), 'who is Li Yong?', 'a0');
    for (let i = 1; i <= 500; i++) {
      await c.remember(thread(i), `question ${i}`, `a${i}`);
      if (i % 50 === 0) expect(await c.context(thread(0))).toEqual(['who is Li Yong?']); // used, so kept
    }
    expect(await c.context(thread(1))).toEqual([]);
    expect(await c.threadOfAnswer('slack', 'C1', 'a1')).toBeUndefined();
    expect(await c.context(thread(500))).toEqual(['question 500']);
    expect(await c.threadOfAnswer('slack', 'C1', 'a500')).toBe('t500');
  });
});
