import type { App, SayFn, webApi } from '@slack/bolt';
import { createMentions, firstDelivery, type Mention } from '../../core/mentions.ts';
import { messageRequest } from '../../intake/flow.ts';
import { sharedFile, type SharedFileEvent } from './add-article.ts';
import type { ListenerContext } from './context.ts';
import { withoutMentionsOf } from '../../core/route.ts';
import { toSlackView } from './render.ts';

// Mentions (answered in a thread) and direct messages. Bolt acks Events API requests before any
// listener runs; a retried or duplicate delivery (same event_id), to this process or to another on
// the same store, is dropped here, before it reaches a listener. The rest (the 👀 while slow, the
// thread's memory) is src/core/mentions.ts; this decodes the event and delivers the answer.

interface Incoming extends SharedFileEvent {
  text: string;
  ts: string;
  thread_ts?: string;
  subtype?: string;
}

export function registerEvents(app: App, ctx: ListenerContext): void {
  app.use(async ({ body, next }) => {
    const id = (body as { event_id?: unknown }).event_id;
    if (typeof id === 'string' && !(await firstDelivery(ctx.claims, `slack-event:${id}`))) {
      ctx.logger.debug({ eventId: id }, 'Slack: dropped a repeated event');
      return;
    }
    await next();
  });
  // Slack has no flood of its own to stop: no cooldown.
  const mentions = createMentions({ ...ctx, cooldownMs: 0 });

  app.event('app_mention', async ({ event, say, client, context }) => {
    await answer(ctx, mentions, event as Incoming, context.botUserId, say, client);
  });

  app.event('message', async ({ event, say, client, context }) => {
    if (event.channel_type !== 'im') return;
    // A file shared in the DM with "add" (subtype file_share) is an article to add.
    if (event.subtype !== undefined && event.subtype !== 'file_share') return;
    await answer(ctx, mentions, event as Incoming, context.botUserId, say, client, true);
  });
}

async function answer(
  ctx: ListenerContext,
  mentions: ReturnType<typeof createMentions>,
  e: Incoming,
  botUserId: string | undefined,
  say: SayFn,
  client: webApi.WebClient,
  direct = false,
): Promise<void> {
  // Never answer a bot (ourselves included); nor an edit, join or other subtype, but for a file shared to add.
  const user = e.user;
  if (!user || e.bot_id || user === botUserId) return;
  const { articles } = ctx;
  const file = articles && sharedFile(e);
  const text = withoutMentionsOf(e.text ?? '', botUserId);
  const by = { userId: user, isAdmin: () => articles!.isWorkspaceAdmin(user) };
  const request = messageRequest(articles?.flow, text, file && { ...file, headers: articles.fileHeaders(file.url) }, by);
  if (e.subtype && !request.quiet) return;
  const mention: Mention = {
    ...request,
    platform: 'slack',
    userId: user,
    channelId: e.channel,
    messageId: e.ts,
    // A message in a thread continues its conversation: the thread of a question, or of the bot's answer replied under.
    continues: e.thread_ts ? { threadId: e.thread_ts, answerRef: e.thread_ts } : undefined,
    direct,
    canManage: () => ctx.canManage(user),
  };
  // A slow answer puts 👀 on the question meanwhile, taken off once the answer is sent.
  const reaction = { channel: e.channel, timestamp: e.ts, name: 'eyes' };
  await mentions(mention, {
    working: async () => {
      const added = await client.reactions.add(reaction).then(
        () => true,
        (err: unknown) => (ctx.logger.debug({ err }, 'Slack: 👀 reaction not added'), false),
      );
      return added ? () => client.reactions.remove(reaction).catch((err: unknown) => ctx.logger.debug({ err }, 'Slack: 👀 reaction not removed')) : undefined;
    },
    send: async (asked, { newThread }) => {
      // A new thread is the question's own (its ts); else the thread asked in, if any.
      const threadTs = newThread ? e.ts : e.thread_ts;
      const where = threadTs ? { thread_ts: threadTs } : {};
      const message = toSlackView(asked.view, ctx.config.command);
      // Errors and an article's preview are private, even in a channel.
      if (!asked.whisper) return { answerRef: (await say({ ...message, ...where })).ts };
      await client.chat.postEphemeral({ channel: e.channel, user, ...message, ...where });
      return {};
    },
  });
}
