import { PostError } from '../../core/post-error.ts';

// discord.js's errors as a PostError: a RateLimitError (rest.rejectOnRateLimit) or a 429, a JSON error
// code that means the channel is gone or closed to the bot, or transient trouble.

// Unknown Channel, Unknown Guild, Missing Access, Missing Permissions, Cannot send messages in a
// non-text channel, Cannot send messages to this user.
const CHANNEL_CODES = new Set([10003, 10004, 50001, 50013, 50008, 50007]);

export function toPostError(err: unknown): PostError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    name?: unknown;
    message?: unknown;
    code?: unknown;
    status?: unknown;
    retryAfter?: unknown;
  };
  const reason = typeof e.message === 'string' && e.message ? e.message : String(err);
  // RateLimitError gives milliseconds.
  if (e.name === 'RateLimitError' || e.status === 429)
    return new PostError('rate-limited', reason, { retryAfterMs: typeof e.retryAfter === 'number' ? e.retryAfter : undefined, cause: err });
  if ((typeof e.code === 'number' && CHANNEL_CODES.has(e.code)) || e.status === 403 || e.status === 404)
    return new PostError('channel', reason, { cause: err });
  return new PostError('transient', reason, { cause: err });
}
