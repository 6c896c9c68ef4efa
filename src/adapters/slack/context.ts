import type { SlackConfig } from '../../config.ts';
import type { ChatAdapterOptions } from '../../core/chat-adapter.ts';
import type { ArticleFlow } from '../../intake/flow.ts';
import type { Claims } from '../../store/claims.ts';
import type { UserCheck } from '../../core/admins.ts';

// What every Slack listener needs. The features are the neutral layer's (interactions, articles);
// the listeners decode Slack's payloads into its inputs and render its results as Block Kit.

export interface ListenerContext extends Pick<ChatAdapterOptions, 'interactions' | 'logger'> {
  config: SlackConfig;
  /** Daily-post settings: SLACK_ADMIN_USERS or a workspace admin (users.info). */
  canManage: UserCheck;
  /** Event ids already taken, by this process or (with a shared store) any other. */
  claims: Claims;
  /** Told about every listener that failed (for the metrics). */
  onError: () => void;
  /** Adding articles from chat (/visit sources add <url>); without it /sources only lists. */
  articles?: { flow: ArticleFlow; isWorkspaceAdmin: UserCheck; fileHeaders: (url: string) => Record<string, string> | undefined };
}

/** The thread of the message clicked, for the neutral layer: its channel and ts. */
export function clickedIn(body: { channel?: { id: string }; container?: { channel_id?: string; message_ts?: string }; message?: { ts: string } }): {
  channelId?: string;
  answerRef?: string;
} {
  return { channelId: body.channel?.id ?? body.container?.channel_id, answerRef: body.message?.ts ?? body.container?.message_ts };
}

/** A message through a response_url, where a listener has no `respond` of its own (a modal's submission, app.error). */
export function postToResponseUrl(responseUrl: string, body: Record<string, unknown>): Promise<Response> {
  return fetch(responseUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/** A modal's private_metadata (the JSON this adapter wrote when it opened it), its text values only; nothing for anything else. */
export function readMetadata(raw: string): Record<string, string | undefined> {
  try {
    const m = JSON.parse(raw) as unknown;
    if (typeof m !== 'object' || m === null) return {};
    return Object.fromEntries(Object.entries(m).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}
