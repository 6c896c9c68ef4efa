import { describe, expect, it } from 'vitest';
import { MAX_TURNS, memoryConversations } from '../../src/conversation/conversations.ts';

// GIVEN the in-process conversations (no store), WHEN many threads and many turns are remembered,
// THEN memory stays bounded: the least recently used threads go first, and a thread keeps its latest turns.

const thread = (i: number) => ({ platform: 'slack' as const, channelId: `C${i}`, threadId: `T${i}` });

describe('memory conversations', () => {
  it('keeps at most maxThreads threads, letting the least recently used go', async () => {
    const c = memoryConversations({ maxThreads: 3 });
    for (let i = 0; i < 3; i++) await c.remember(thread(i), `q${i}`, `a${i}`);
    // Thread 0 is used again, so thread 1 is the least recently used when a fourth arrives.
    expect(await c.context(thread(0))).toEqual(['q0']);
    await c.remember(thread(3), 'q3', 'a3');
    expect(await c.context(thread(1))).toEqual([]);
    expect(await c.context(thread(0))).toEqual(['q0']);
    expect(await c.threadOfAnswer('slack', 'C3', 'a3')).toBe('T3');
    expect(await c.threadOfAnswer('slack', 'C1', 'a1')).toBeUndefined();
  });

  it('keeps a busy thread to its latest turns, and still gives the context of a recent answer', async () => {
    const c = memoryConversations();
    for (let i = 0; i < 200; i++) await c.remember(thread(1), `q${i}`, `a${i}`);
    expect(await c.context(thread(1))).toEqual(Array.from({ length: MAX_TURNS }, (_, i) => `q${190 + i}`));
    expect(await c.contextOfAnswer('slack', 'C1', 'a195')).toEqual(Array.from({ length: MAX_TURNS }, (_, i) => `q${185 + i}`));
    // An answer from long ago in the thread is no longer found.
    expect(await c.threadOfAnswer('slack', 'C1', 'a0')).toBeUndefined();
  });
});
