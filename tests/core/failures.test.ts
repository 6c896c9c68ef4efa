import { describe, expect, it } from 'vitest';
import { answerFailure } from '../../src/core/failures.ts';
import type { Answer } from '../../src/core/types.ts';
import { capturedLogs } from '../../test-support/fakes/chat.ts';

// A request the bot failed to answer, as every platform handles it: counted, logged with what was
// asked, the user told "something went wrong"; a failure to tell is logged, never thrown.

describe('answerFailure', () => {
  it('GIVEN a failure THEN it is counted, logged with what was asked, and the user told', async () => {
    const { logger, logs } = capturedLogs();
    let counted = 0;
    const told: Answer[] = [];
    await answerFailure({ logger, onError: () => void (counted += 1) }, new Error('kaboom'), 'listener failed', { command: 'who' }, async (a) => told.push(a));
    expect(counted).toBe(1);
    expect(logs).toContainEqual(expect.objectContaining({ msg: 'listener failed', command: 'who', err: expect.objectContaining({ message: 'kaboom' }) }));
    expect(told.map((a) => [a.kind, a.title])).toEqual([['error', 'Something went wrong']]);
  });

  it('GIVEN telling the user fails too THEN that is logged, and nothing is thrown', async () => {
    const { logger, logs } = capturedLogs();
    const tell = async () => {
      throw new Error('gone');
    };
    await expect(answerFailure({ logger }, new Error('kaboom'), 'listener failed', {}, tell)).resolves.toBeUndefined();
    expect(logs).toContainEqual(
      expect.objectContaining({ msg: 'could not tell the user that something went wrong', err: expect.objectContaining({ message: 'gone' }) }),
    );
  });
});
