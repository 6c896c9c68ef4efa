import { postErrorFrom, type PostError } from '../../core/post-error.ts';

// @slack/web-api's errors as a PostError: rate limited (after the client's own retries), an error
// string that means the channel is gone or closed to the bot, or transient trouble.

const CHANNEL_ERRORS = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'channel_is_archived',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'cannot_post_in_channel',
  'missing_scope',
  'team_access_not_granted',
]);

export function toPostError(err: unknown): PostError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as { code?: unknown; statusCode?: unknown; retryAfter?: unknown; data?: { error?: unknown } };
  const error = typeof e.data?.error === 'string' ? e.data.error : undefined;
  return postErrorFrom(err, {
    reason: error,
    status: e.statusCode,
    rateLimited: e.code === 'slack_webapi_rate_limited_error' || error === 'ratelimited',
    // WebAPIRateLimitedError gives seconds.
    retryAfterMs: typeof e.retryAfter === 'number' ? e.retryAfter * 1000 : undefined,
    channelClosed: error !== undefined && CHANNEL_ERRORS.has(error),
  });
}
