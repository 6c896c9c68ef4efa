import { describe, expect, it } from 'vitest';
import { createLifecycle } from '../../src/core/lifecycle.ts';
import { PostError } from '../../src/core/post-error.ts';

// An adapter's start and stop, once for every platform: the order of things, with a plain object for
// the connection (the adapters' own tests run it against the fake Discord and Slack).

const life = (drainMs = 200) =>
  createLifecycle<{ id: number; closed?: boolean }>({
    name: 'The Test adapter',
    toPostError: (err) => new PostError('channel', `mapped: ${(err as Error).message}`, { cause: err }),
    drainMs,
  });

describe('adapter lifecycle', () => {
  it('GIVEN no start THEN a post is refused and stop does nothing; a second start is refused', async () => {
    const l = life();
    await expect(l.post(async () => undefined)).rejects.toThrow('The Test adapter is not started.');
    await l.stop(async () => expect.unreachable());
    await l.start(async () => ({ id: 1 }));
    await expect(l.start(async () => ({ id: 2 }))).rejects.toThrow('already started');
    expect(l.connection().id).toBe(1);
  });

  it('GIVEN a failed open THEN nothing is held and a new start may follow', async () => {
    const l = life();
    await expect(l.start(async () => Promise.reject(new Error('bad token')))).rejects.toThrow('bad token');
    expect(l.current()).toBeUndefined();
    await l.start(async () => ({ id: 3 }));
    expect(l.current()?.id).toBe(3);
  });

  it('GIVEN a failed post THEN it is thrown as the adapter reads it (a PostError)', async () => {
    const l = life();
    await l.start(async () => ({ id: 1 }));
    const err = await l.post(async () => Promise.reject(new Error('50001'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PostError);
    expect(err).toMatchObject({ kind: 'channel', message: 'mapped: 50001' });
  });

  it('GIVEN work in flight THEN stop lets it finish before closing, but not longer than the drain time', async () => {
    const l = life(150);
    await l.start(async () => ({ id: 1 }));
    const order: string[] = [];
    void l.track(new Promise((r) => setTimeout(r, 30)).then(() => order.push('answer sent')));
    await l.stop(async (c) => void order.push(`closed ${c.id}`));
    expect(order).toEqual(['answer sent', 'closed 1']);
    expect(l.current()).toBeUndefined();

    await l.start(async () => ({ id: 2 }));
    void l.track(new Promise(() => undefined)); // never settles
    const started = Date.now();
    await l.stop(async () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('GIVEN a stop during a start THEN it waits for the start and closes what it opened', async () => {
    const l = life();
    let open!: (c: { id: number }) => void;
    const starting = l.start(() => new Promise((r) => (open = r)));
    const closed: number[] = [];
    const stopping = l.stop(async (c) => void closed.push(c.id));
    open({ id: 7 });
    await starting;
    await stopping;
    expect(closed).toEqual([7]);
    expect(l.current()).toBeUndefined();
  });
});
