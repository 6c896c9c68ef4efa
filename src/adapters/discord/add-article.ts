import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIModalInteractionResponseCallbackData,
  ChatInputCommandInteraction,
  Interaction,
  Message,
} from 'discord.js';
import { ButtonStyle, ComponentType, MessageFlags, PermissionFlagsBits, TextInputStyle } from 'discord.js';
import { DETAIL_FIELDS, isAddLine, type ArticleFlow, type Step } from '../../intake/flow.ts';
import type { PendingDraft } from '../../intake/intake.ts';
import { cancelledAnswer } from '../../intake/preview.ts';
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
export async function handleAddArticle(flow: ArticleFlow, i: Interaction, adminGuildIds: readonly string[] = []): Promise<boolean> {
  if (i.isChatInputCommand() && i.commandName === 'sources' && (i.options.get('add') || i.options.get('file'))) {
    const file = i.options.getAttachment('file');
    const step = await flow.start({
      userId: i.user.id,
      isAdmin: () => isServerAdmin(i, adminGuildIds),
      // Fetching may take longer than the 3 s Discord gives before it must be acknowledged.
      onAllowed: () => i.deferReply({ flags: MessageFlags.Ephemeral }),
      url: i.options.getString('add')?.trim() ?? '',
      ...(file ? { file: { name: file.name, url: file.url, size: file.size } } : {}),
    });
    await (i.deferred ? i.editReply(message(step)) : i.reply({ ...message(step), flags: MessageFlags.Ephemeral }));
    return true;
  }
  if ((i.isButton() || i.isModalSubmit()) && i.customId.startsWith(PREFIX)) {
    const [, action = '', id = ''] = i.customId.split(':');
    const field = (name: string) => {
      try {
        return i.isModalSubmit() ? i.fields.getTextInputValue(name) : '';
      } catch {
        return '';
      }
    };
    const step = i.isModalSubmit()
      ? flow.correct(id, i.user.id, { title: field('title'), source: field('source'), published: field('published') })
      : action === 'edit'
        ? flow.edit(id, i.user.id)
        : action === 'cancel'
          ? flow.cancel(id, i.user.id)
          : flow.save(id, i.user.id);
    if (step.kind === 'edit' && i.isButton()) await i.showModal(modal(step.draft));
    else if (step.kind === 'problem' || (step.kind === 'preview' && !(i.isModalSubmit() && i.isFromMessage())))
      await i.reply({ ...message(step), flags: MessageFlags.Ephemeral });
    else if (i.isButton()) await i.update(message(step));
    else if (i.isFromMessage()) await i.update(message(step));
    return true;
  }
  return false;
}

/** "@VisitBot add" (or "/sources add") with a file attached. */
export function isAddMention(text: string, message: Message): boolean {
  return message.attachments.size > 0 && isAddLine(text);
}

/**
 * Manage Server makes an admin only in a listed server where the app is installed in the server: a
 * command's authorizing_integration_owners names the server for a server install (a user install
 * names the user). A message reaches the bot through the gateway only where the bot is a member.
 */
export function isServerAdmin(i: ChatInputCommandInteraction, adminGuildIds: readonly string[]): boolean {
  return (
    i.inGuild() &&
    adminGuildIds.includes(i.guildId) &&
    i.authorizingIntegrationOwners.guildId === i.guildId &&
    (i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false)
  );
}

export async function onMentionAdd(flow: ArticleFlow, m: Message, adminGuildIds: readonly string[] = []): Promise<void> {
  const file = m.attachments.first()!;
  const admin = () => m.inGuild() && adminGuildIds.includes(m.guildId) && (m.member?.permissions.has(PermissionFlagsBits.ManageGuild) ?? false);
  await m.reply(message(await flow.start({ userId: m.author.id, isAdmin: admin, file: { name: file.name, url: file.url, size: file.size } })));
}

/** A step as a message: the preview with Save / Edit details / Cancel, anything else without buttons. */
function message(step: Step) {
  const m = toDiscord('answer' in step ? step.answer : cancelledAnswer());
  const components: APIActionRowComponent<APIButtonComponent>[] = [];
  if (step.kind === 'preview') {
    const button = (style: ButtonStyle.Success | ButtonStyle.Secondary | ButtonStyle.Danger, label: string, action: string): APIButtonComponent => ({
      type: ComponentType.Button,
      style,
      label,
      custom_id: `${PREFIX}${action}:${step.draft.id}`,
    });
    components.push({
      type: ComponentType.ActionRow,
      components: [
        button(ButtonStyle.Success, 'Save', 'save'),
        button(ButtonStyle.Secondary, 'Edit details', 'edit'),
        button(ButtonStyle.Danger, 'Cancel', 'cancel'),
      ],
    });
  }
  return { embeds: m.embeds, components, allowedMentions: NO_PINGS };
}

function modal(d: PendingDraft): APIModalInteractionResponseCallbackData {
  return {
    custom_id: `${PREFIX}modal:${d.id}`,
    title: 'Article details',
    components: DETAIL_FIELDS.map((f) => ({
      type: ComponentType.Label as const,
      label: f.label,
      component: {
        type: ComponentType.TextInput as const,
        custom_id: f.id,
        style: TextInputStyle.Short,
        required: true,
        max_length: f.max,
        ...(d[f.id] ? { value: d[f.id].slice(0, f.max) } : {}),
        ...(f.placeholder ? { placeholder: f.placeholder } : {}),
      },
    })),
  };
}
