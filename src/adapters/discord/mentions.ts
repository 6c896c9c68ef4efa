import type { Client, Message, MessageCreateOptions } from 'discord.js';
import { ChannelType, PermissionFlagsBits, ThreadAutoArchiveDuration } from 'discord.js';
import { parseLine } from '../../core/bot.ts';
import type { Logger } from '../../core/logger.ts';
import type { Claims } from '../../store/claims.ts';
import { echo } from '../../text.ts';
import type { Handle } from '../../core/types.ts';
import type { Intake } from '../../intake/intake.ts';
import { isAddMention, onMentionAdd } from './add-article.ts';
import { toDiscord, type DiscordMessage } from './render.ts';

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
}

/** Gateway duplicates arrive within seconds; an hour is ample. */
const MESSAGE_TTL_MS = 60 * 60_000;

export function createMentionHandler(client: Client, deps: MentionDeps): (message: Message) => Promise<void> {
  return async (message) => {
    const me = client.user;
    if (!me || message.author.bot || message.webhookId || message.system || message.author.id === me.id) return;
    if (!message.mentions.users.has(me.id)) return;
    if (!(await deps.claims.first(`discord-message:${message.id}`, MESSAGE_TTL_MS))) {
      deps.logger.debug({ message: message.id }, 'discord mention ignored: already taken');
      return;
    }
    if (deps.cooldownMs > 0 && !(await deps.claims.first(`discord-cooldown:${message.author.id}`, deps.cooldownMs))) {
      deps.logger.debug({ user: message.author.id }, 'discord mention ignored: cooldown');
      return;
    }

    const text = message.content.replace(new RegExp(`<@!?${me.id}>`, 'g'), ' ').trim();
    if (deps.intake && isAddMention(text, message)) return onMentionAdd(deps.intake, message, deps.logger);
    const { command, args } = parseLine(text || '/help');
    const answer = await deps.handle({ command, args, platform: 'discord', userId: message.author.id, channelId: message.channelId, canManageChannel: canManage(message) });
    await deliver(message, toDiscord(answer, 0, { request: { command, args } }), text, deps.logger);
  };
}

async function deliver(message: Message, m: DiscordMessage, question: string, logger: Logger): Promise<void> {
  const payload: MessageCreateOptions = { embeds: m.embeds, components: m.components, allowedMentions: { parse: [], repliedUser: false } };
  const channel = message.channel;
  if (channel.isThread() || channel.type === ChannelType.DM || !message.inGuild()) {
    await message.reply(payload);
    return;
  }
  if (channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildAnnouncement) {
    try {
      const thread = await message.startThread({ name: threadName(question), autoArchiveDuration: ThreadAutoArchiveDuration.OneDay });
      await thread.send(payload);
      return;
    } catch (err) {
      // Missing "Create Public Threads", or a thread already exists: answer in the channel instead.
      logger.warn({ err, channel: channel.id }, 'discord thread not started; replying in the channel');
    }
  }
  await message.reply(payload);
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
