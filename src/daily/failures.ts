// What a failed adapter.post() means for the delivery. The adapters pass transport errors through
// unchanged, so this reads the shapes discord.js (@discordjs/rest) and @slack/web-api throw, plus a
// plain { status: 429, retryAfter } for anyone else.
//
// - rate-limited: try again after the server's delay; never counts against the channel.
// - channel: the channel is gone or the bot may not post there; a few in a row pause the subscription.
// - transient: anything else (network, 5xx, a bad token); retried with backoff, at most a few times a day.

export type PostFailure =
  | { kind: 'rate-limited'; retryAfterMs: number; reason: string }
  | { kind: 'channel'; reason: string }
  | { kind: 'transient'; reason: string };

const DEFAULT_RETRY_AFTER_MS = 60_000;

// Discord JSON error codes: Unknown Channel, Unknown Guild, Missing Access, Missing Permissions,
// Cannot send messages in a non-text channel, Cannot send messages to this user.
const DISCORD_CHANNEL_CODES = new Set([10003, 10004, 50001, 50013, 50008, 50007]);
const SLACK_CHANNEL_ERRORS = new Set([
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

interface ErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  status?: unknown;
  statusCode?: unknown;
  retryAfter?: unknown;
  data?: { error?: unknown; retryAfter?: unknown };
}

export function classifyPostError(err: unknown): PostFailure {
  const e = (typeof err === 'object' && err !== null ? err : {}) as ErrorShape;
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : undefined;
  const slackError = typeof e.data?.error === 'string' ? e.data.error : undefined;
  const reason = slackError ?? (typeof e.message === 'string' && e.message ? e.message.slice(0, 200) : String(err).slice(0, 200));

  if (status === 429 || e.code === 'slack_webapi_rate_limited_error' || e.name === 'RateLimitError' || slackError === 'ratelimited') {
    return { kind: 'rate-limited', retryAfterMs: retryAfterMs(e), reason: 'rate limited (429)' };
  }
  if (typeof e.code === 'number' && DISCORD_CHANNEL_CODES.has(e.code)) return { kind: 'channel', reason };
  if (slackError && SLACK_CHANNEL_ERRORS.has(slackError)) return { kind: 'channel', reason };
  if (status === 403 || status === 404) return { kind: 'channel', reason };
  return { kind: 'transient', reason };
}

// discord.js's RateLimitError gives milliseconds; Slack's WebAPIRateLimitedError gives seconds.
function retryAfterMs(e: ErrorShape): number {
  const raw = typeof e.retryAfter === 'number' ? e.retryAfter : typeof e.data?.retryAfter === 'number' ? e.data.retryAfter : undefined;
  if (raw === undefined || !(raw > 0)) return DEFAULT_RETRY_AFTER_MS;
  const ms = e.code === 'slack_webapi_rate_limited_error' ? raw * 1000 : raw;
  return Math.min(Math.max(ms, 1000), 3_600_000);
}

/** Delay before the next try after `attempts` failed ones: 1, 4, 16 minutes, then hourly. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 4 ** Math.max(0, attempts - 1), 3_600_000);
}
