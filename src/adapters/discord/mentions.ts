import type { Client, Message, MessageCreateOptions } from 'discord.js';
import { ChannelType, PermissionFlagsBits, ThreadAutoArchiveDuration } from 'discord.js';
import { parseLine } from '../../core/bot.ts';
import type { Logger } from '../../core/logger.ts';
import type { Claims } from '../../store/claims.ts';
import { memoryConversations, questionLine, type Conversations, type ThreadKey } from '../../conversation/conversations.ts';
import { echo } from '../../text.ts';
import type { Handle } from '../../core/types.ts';
import type { Intake } from '../../intake/intake.ts';
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
  handle: Handle;
  logger: Logger;
  cooldownMs: number;
  claims: Claims;
  /** "@VisitBot add" with an article file attached. */
  intake?: Intake;
  /** ADMIN_GUILD_IDS: where Manage Server makes an admin (see add-article.ts). */
  adminGuildIds?: readonly string[];
  /** The questions asked in each thread or reply chain, for follow-ups. Default: this process's memory. */
  conversations?: Conversations;
}

/** Gateway duplicates arrive within seconds; an hour is ample. */
const MESSAGE_TTL_MS = 60 * 60_000;

export function createMentionHandler(client: Client, deps: MentionDeps): (message: Message) => Promise<void> {
  const conversations = deps.conversations ?? memoryConversations();
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
    if (deps.intake && isAddMention(text, message)) return onMentionAdd(deps.intake, message, deps.logger, deps.adminGuildIds);
    const { command, args } = parseLine(text || '/help');
    // A follow-up: in a thread, or replying to one of the bot's answers, the earlier questions come along.
    const thread = await threadOf(message, conversations);
    const context = thread ? await conversations.context(thread) : [];
    // A slow answer shows "VisitBot is typing…" meanwhile (it ends when the answer is sent there, or after 10 s).
    const working = setTimeout(() => {
      if (message.channel.isSendable()) message.channel.sendTyping().catch((err: unknown) => deps.logger.debug({ err }, 'discord typing indicator not sent'));
    }, WORKING_AFTER_MS);
    let answer: Awaited<ReturnType<Handle>>;
    try {
      answer = await deps.handle({ command, args, platform: 'discord', userId: message.author.id, channelId: message.channelId, canManageChannel: canManage(message), ...(context.length ? { context } : {}) });
    } finally {
      clearTimeout(working);
    }
    const sent = await deliver(message, toDiscord(answer, 0, { request: { command, args } }), text, deps.logger, Boolean(thread));
    if (answer.kind === 'error') return;
    // The question is remembered in the conversation its answer went to: the thread just started, the thread asked in, or the reply chain.
    const key: ThreadKey = sent.threadId ? { platform: 'discord', channelId: sent.threadId, threadId: sent.threadId } : (thread ?? { platform: 'discord', channelId: message.channelId, threadId: message.id });
    await conversations.remember(key, questionLine({ command, args }), sent.message.id);
  };
}

/** The conversation a message continues: the thread it is in, or the chain of the bot's answer it replies to. */
async function threadOf(message: Message, conversations: Conversations): Promise<ThreadKey | undefined> {
  if (message.channel.isThread()) return { platform: 'discord', channelId: message.channelId, threadId: message.channelId };
  const ref = message.reference?.messageId;
  if (!ref || message.reference?.channelId !== message.channelId) return undefined;
  const threadId = await conversations.threadOfAnswer('discord', message.channelId, ref);
  return threadId ? { platform: 'discord', channelId: message.channelId, threadId } : undefined;
}

/** Answers in the thread asked in, in a new thread, or (DMs, a reply chain being continued, no thread permission) as a reply. */
async function deliver(message: Message, m: DiscordMessage, question: string, logger: Logger, continuing: boolean): Promise<{ message: Message; threadId?: string }> {
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
