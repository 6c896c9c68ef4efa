import { describe, expect, it } from 'vitest';
import { settleWithin, withDeferral } from '../../src/core/in-flight.ts';

// An answer slower than the platform waits for is acknowledged first; a quick one is not.

const resolveIn = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('withDeferral', () => {
  it('GIVEN a quick answer THEN nothing is deferred', async () => {
    const order: string[] = [];
    expect(await withDeferral(resolveIn(5, 'answer'), 200, async () => void order.push('deferred'))).toBe('answer');
    expect(order).toEqual([]);
  });

  it('GIVEN a slow answer THEN it is deferred first, then the answer comes', async () => {
    const order: string[] = [];
    const answer = resolveIn(80, 'answer').then((a) => (order.push('answered'), a));
    expect(await withDeferral(answer, 20, async () => void order.push('deferred'))).toBe('answer');
    expect(order).toEqual(['deferred', 'answered']);
  });

  it('GIVEN a failing answer THEN the failure is the caller’s, deferred or not', async () => {
    await expect(withDeferral(Promise.reject(new Error('quick')), 200, async () => undefined)).rejects.toThrow('quick');
    const late = resolveIn(40, 0).then(() => Promise.reject(new Error('late')));
    await expect(withDeferral(late, 10, async () => undefined)).rejects.toThrow('late');
  });
});

describe('settleWithin', () => {
  it('GIVEN work that settles in time THEN it returns then, a failure included', async () => {
    const started = Date.now();
    await settleWithin(resolveIn(10, 'closed'), 1000);
    await settleWithin(Promise.reject(new Error('close failed')), 1000);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('GIVEN work that hangs THEN it returns after the time given', async () => {
    const started = Date.now();
    await settleWithin(new Promise(() => {}), 30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});
