import type { App, SayFn } from '@slack/bolt';
import type { webApi } from '@slack/bolt';
import { answerFileAdd, isFileAdd, type SharedFileEvent } from './add-article.ts';
import type { ListenerContext } from './context.ts';
import { toSlack } from './render.ts';
import { routeMessage } from './route.ts';
import { WORKING_AFTER_MS } from '../signals.ts';

// Mentions (answered in a thread) and direct messages. Bolt acks Events API requests before any
// listener runs; a retried or duplicate delivery (same event_id), to this process or to another on
// the same store, is dropped here, before it reaches a listener.

interface Incoming {
  text: string;
  user?: string;
  channel: string;
  ts: string;
  thread_ts?: string;
  bot_id?: string;
  subtype?: string;
}

/** Slack retries an event three times within minutes; an hour of ids is plenty. */
const EVENT_TTL_MS = 60 * 60_000;

export function registerEvents(app: App, ctx: ListenerContext): void {
  app.use(async ({ body, next }) => {
    const id = (body as { event_id?: unknown }).event_id;
    if (typeof id === 'string' && !(await ctx.claims.first(`slack-event:${id}`, EVENT_TTL_MS))) {
      ctx.logger.debug({ eventId: id }, 'Slack: dropped a repeated event');
      return;
    }
    await next();
  });

  app.event('app_mention', async ({ event, say, client, context }) => {
    if (ctx.articles && isFileAdd(event as SharedFileEvent, context.botUserId))
      return void (await answerFileAdd(ctx, event as SharedFileEvent, client, event.thread_ts ?? event.ts));
    await answer(ctx, event as Incoming, context.botUserId, say, client, event.thread_ts ?? event.ts);
  });

  app.event('message', async ({ event, say, client, context }) => {
    if (event.channel_type !== 'im') return;
    // A file shared in the DM with "add" (subtype file_share) is an article to add.
    if (ctx.articles && event.subtype === 'file_share' && isFileAdd(event as SharedFileEvent, context.botUserId))
      return void (await answerFileAdd(ctx, event as SharedFileEvent, client, undefined));
    if (event.subtype !== undefined) return;
    await answer(ctx, event as Incoming, context.botUserId, say, client, event.thread_ts);
  });
}

async function answer(
  ctx: ListenerContext,
  e: Incoming,
  botUserId: string | undefined,
  say: SayFn,
  client: webApi.WebClient,
  threadTs: string | undefined,
): Promise<void> {
  // Never answer a bot (ourselves included) or an edit, join or other non-message subtype.
  if (e.bot_id || e.subtype || !e.user || e.user === botUserId) return;
  const user = e.user;
  const routed = routeMessage(e.text ?? '', botUserId);
  // A message in a thread continues its conversation: the thread of a question, or of the bot's answer replied under.
  const input = {
    ...routed,
    platform: 'slack' as const,
    userId: user,
    channelId: e.channel,
    messageId: e.ts,
    continues: e.thread_ts ? { threadId: e.thread_ts, answerRef: e.thread_ts } : undefined,
    canManage: () => ctx.canManage(user),
  };
  // A slow answer puts 👀 on the question meanwhile, taken off once the answer is sent.
  const reaction = { channel: e.channel, timestamp: e.ts, name: 'eyes' };
  let working: Promise<boolean> | undefined;
  const timer = setTimeout(() => {
    working = client.reactions.add(reaction).then(
      () => true,
      (err: unknown) => (ctx.logger.debug({ err }, 'Slack: 👀 reaction not added'), false),
    );
  }, WORKING_AFTER_MS);
  try {
    const asked = await ctx.interactions.ask(input);
    clearTimeout(timer);
    const where = threadTs ? { thread_ts: threadTs } : {};
    if (asked.answer.kind === 'error') {
      // Errors are private, even in a channel.
      const { text, blocks } = toSlack(asked.answer, 0, { command: ctx.config.command });
      await client.chat.postEphemeral({ channel: e.channel, user, text, blocks, ...where });
      return;
    }
    const sent = await say({ ...toSlack(asked.answer, 0, { command: ctx.config.command, request: asked.replayable }), ...where });
    await ctx.interactions.remember(input, asked, sent.ts);
  } finally {
    clearTimeout(timer);
    if (working && (await working))
      await client.reactions.remove(reaction).catch((err: unknown) => ctx.logger.debug({ err }, 'Slack: 👀 reaction not removed'));
  }
}
