import { describe, expect, it } from 'vitest';
import { withDeferral } from '../../src/core/in-flight.ts';

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
