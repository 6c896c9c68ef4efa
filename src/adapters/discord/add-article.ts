import type { APIActionRowComponent, APIButtonComponent, APIModalInteractionResponseCallbackData, ButtonInteraction, ChatInputCommandInteraction, Interaction, Message, ModalSubmitInteraction } from 'discord.js';
import { ButtonStyle, ComponentType, MessageFlags, PermissionFlagsBits, TextInputStyle } from 'discord.js';
import type { Logger } from '../../core/logger.ts';
import type { Answer } from '../../core/types.ts';
import type { Intake, PendingDraft } from '../../intake/intake.ts';
import { cancelledAnswer, notAdminAnswer, previewAnswer, problemAnswer, savedAnswer } from '../../intake/preview.ts';
import { toDiscord } from './render.ts';

// /sources add:<url> or /sources file:<attachment>, by an admin: a user in ADMIN_USERS, or a member
// with Manage Server in a server the operator listed in ADMIN_GUILD_IDS where the app is installed in
// the server (not a user install: anyone has Manage Server in a server of their own). The page is fetched, a private preview offers Save / Edit details / Cancel, and
// Edit details opens a modal with title, outlet and date filled in. Everyone else gets a polite
// refusal and nothing is fetched. "@VisitBot add" with a .md or .html file attached works too; that
// preview is a reply in the channel (a message cannot be private), and only its admin may press it.
//
// custom_id: vb-add:<save|edit|cancel|modal>:<draft id>. The draft itself stays in memory (src/intake).

const PREFIX = 'vb-add:';
const NO_PINGS = { parse: [], repliedUser: false } as const;

/** Handles the interaction if it belongs to adding an article; false for anything else. */
export async function handleAddArticle(intake: Intake, i: Interaction, logger: Logger, adminGuildIds: readonly string[] = []): Promise<boolean> {
  if (i.isChatInputCommand() && i.commandName === 'sources' && (i.options.get('add') || i.options.get('file'))) {
    await onCommand(intake, i, logger, adminGuildIds);
    return true;
  }
  if ((i.isButton() || i.isModalSubmit()) && i.customId.startsWith(PREFIX)) {
    const [, action = '', id = ''] = i.customId.split(':');
    if (i.isModalSubmit()) await onModal(intake, i, id);
    else await onButton(intake, i, action, id);
    return true;
  }
  return false;
}

/** "@VisitBot add" (or "/sources add") with a file attached. */
export function isAddMention(text: string, message: Message): boolean {
  return message.attachments.size > 0 && /^\/?(?:sources\s+)?add\b/i.test(text.trim());
}

/**
 * Manage Server makes an admin only in a listed server where the app is installed in the server: a
 * command's authorizing_integration_owners names the server for a server install (a user install
 * names the user). A message reaches the bot through the gateway only where the bot is a member.
 */
export function isServerAdmin(i: ChatInputCommandInteraction, adminGuildIds: readonly string[]): boolean {
  return i.inGuild() && adminGuildIds.includes(i.guildId) && i.authorizingIntegrationOwners.guildId === i.guildId && (i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false);
}

function isServerAdminMessage(message: Message, adminGuildIds: readonly string[]): boolean {
  return message.inGuild() && adminGuildIds.includes(message.guildId) && (message.member?.permissions.has(PermissionFlagsBits.ManageGuild) ?? false);
}

export async function onMentionAdd(intake: Intake, message: Message, logger: Logger, adminGuildIds: readonly string[] = []): Promise<void> {
  const manager = isServerAdminMessage(message, adminGuildIds);
  if (!intake.mayAdd(message.author.id, manager)) {
    await message.reply(rendered(notAdminAnswer('discord')));
    return;
  }
  const file = message.attachments.first()!;
  const outcome = await intake.fromFile({ name: file.name, url: file.url, size: file.size }, message.author.id);
  logger.debug({ user: message.author.id, ok: outcome.ok }, 'discord add by mention');
  await message.reply(outcome.ok ? preview(outcome.draft) : rendered(problemAnswer(outcome.message)));
}

async function onCommand(intake: Intake, i: ChatInputCommandInteraction, logger: Logger, adminGuildIds: readonly string[]): Promise<void> {
  const manager = isServerAdmin(i, adminGuildIds);
  if (!intake.mayAdd(i.user.id, manager)) {
    await i.reply(privately(notAdminAnswer('discord')));
    return;
  }
  // Fetching may take longer than the 3 s Discord gives before it must be acknowledged.
  await i.deferReply({ flags: MessageFlags.Ephemeral });
  const file = i.options.getAttachment('file');
  const url = i.options.getString('add')?.trim() ?? '';
  const outcome = file ? await intake.fromFile({ name: file.name, url: file.url, size: file.size }, i.user.id) : await intake.fromUrl(url, i.user.id);
  logger.debug({ user: i.user.id, ok: outcome.ok }, 'discord /sources add');
  await i.editReply(outcome.ok ? preview(outcome.draft) : rendered(problemAnswer(outcome.message)));
}

async function onButton(intake: Intake, i: ButtonInteraction, action: string, id: string): Promise<void> {
  if (action === 'edit') {
    const found = intake.find(id, i.user.id);
    if (found.ok) await i.showModal(modal(found.draft));
    else await i.reply(privately(problemAnswer(found.message)));
    return;
  }
  if (action === 'cancel') {
    intake.cancel(id, i.user.id);
    await i.update({ ...rendered(cancelledAnswer()), components: [] });
    return;
  }
  const saved = intake.save(id, i.user.id);
  if (saved.ok) await i.update({ ...rendered(savedAnswer(saved.file, saved.draft)), components: [] });
  else await i.reply(privately(problemAnswer(saved.message)));
}

async function onModal(intake: Intake, i: ModalSubmitInteraction, id: string): Promise<void> {
  const field = (name: string) => {
    try {
      return i.fields.getTextInputValue(name);
    } catch {
      return '';
    }
  };
  const corrected = intake.correct(id, i.user.id, { title: field('title'), source: field('source'), published: field('published') });
  if (!corrected.ok) {
    await i.reply(privately(problemAnswer(corrected.message)));
    return;
  }
  if (i.isFromMessage()) await i.update(preview(corrected.draft));
  else await i.reply({ ...preview(corrected.draft), flags: MessageFlags.Ephemeral });
}

function preview(d: PendingDraft) {
  const row: APIActionRowComponent<APIButtonComponent> = {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Success, label: 'Save', custom_id: `${PREFIX}save:${d.id}` },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Edit details', custom_id: `${PREFIX}edit:${d.id}` },
      { type: ComponentType.Button, style: ButtonStyle.Danger, label: 'Cancel', custom_id: `${PREFIX}cancel:${d.id}` },
    ],
  };
  return { ...rendered(previewAnswer(d)), components: [row] };
}

function modal(d: PendingDraft): APIModalInteractionResponseCallbackData {
  const input = (custom_id: string, label: string, value: string, max: number, placeholder?: string) => ({
    type: ComponentType.Label as const,
    label,
    component: { type: ComponentType.TextInput as const, custom_id, style: TextInputStyle.Short, required: true, max_length: max, ...(value ? { value: value.slice(0, max) } : {}), ...(placeholder ? { placeholder } : {}) },
  });
  return {
    custom_id: `${PREFIX}modal:${d.id}`,
    title: 'Article details',
    components: [input('title', 'Title', d.title, 300), input('source', 'Outlet', d.source, 100), input('published', 'Publication date (YYYY-MM-DD)', d.published, 10, '2024-04-19')],
  };
}

function rendered(a: Answer) {
  const m = toDiscord(a);
  return { embeds: m.embeds, components: m.components, allowedMentions: NO_PINGS };
}

function privately(a: Answer) {
  return { ...rendered(a), flags: MessageFlags.Ephemeral as const };
}
