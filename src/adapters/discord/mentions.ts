import type { Client, Message, MessageCreateOptions } from 'discord.js';
import { ChannelType, PermissionFlagsBits, ThreadAutoArchiveDuration } from 'discord.js';
import { parseLine } from '../../core/bot.ts';
import type { Logger } from '../../core/logger.ts';
import type { Claims } from '../../store/claims.ts';
import type { Asked, Interactions } from '../../core/interactions.ts';
import { echo } from '../../text.ts';
import type { ArticleFlow } from '../../intake/flow.ts';
import { isAddMention, onMentionAdd } from './add-article.ts';
import { toDiscord, type DiscordMessage } from './render.ts';
import { WORKING_AFTER_MS } from '../signals.ts';

// "@VisitBot who met Breed in Beijing?" in a channel: the answer goes in a thread started from that
// message, or in the thread it was asked in. Bots (this one included) are ignored, and a per-user
// cooldown stops reply loops and floods. Both the message id and the cooldown are claimed in
// `claims`: with a shared store, two processes that receive the same message (a rolling deploy,
// a standby on the same shard) answer it once, and a user's cooldown holds in every process.
//
// No Message Content intent is needed: Discord always delivers the content of messages that mention
// the bot (and of DMs).

export interface MentionDeps {
  interactions: Interactions;
  logger: Logger;
  cooldownMs: number;
  claims: Claims;
  /** "@VisitBot add" with an article file attached. */
  articles?: ArticleFlow;
  /** ADMIN_GUILD_IDS: where Manage Server makes an admin (see add-article.ts). */
  adminGuildIds?: readonly string[];
}

/** Gateway duplicates arrive within seconds; an hour is ample. */
const MESSAGE_TTL_MS = 60 * 60_000;

export function createMentionHandler(client: Client, deps: MentionDeps): (message: Message) => Promise<void> {
  return async (message) => {
    const me = client.user;
    if (!me || message.author.bot || message.webhookId || message.system || message.author.id === me.id) return;
    // A mention, or a reply to one of the bot's messages (Discord delivers its text when it pings the bot, and in DMs).
    const repliedToMe = message.mentions.repliedUser?.id === me.id && message.content.trim() !== '';
    if (!message.mentions.users.has(me.id) && !repliedToMe) return;
    if (!(await deps.claims.first(`discord-message:${message.id}`, MESSAGE_TTL_MS))) {
      deps.logger.debug({ message: message.id }, 'discord mention ignored: already taken');
      return;
    }
    if (deps.cooldownMs > 0 && !(await deps.claims.first(`discord-cooldown:${message.author.id}`, deps.cooldownMs))) {
      deps.logger.debug({ user: message.author.id }, 'discord mention ignored: cooldown');
      return;
    }

    const text = message.content.replace(new RegExp(`<@!?${me.id}>`, 'g'), ' ').trim();
    if (deps.articles && isAddMention(text, message)) return onMentionAdd(deps.articles, message, deps.adminGuildIds);
    const { command, args } = parseLine(text || '/help');
    // A follow-up: in a thread, or replying to one of the bot's answers (in this channel), the earlier questions come along.
    const ref = message.reference?.channelId === message.channelId ? message.reference.messageId : undefined;
    const continues = message.channel.isThread() ? { threadId: message.channelId } : ref ? { answerRef: ref } : undefined;
    const input = {
      command,
      args,
      platform: 'discord' as const,
      userId: message.author.id,
      channelId: message.channelId,
      messageId: message.id,
      continues,
      canManage: () => canManage(message),
    };
    // A slow answer shows "VisitBot is typing…" meanwhile (it ends when the answer is sent there, or after 10 s).
    const working = setTimeout(() => {
      if (message.channel.isSendable()) message.channel.sendTyping().catch((err: unknown) => deps.logger.debug({ err }, 'discord typing indicator not sent'));
    }, WORKING_AFTER_MS);
    let asked: Asked;
    try {
      asked = await deps.interactions.ask(input);
    } finally {
      clearTimeout(working);
    }
    const sent = await deliver(message, toDiscord(asked.answer, 0, { request: asked.request }), text, deps.logger, Boolean(asked.thread));
    // The question is remembered in the conversation its answer went to: the thread just started, the thread asked in, or the reply chain.
    await deps.interactions.remember(input, asked, sent.message.id, sent.threadId);
  };
}

/** Answers in the thread asked in, in a new thread, or (DMs, a reply chain being continued, no thread permission) as a reply. */
async function deliver(
  message: Message,
  m: DiscordMessage,
  question: string,
  logger: Logger,
  continuing: boolean,
): Promise<{ message: Message; threadId?: string }> {
  const payload: MessageCreateOptions = { embeds: m.embeds, components: m.components, allowedMentions: { parse: [], repliedUser: false } };
  const channel = message.channel;
  if (continuing || channel.isThread() || channel.type === ChannelType.DM || !message.inGuild()) {
    return { message: await message.reply(payload) };
  }
  if (channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildAnnouncement) {
    try {
      const thread = await message.startThread({ name: threadName(question), autoArchiveDuration: ThreadAutoArchiveDuration.OneDay });
      return { message: await thread.send(payload), threadId: thread.id };
    } catch (err) {
      // Missing "Create Public Threads", or a thread already exists: answer in the channel instead.
      logger.warn({ err, channel: channel.id }, 'discord thread not started; replying in the channel');
    }
  }
  return { message: await message.reply(payload) };
}

function threadName(question: string): string {
  const name = echo(question, 90);
  return name || 'VisitBot answer';
}

function canManage(message: Message): boolean {
  if (!message.inGuild()) return true;
  try {
    return message.member?.permissionsIn(message.channelId).has(PermissionFlagsBits.ManageChannels) ?? false;
  } catch {
    return false;
  }
}
