import { postErrorFrom, type PostError } from '../../core/post-error.ts';

// discord.js's errors as a PostError: a RateLimitError (rest.rejectOnRateLimit) or a 429, a JSON error
// code that means the channel is gone or closed to the bot, or transient trouble.

// Unknown Channel, Unknown Guild, Missing Access, Missing Permissions, Cannot send messages in a
// non-text channel, Cannot send messages to this user.
const CHANNEL_CODES = new Set([10003, 10004, 50001, 50013, 50008, 50007]);

export function toPostError(err: unknown): PostError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { name?: unknown; code?: unknown; status?: unknown; retryAfter?: unknown };
  return postErrorFrom(err, {
    status: e.status,
    rateLimited: e.name === 'RateLimitError',
    // RateLimitError gives milliseconds.
    retryAfterMs: typeof e.retryAfter === 'number' ? e.retryAfter : undefined,
    channelClosed: typeof e.code === 'number' && CHANNEL_CODES.has(e.code),
  });
}
