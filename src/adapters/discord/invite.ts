import { PermissionsBitField, type PermissionFlagsBits } from 'discord.js';

// The permissions the bot asks for when invited, each with what needs it, and the invite link whose
// `permissions` bits are computed from them (not written by hand). Slash-command answers need no
// permission at all (they are interaction responses); mentions and daily posts do.

export const BOT_PERMISSIONS = {
  SendMessages: 'answers to mentions in a channel (a reply where no thread can be started), daily posts',
  SendMessagesInThreads: 'answers in the thread a mention starts or was asked in',
  CreatePublicThreads: 'a thread started from the message that mentions the bot (mentions.ts: message.startThread)',
  EmbedLinks: 'answers are embeds',
  ReadMessageHistory: 'replies to a message (message_reference), reply chains as follow-ups',
} as const satisfies Partial<Record<keyof typeof PermissionFlagsBits, string>>;

/** The permission bits of the invite link, as the decimal string Discord expects. */
export function invitePermissions(): string {
  return PermissionsBitField.resolve(Object.keys(BOT_PERMISSIONS) as Array<keyof typeof BOT_PERMISSIONS>).toString();
}

/** The OAuth2 link that adds the bot to a server with its slash commands and the permissions above. */
export function inviteUrl(appId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${appId}&scope=bot+applications.commands&permissions=${invitePermissions()}`;
}
