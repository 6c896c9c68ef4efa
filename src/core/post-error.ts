// What a failed post means, said by the adapter that knows its platform's errors. Everything below the
// adapters (the daily posts, the metrics) reads only this.
//
// - rate-limited: try again after `retryAfterMs`; never counts against the channel.
// - channel: the channel is gone or the bot may not post there; a few in a row pause the subscription.
// - transient: anything else (network, 5xx, a bad token); retried with backoff, at most a few times a day.

export type PostErrorKind = 'rate-limited' | 'channel' | 'transient';

/** Used when a platform says "rate limited" without saying for how long. */
export const DEFAULT_RETRY_AFTER_MS = 60_000;

export class PostError extends Error {
  override name = 'PostError';
  readonly kind: PostErrorKind;
  /** Rate-limited only: how long to wait, within 1 s and an hour. */
  readonly retryAfterMs?: number;

  constructor(kind: PostErrorKind, reason: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(reason.slice(0, 200), { cause: options.cause });
    this.kind = kind;
    if (kind === 'rate-limited') {
      const ms = options.retryAfterMs;
      this.retryAfterMs = ms !== undefined && ms > 0 ? Math.min(Math.max(ms, 1000), 3_600_000) : DEFAULT_RETRY_AFTER_MS;
    }
  }
}
