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

/** What an adapter reads from its platform's error; an HTTP status means the same on every platform. */
export interface ErrorReading {
  /** Better words than the error's message (Slack's error string). */
  reason?: string;
  status?: unknown;
  /** The platform says so in its own terms (an error's name, code or string the adapter knows). */
  rateLimited?: boolean;
  retryAfterMs?: number;
  /** A platform code or error string that means the channel is gone or closed to the bot. */
  channelClosed?: boolean;
}

/** A failed post as a PostError: rate limited (or 429), the channel (or 403, 404), or transient. */
export function postErrorFrom(err: unknown, r: ErrorReading): PostError {
  const message = (err as { message?: unknown } | null)?.message;
  const reason = r.reason ?? (typeof message === 'string' && message ? message : String(err));
  if (r.rateLimited || r.status === 429) return new PostError('rate-limited', reason, { retryAfterMs: r.retryAfterMs, cause: err });
  if (r.channelClosed || r.status === 403 || r.status === 404) return new PostError('channel', reason, { cause: err });
  return new PostError('transient', reason, { cause: err });
}
