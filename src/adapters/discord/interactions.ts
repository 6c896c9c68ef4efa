import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction, ModalSubmitInteraction } from 'discord.js';
import { ApplicationCommandOptionType, MessageFlags } from 'discord.js';
import { createReplies } from '../../core/replies.ts';
import { findCommand } from '../../../commands/index.ts';
import type { CompletionSource } from '../../../commands/spec.ts';
import { optionArgs, optionText } from '../../core/route.ts';
import { usage } from '../../core/answer.ts';
import { answerFailure } from '../../core/failures.ts';
import type { ChatAdapterOptions } from '../../core/chat-adapter.ts';
import { withDeferral } from '../../core/in-flight.ts';
import type { Answer, Choice } from '../../core/types.ts';
import type { ArticleFlow } from '../../intake/flow.ts';
import { handleArticleClick } from './add-article.ts';
import { canManage, guildInstalled, isCommandAdmin, isServerAdmin } from './permissions.ts';
import { modalText, toModal } from './form.ts';
import { decodeControl, encodeControl, readClick, readReason } from '../../core/controls.ts';
import { requestFromLine } from '../../core/request-line.ts';
import { CUSTOM_ID_MAX, edit, reply, toDiscord, toDiscordView } from './render.ts';

// Slash commands, autocomplete and our buttons. Every interaction is answered or deliberately
// ignored; a failure becomes a private "something went wrong" and a logged error, never a crash.

export interface InteractionDeps extends Pick<ChatAdapterOptions, 'interactions' | 'logger'> {
  complete: (source: CompletionSource, partial: string) => Choice[];
  publicReplies: boolean;
  /** Discord drops an interaction not acknowledged within 3 s; a slower answer is deferred first. */
  deferAfterMs?: number;
  /** Told about every interaction that failed (for the metrics). */
  onError?: () => void;
  /** Adding articles from chat (/sources add, its buttons and modal); without it /sources only lists. */
  articles?: ArticleFlow;
  /** ADMIN_GUILD_IDS: where Manage Server makes an admin of articles (see permissions.ts). */
  adminGuildIds?: readonly string[];
}

const DEFER_AFTER_MS = 2000;
const MAX_CHOICES = 25;

export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    try {
      if (deps.articles && (await handleArticleClick(deps.articles, interaction))) return;
      if (interaction.isChatInputCommand()) await onCommand(deps, interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(deps, interaction);
      else if (interaction.isButton()) await onButton(deps, interaction);
      else if (interaction.isModalSubmit() && decodeControl(interaction.customId)?.action === 'reason') await onReason(deps, interaction);
      else if (interaction.isRepliable()) await interaction.reply(reply(toDiscord(usage('I only answer my slash commands and buttons.', ['/help'])), true));
    } catch (err) {
      await answerFailure(deps, err, 'discord interaction failed', { interaction: describe(interaction) }, (answer) => apologise(interaction, answer));
    }
  };
}

async function onCommand(deps: InteractionDeps, i: ChatInputCommandInteraction): Promise<void> {
  const sub = i.options.data.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  const values = sub?.options ?? i.options.data;
  // /sources add:<link> or file:<attachment> is "/sources add <link>" (commands/sources.ts), the file alongside.
  const request = { command: i.commandName, args: optionArgs(findCommand(i.commandName), { subcommand: sub?.name, values }) };
  const file = values.find((o) => o.type === ApplicationCommandOptionType.Attachment)?.attachment;
  const pending = deps.interactions.ask({
    ...request,
    platform: 'discord',
    userId: i.user.id,
    channelId: i.channelId ?? undefined,
    canManage: () => canManage(i),
    // Daily posts are for servers that installed the bot: not in DMs, group DMs, or where only a user installed it.
    settingsHere: guildInstalled(i),
    isAdmin: () => isCommandAdmin(i),
    // The dispatcher asks it only for "/sources add" (commands/sources.ts).
    ...(deps.articles
      ? {
          addArticle: deps.articles.adder({
            userId: i.user.id,
            isAdmin: () => isServerAdmin(i, deps.adminGuildIds ?? []),
            // Fetching may take longer than the 3 s Discord gives before it must be acknowledged.
            onAllowed: () => i.deferReply({ flags: MessageFlags.Ephemeral }),
            ...(file ? { file: { name: file.name, url: file.url, size: file.size } } : {}),
          }),
        }
      : {}),
  });
  const { view, private: isPrivate } = await withDeferral(pending, deps.deferAfterMs ?? DEFER_AFTER_MS, async () => {
    if (!i.deferred) await i.deferReply(deps.publicReplies ? {} : { flags: MessageFlags.Ephemeral });
  });
  const message = toDiscordView(view);
  if (!i.deferred) return void (await i.reply(reply(message, isPrivate)));
  if (isPrivate === Boolean(i.ephemeral)) return void (await i.editReply(edit(message)));
  // Deferred in public but the answer must stay private.
  await i.deleteReply();
  await i.followUp(reply(message, true));
}

async function onAutocomplete(deps: InteractionDeps, i: AutocompleteInteraction): Promise<void> {
  const focused = i.options.data.find((o) => o.focused);
  const source = findCommand(i.commandName)?.options.find((o) => o.name === focused?.name)?.autocomplete;
  const choices = focused && source ? deps.complete(source, optionText(focused.value)) : [];
  await i.respond(choices.slice(0, MAX_CHOICES).map((c) => ({ name: c.name.slice(0, 100), value: c.value.slice(0, 100) })));
}

async function onButton(deps: InteractionDeps, i: ButtonInteraction): Promise<void> {
  // Arguments too long for the custom_id are read back from the embed footer.
  const carried = readClick(i.customId, { argsElsewhere: () => requestFromLine(i.message?.embeds[0]?.footer?.text) });
  const input = { platform: 'discord' as const, ...carried, id: i.customId, userId: i.user.id, channelId: i.channelId ?? undefined, answerRef: i.message?.id };
  await createReplies(deps).click(
    { ...input, canManage: () => canManage(i) },
    {
      show: (view, how) => (how.replace ? i.update(edit(toDiscordView(view))) : i.reply(reply(toDiscordView(view), how.private))),
      // The form's title says what the click did.
      openForm: (form, request) => i.showModal(toModal(form, encodeControl({ action: 'reason', ...request }, CUSTOM_ID_MAX))),
    },
  );
}

async function onReason(deps: InteractionDeps, i: ModalSubmitInteraction): Promise<void> {
  const request = readReason(i.customId, { argsElsewhere: () => requestFromLine(i.message?.embeds[0]?.footer?.text) });
  const reason = modalText(i, 'reason');
  const text = await deps.interactions.reason({
    platform: 'discord',
    request,
    userId: i.user.id,
    channelId: i.channelId ?? undefined,
    answerRef: i.message?.id,
    reason,
  });
  await i.reply(reply(toDiscordView({ kind: 'text', text }), true));
}

async function apologise(i: Interaction, failed: Answer): Promise<void> {
  if (i.isAutocomplete()) {
    if (!i.responded) await i.respond([]);
    return;
  }
  if (!i.isRepliable()) return;
  const message = reply(toDiscord(failed), true);
  if (i.deferred || i.replied) await i.followUp(message);
  else await i.reply(message);
}

function describe(i: Interaction): Record<string, unknown> {
  return {
    id: i.id,
    type: i.type,
    command: 'commandName' in i ? i.commandName : undefined,
    customId: 'customId' in i ? i.customId : undefined,
    user: i.user?.id,
  };
}
