import { DEFAULT_RETRY_AFTER_MS, PostError } from '../core/post-error.ts';

// What a failed adapter.post() means for the delivery. The adapters translate their platform's errors
// into a PostError (src/core/post-error.ts); anything else is transient trouble.

export type PostFailure =
  | { kind: 'rate-limited'; retryAfterMs: number; reason: string }
  | { kind: 'channel'; reason: string }
  | { kind: 'transient'; reason: string };

export function classifyPostError(err: unknown): PostFailure {
  if (err instanceof PostError) {
    if (err.kind === 'rate-limited') return { kind: 'rate-limited', retryAfterMs: err.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS, reason: 'rate limited (429)' };
    return { kind: err.kind, reason: err.message };
  }
  return { kind: 'transient', reason: (err instanceof Error && err.message ? err.message : String(err)).slice(0, 200) };
}

/** Delay before the next try after `attempts` failed ones: 1, 4, 16 minutes, then hourly. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 4 ** Math.max(0, attempts - 1), 3_600_000);
}
