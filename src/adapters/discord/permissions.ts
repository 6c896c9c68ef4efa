import type { ButtonInteraction, ChatInputCommandInteraction, Message } from 'discord.js';
import { ApplicationIntegrationType, PermissionFlagsBits } from 'discord.js';

// Who may do what on Discord, the capabilities the core asks for (src/core/interactions.ts): manage a
// channel's daily posts (Manage Channels; outside a server the user is in charge), use admin-only
// commands (Manage Server where the server installed the app) and add articles (Manage Server in a
// server of ADMIN_GUILD_IDS). Each is asked only when a request needs it.

/** In a server that installed the app (not a DM, a group DM, or a server where only the user installed it). */
export function guildInstalled(i: ChatInputCommandInteraction): boolean {
  if (!i.inGuild()) return false;
  const owners = i.authorizingIntegrationOwners;
  return !owners || Object.keys(owners).length === 0 || owners[ApplicationIntegrationType.GuildInstall] !== undefined;
}

/** memberPermissions are the member's permissions in this channel; outside a server (DMs) the user is in charge. */
export function canManage(i: ChatInputCommandInteraction | ButtonInteraction): boolean {
  return i.inGuild() ? (i.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false) : true;
}

export function canManageHere(message: Message): boolean {
  if (!message.inGuild()) return true;
  try {
    return message.member?.permissionsIn(message.channelId).has(PermissionFlagsBits.ManageChannels) ?? false;
  } catch {
    return false;
  }
}

/** An admin: Manage Server in a server that installed the app (what an admin-only command's default_member_permissions asks). */
export function isCommandAdmin(i: ChatInputCommandInteraction): boolean {
  return guildInstalled(i) && (i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false);
}

/**
 * Manage Server makes an admin only in a listed server where the app is installed in the server: a
 * command's authorizing_integration_owners names the server for a server install (a user install
 * names the user; anyone has Manage Server in a server of their own).
 */
export function isServerAdmin(i: ChatInputCommandInteraction, adminGuildIds: readonly string[]): boolean {
  return (
    i.inGuild() &&
    adminGuildIds.includes(i.guildId) &&
    i.authorizingIntegrationOwners.guildId === i.guildId &&
    (i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false)
  );
}

/** A message reaches the bot through the gateway only where the bot is a member: Manage Server in a listed server. */
export function isMessageAdmin(m: Message, adminGuildIds: readonly string[]): boolean {
  return m.inGuild() && adminGuildIds.includes(m.guildId) && (m.member?.permissions.has(PermissionFlagsBits.ManageGuild) ?? false);
}
