import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_AFTER_MS, postErrorFrom } from '../../src/core/post-error.ts';

// What a failed post means, read once for every platform from what the adapter found in its error.

const read = (e: { kind: string; retryAfterMs?: number; message: string }) => ({ kind: e.kind, retryAfterMs: e.retryAfterMs, reason: e.message });

describe('postErrorFrom', () => {
  it('GIVEN a platform’s own rate limit or an HTTP 429 THEN rate-limited, the wait bounded (a minute when not said)', () => {
    expect(read(postErrorFrom(new Error('slow down'), { rateLimited: true, retryAfterMs: 5000 }))).toEqual({
      kind: 'rate-limited',
      retryAfterMs: 5000,
      reason: 'slow down',
    });
    expect(read(postErrorFrom({}, { status: 429 }))).toMatchObject({ kind: 'rate-limited', retryAfterMs: DEFAULT_RETRY_AFTER_MS, reason: '[object Object]' });
    expect(postErrorFrom('x', { rateLimited: true, retryAfterMs: 10 }).retryAfterMs).toBe(1000);
  });

  it('GIVEN a closed channel in the platform’s terms, or a 403 or 404 THEN channel; the platform’s words win over the message', () => {
    expect(read(postErrorFrom(new Error('An API error occurred'), { reason: 'is_archived', channelClosed: true }))).toEqual({
      kind: 'channel',
      retryAfterMs: undefined,
      reason: 'is_archived',
    });
    for (const status of [403, 404]) expect(postErrorFrom(new Error('no'), { status }).kind).toBe('channel');
  });

  it('GIVEN anything else THEN transient, with the message or the value as the reason', () => {
    expect(read(postErrorFrom(new Error('socket hang up'), { status: 503 }))).toEqual({ kind: 'transient', retryAfterMs: undefined, reason: 'socket hang up' });
    expect(postErrorFrom(null, {}).message).toBe('null');
  });
});
