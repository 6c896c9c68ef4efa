import type { Client, Message } from 'discord.js';
import { ChannelType, ThreadAutoArchiveDuration } from 'discord.js';
import { withoutMentionsOf } from '../../core/route.ts';
import type { Logger } from '../../core/logger.ts';
import { createMentions, type MentionOptions } from '../../core/mentions.ts';
import { echo } from '../../text.ts';
import { messageRequest } from '../../intake/flow.ts';
import { canManageHere, isMessageAdmin } from './permissions.ts';
import type { InteractionDeps } from './interactions.ts';
import { edit, toDiscordView, type DiscordMessage } from './render.ts';

// "@VisitBot who met Breed in Beijing?" in a channel: the answer goes in a thread started from that
// message, or in the thread it was asked in. Bots (this one included) are ignored. The rest (answered
// once across processes, the per-user cooldown, "typing…" while slow, the thread's memory) is
// src/core/mentions.ts; this decodes the message and delivers the answer.
//
// No Message Content intent is needed: Discord always delivers the content of messages that mention
// the bot (and of DMs).

/** The core's mention options, and what the slash commands know too: adding articles ("@VisitBot add" with a file attached), ADMIN_GUILD_IDS. */
export type MentionDeps = MentionOptions & Pick<InteractionDeps, 'articles' | 'adminGuildIds'>;

export function createMentionHandler(client: Client, deps: MentionDeps): (message: Message) => Promise<void> {
  const mentions = createMentions(deps);
  return async (message) => {
    const me = client.user;
    if (!me || message.author.bot || message.webhookId || message.system || message.author.id === me.id) return;
    // A mention, or a reply to one of the bot's messages (Discord delivers its text when it pings the bot, and in DMs).
    const repliedToMe = message.mentions.repliedUser?.id === me.id && message.content.trim() !== '';
    if (!message.mentions.users.has(me.id) && !repliedToMe) return;

    const text = withoutMentionsOf(message.content, me.id);
    const file = message.attachments.first();
    const request = messageRequest(deps.articles, text, file && { name: file.name, url: file.url, size: file.size }, {
      userId: message.author.id,
      isAdmin: () => isMessageAdmin(message, deps.adminGuildIds ?? []),
    });
    // A follow-up: in a thread, or replying to one of the bot's answers (in this channel), the earlier questions come along.
    const ref = message.reference?.channelId === message.channelId ? message.reference.messageId : undefined;
    await mentions(
      {
        ...request,
        platform: 'discord',
        userId: message.author.id,
        channelId: message.channelId,
        messageId: message.id,
        delivery: `discord-message:${message.id}`,
        continues: message.channel.isThread() ? { threadId: message.channelId } : ref ? { answerRef: ref } : undefined,
        // Threads start from messages in a server's text or announcement channel only.
        direct: !message.inGuild() || (message.channel.type !== ChannelType.GuildText && message.channel.type !== ChannelType.GuildAnnouncement),
        canManage: () => canManageHere(message),
      },
      {
        // "VisitBot is typing…" (it ends when the answer is sent there, or after 10 s).
        working: () =>
          void (
            message.channel.isSendable() &&
            message.channel.sendTyping().catch((err: unknown) => deps.logger.debug({ err }, 'discord typing indicator not sent'))
          ),
        send: async (asked, where) => {
          // What would be whispered (an error, an article's preview: only its admin may press it) is a reply, with no thread started for it: a message cannot be private.
          const sent = await deliver(message, toDiscordView(asked.view), text, deps.logger, where.newThread && !asked.whisper);
          return { answerRef: sent.message.id, startedThread: sent.threadId };
        },
      },
    );
  };
}

/** Answers in a new thread started from the question, or as a reply (in the thread asked in, a DM, a reply chain, or where no thread can be started). */
async function deliver(
  message: Message,
  m: DiscordMessage,
  question: string,
  logger: Logger,
  newThread: boolean,
): Promise<{ message: Message; threadId?: string }> {
  const payload = edit(m);
  if (newThread) {
    try {
      const thread = await message.startThread({ name: echo(question, 90) || 'VisitBot answer', autoArchiveDuration: ThreadAutoArchiveDuration.OneDay });
      return { message: await thread.send(payload), threadId: thread.id };
    } catch (err) {
      // Missing "Create Public Threads", or a thread already exists: answer in the channel instead.
      logger.warn({ err, channel: message.channelId }, 'discord thread not started; replying in the channel');
    }
  }
  return { message: await message.reply(payload) };
}
