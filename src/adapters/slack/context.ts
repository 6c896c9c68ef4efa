import type { SlackConfig } from '../../config.ts';
import type { Logger } from '../../core/logger.ts';
import type { Claims } from '../../store/claims.ts';
import type { Conversations } from '../../conversation/conversations.ts';
import type { Feedback } from '../../conversation/feedback.ts';
import type { Answer, AnswerKind, Handle } from '../../core/types.ts';
import type { AddArticleDeps } from './add-article.ts';
import type { ManagerCheck } from './permissions.ts';
import { managesChannel, type Routed } from './route.ts';

// What every listener needs, and the one way a Slack request becomes an Answer.

export interface ListenerContext {
  config: SlackConfig;
  handle: Handle;
  logger: Logger;
  canManage: ManagerCheck;
  /** Event ids already taken, by this process or (with a shared store) any other. */
  claims: Claims;
  /** Adding articles from chat (/visit sources add <url>); without it /sources only lists. */
  addArticle?: AddArticleDeps;
  /** The questions asked in each thread, for follow-ups and for "why" on them. */
  conversations: Conversations;
  /** Where votes go; without it a vote is answered "cannot be recorded". */
  feedback?: Feedback;
}

/** Answers that stay private even when SLACK_PUBLIC_REPLIES=true: nobody else needs to see them. */
const PRIVATE_KINDS: ReadonlySet<AnswerKind> = new Set(['error', 'usage', 'refusal']);

export function isPrivate(answer: Answer, config: SlackConfig): boolean {
  return !config.publicReplies || PRIVATE_KINDS.has(answer.kind);
}

export async function run(ctx: ListenerContext, routed: Routed, userId: string | undefined, channelId: string | undefined, context: string[] = []): Promise<Answer> {
  const canManageChannel = userId && managesChannel(routed) ? await ctx.canManage(userId) : false;
  return ctx.handle({ command: routed.command, args: routed.args, platform: 'slack', userId, channelId, canManageChannel, ...(context.length ? { context } : {}) });
}

/** The request a button may re-run: never one that changes channel settings. */
export function replayable(routed: Routed): Routed | undefined {
  return managesChannel(routed) ? undefined : { command: routed.command, args: routed.args };
}

/** The questions asked in the thread before the one the clicked message answered (none for a slash command's private answer). */
export async function contextOf(ctx: ListenerContext, body: { channel?: { id: string }; container?: { channel_id?: string; message_ts?: string }; message?: { ts: string } }): Promise<string[]> {
  const channel = body.channel?.id ?? body.container?.channel_id;
  const ts = body.message?.ts ?? body.container?.message_ts;
  return channel && ts ? ctx.conversations.contextOfAnswer('slack', channel, ts) : [];
}
