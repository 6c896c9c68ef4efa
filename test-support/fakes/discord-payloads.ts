import { botMessage, IDS } from './discord-server.ts';

// Gateway dispatch payloads as Discord sends them, built from small overrides (Bolt's
// createDummy…Args style). Permissions "1071698660945" include Manage Channels (16); "3072" does not.

let counter = 300000000000000000n;
const id = () => String(counter++);

export const ALL_PERMISSIONS = '1071698660945';
export const MEMBER_PERMISSIONS = '3072';

export interface InteractionOverrides {
  userId?: string;
  permissions?: string;
  [key: string]: unknown;
}

function base(type: number, data: unknown, { userId = IDS.user, permissions = ALL_PERMISSIONS, ...rest }: InteractionOverrides = {}): Record<string, unknown> {
  const interactionId = id();
  return {
    id: interactionId,
    application_id: IDS.app,
    type,
    token: `itok_${interactionId}`,
    version: 1,
    guild_id: IDS.guild,
    channel_id: IDS.channel,
    channel: { id: IDS.channel, type: 0, guild_id: IDS.guild, name: 'general' },
    member: {
      user: { id: userId, username: 'alice', discriminator: '0', avatar: null },
      roles: [],
      joined_at: '2024-04-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      permissions,
    },
    app_permissions: ALL_PERMISSIONS,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': IDS.guild },
    context: 0,
    attachment_size_limit: 8388608,
    data,
    ...rest,
  };
}

/**
 * An interaction from a DM with the bot (context 1) or a group DM (2) where the user installed the app for
 * themselves: no guild_id and no member, the user at the top level, the user as the authorizing owner.
 */
export function dmContext(userId: string = IDS.user, context: 1 | 2 = 1): InteractionOverrides {
  const channel =
    context === 1
      ? { id: DM_CHANNEL, type: 1, recipients: [{ id: userId, username: 'alice', discriminator: '0', avatar: null }] }
      : { id: GROUP_DM_CHANNEL, type: 3, name: 'friends' };
  return {
    guild_id: undefined,
    member: undefined,
    guild_locale: undefined,
    user: { id: userId, username: 'alice', discriminator: '0', avatar: null },
    channel_id: channel.id,
    channel,
    authorizing_integration_owners: { '1': userId },
    context,
  };
}

export const DM_CHANNEL = '100000000000000010';
export const GROUP_DM_CHANNEL = '100000000000000011';

/** A slash command: `options` maps option names to string values. */
export function slash(name: string, options: Record<string, string> = {}, overrides?: InteractionOverrides): Record<string, unknown> {
  return base(2, { id: id(), name, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })) }, overrides);
}

/** A slash command's subcommand ("/daily subscribe time:09:00"). */
export function subcommand(name: string, sub: string, options: Record<string, string> = {}, overrides?: InteractionOverrides): Record<string, unknown> {
  return base(
    2,
    { id: id(), name, type: 1, options: [{ name: sub, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })) }] },
    overrides,
  );
}

export function autocomplete(name: string, option: string, partial: string, overrides?: InteractionOverrides): Record<string, unknown> {
  return base(4, { id: id(), name, type: 1, options: [{ name: option, type: 3, value: partial, focused: true }] }, overrides);
}

/** A file attached to a message or a command, as Discord describes it (served from `url`). */
export function attachment(attachmentId: string, url: string, contentType = 'text/markdown'): Record<string, unknown> {
  return { id: attachmentId, filename: url.slice(url.lastIndexOf('/') + 1), size: 300, url, proxy_url: url, content_type: contentType };
}

/** The route of the first response to an interaction (its callback). */
export function callbackPath(payload: Record<string, unknown>): string {
  return `/interactions/${String(payload.id)}/${String(payload.token)}/callback`;
}

/** A button click on a message the bot sent earlier (`message` as the bot sent it: embeds, components, flags). */
export function button(
  customId: string,
  message: { embeds?: unknown[]; components?: unknown[]; flags?: number } = {},
  overrides?: InteractionOverrides,
): Record<string, unknown> {
  return base(
    3,
    { custom_id: customId, component_type: 2 },
    {
      message: botMessage(id(), IDS.channel, message),
      ...overrides,
    },
  );
}

/** A channel message; mentioning the bot puts <@bot> in the text and the bot in mentions[] (as Discord does). */
export function channelMessage(
  content: string,
  {
    channelId = IDS.channel,
    authorId = IDS.user,
    bot = false,
    mentionBot = true,
    replyTo,
  }: { channelId?: string; authorId?: string; bot?: boolean; mentionBot?: boolean; replyTo?: Record<string, any> } = {},
): Record<string, unknown> {
  return {
    id: id(),
    channel_id: channelId,
    guild_id: IDS.guild,
    author: { id: authorId, username: bot ? 'otherbot' : 'alice', discriminator: '0', bot, avatar: null },
    member: { roles: [], joined_at: '2024-04-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
    content: mentionBot ? `<@${IDS.bot}> ${content}` : content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: mentionBot ? [{ id: IDS.bot, username: 'VisitBot', discriminator: '0', bot: true, avatar: null }] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
    ...(replyTo ? { type: 19, message_reference: { message_id: replyTo.id, channel_id: channelId, guild_id: IDS.guild }, referenced_message: replyTo } : {}),
  };
}
