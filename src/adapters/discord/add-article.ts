import type { ChatInputCommandInteraction, Interaction, Message } from 'discord.js';
import { PermissionFlagsBits } from 'discord.js';
import type { ArticleFlow } from '../../intake/flow.ts';
import { decodeDraftButton, DRAFT_PREFIX } from './answer-buttons.ts';
import { modalText, toModal } from './form.ts';
import { edit, reply, toDiscord } from './render.ts';

// Adding an article on Discord: who is an admin here, the preview's buttons and the details modal.
// "/sources add:<url>", "/sources file:<attachment>" and "@VisitBot add" with a file attached go
// through the one dispatcher to the intake's flow (src/intake/flow.ts), which says who may, fetches,
// previews and saves; the preview renders with Save / Edit details / Cancel (answer-buttons.ts), and
// this answers their clicks: Edit details opens a modal with title, outlet and date filled in.

/** Handles the interaction if it is a preview's button or the details modal; false for anything else. */
export async function handleArticleClick(flow: ArticleFlow, i: Interaction): Promise<boolean> {
  const decoded = i.isButton() || i.isModalSubmit() ? decodeDraftButton(i.customId) : undefined;
  if (!decoded || !(i.isButton() || i.isModalSubmit())) return false;
  const shown = i.isModalSubmit()
    ? flow.submit(decoded.id, i.user.id, (name) => modalText(i, name))
    : flow.press(decoded.action === 'edit' || decoded.action === 'cancel' ? decoded.action : 'save', decoded.id, i.user.id);
  if (shown.kind === 'form') {
    if (i.isButton()) await i.showModal(toModal(shown.form, `${DRAFT_PREFIX}modal:${shown.form.draftId}`));
  } else if (shown.kind === 'replace' && (i.isButton() || i.isFromMessage())) await i.update(edit(toDiscord(shown.answer)));
  else await i.reply(reply(toDiscord(shown.answer), true));
  return true;
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
