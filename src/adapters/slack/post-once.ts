import type { webApi } from '@slack/bolt';
import type { Logger } from '../../core/logger.ts';
import type { PostOptions } from '../../core/types.ts';
import type { SlackMessage } from './render.ts';

// Daily posts carry their idempotency key in Slack message metadata. When an earlier attempt may
// have reached Slack (a process died after chat.postMessage but before the ledger said "done"),
// the channel's recent history is searched for that key first, and a post found there is not made
// again. Reading history needs channels:history (groups:history for private channels) and the bot
// in the channel; when Slack refuses, the post is made (a possible repeat beats a lost post).

export const METADATA_EVENT = 'visitbot_daily_post';
/** A retry follows a crash by minutes; a day of history is plenty, and bounds the search. */
const LOOK_BACK_S = 24 * 3600;
const PAGES = 5;

export async function postOnce(
  client: webApi.WebClient,
  channel: string,
  message: SlackMessage,
  options: PostOptions | undefined,
  logger: Logger,
): Promise<void> {
  if (options?.mayExist && (await alreadyPosted(client, channel, options.key, logger))) {
    logger.info({ channel, key: options.key }, 'Slack: daily post found in the channel already; not posting it again');
    return;
  }
  await client.chat.postMessage({
    channel,
    ...message,
    ...(options ? { metadata: { event_type: METADATA_EVENT, event_payload: { key: options.key } } } : {}),
  });
}

async function alreadyPosted(client: webApi.WebClient, channel: string, key: string, logger: Logger): Promise<boolean> {
  const oldest = String(Math.floor(Date.now() / 1000) - LOOK_BACK_S);
  let cursor: string | undefined;
  try {
    for (let page = 0; page < PAGES; page++) {
      const res = await client.conversations.history({ channel, oldest, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
      const found = res.messages?.some(
        (m) => m.metadata?.event_type === METADATA_EVENT && (m.metadata.event_payload as { key?: unknown } | undefined)?.key === key,
      );
      if (found) return true;
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!res.has_more || !cursor) return false;
    }
  } catch (err) {
    logger.warn({ err, channel }, 'Slack: could not read the channel history to check for an earlier daily post (needs channels:history); posting');
  }
  return false;
}
