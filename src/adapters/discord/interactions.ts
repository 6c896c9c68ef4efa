import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, CommandInteractionOption, Interaction, InteractionReplyOptions } from 'discord.js';
import { ApplicationIntegrationType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { findCommand } from '../../../commands/index.ts';
import { failure, refusal, usage } from '../../core/answer.ts';
import { changesSettings, type Conversations } from '../../conversation/conversations.ts';
import { whyView } from '../../conversation/explain.ts';
import { voteReceipt, type Feedback } from '../../conversation/feedback.ts';
import type { CompletionSource } from '../../../commands/spec.ts';
import type { Logger } from '../../core/logger.ts';
import type { Answer, BotRequest, Choice, Handle } from '../../core/types.ts';
import type { Intake } from '../../intake/intake.ts';
import { handleAddArticle } from './add-article.ts';
import { decodeAnswerButton } from './answer-buttons.ts';
import { decodeButton, requestFromFooter } from './paging.ts';
import { toDiscord, type DiscordMessage } from './render.ts';
import { toDiscordWhy } from './why.ts';

// Slash commands, autocomplete and our buttons. Every interaction is answered or deliberately
// ignored; a failure becomes a private "something went wrong" and a logged error, never a crash.

export interface InteractionDeps {
  handle: Handle;
  complete: (source: CompletionSource, partial: string) => Choice[];
  logger: Logger;
  publicReplies: boolean;
  /** Discord drops an interaction not acknowledged within 3 s; a slower answer is deferred first. */
  deferAfterMs?: number;
  /** Told about every interaction that failed (for the metrics). */
  onError?: () => void;
  /** Adding articles from chat (/sources add, its buttons and modal); without it /sources only lists. */
  intake?: Intake;
  /** ADMIN_GUILD_IDS: where Manage Server makes an admin (see add-article.ts). */
  adminGuildIds?: readonly string[];
  /** The questions asked in threads: a "why" or a vote on a follow-up re-runs it with its context. */
  conversations?: Conversations;
  /** Where votes go; without it a vote is answered "cannot be recorded". */
  feedback?: Feedback;
}

/** Kinds that are only ever shown to the person who asked. */
const PRIVATE_KINDS = new Set<Answer['kind']>(['error', 'usage', 'refusal']);
const DEFER_AFTER_MS = 2000;
const MAX_CHOICES = 25;

export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    try {
      if (deps.intake && (await handleAddArticle(deps.intake, interaction, deps.logger, deps.adminGuildIds))) return;
      if (interaction.isChatInputCommand()) await onCommand(deps, interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(deps, interaction);
      else if (interaction.isButton()) await onButton(deps, interaction);
      else if (interaction.isRepliable()) await interaction.reply(reply(toDiscord(usage('I only answer my slash commands and buttons.', ['/help'])), true));
    } catch (err) {
      deps.onError?.();
      deps.logger.error({ err, interaction: describe(interaction) }, 'discord interaction failed');
      await apologise(interaction).catch((e: unknown) => deps.logger.warn({ err: e }, 'discord apology failed'));
    }
  };
}

async function onCommand(deps: InteractionDeps, i: ChatInputCommandInteraction): Promise<void> {
  const spec = findCommand(i.commandName);
  // Spec order, one space between values; an unknown command passes its values through and the core explains.
  const values = spec ? spec.options.map((o) => optionValue(i.options.data, o.name)) : i.options.data.map((o) => stringOf(o.value));
  const request = requestOf(i, i.commandName, values.filter(Boolean).join(' '));
  // Daily posts are for servers that installed the bot: not in DMs, group DMs, or where only a user installed it.
  if (changesSettings(request) && !guildInstalled(i)) {
    await i.reply(reply(toDiscord(refusal('Daily posts are for server channels where VisitBot is installed; ask a server admin to add it there.', ['/onthisday'])), true));
    return;
  }
  const answer = await withDeferral(deps.handle(request), deps.deferAfterMs ?? DEFER_AFTER_MS, () => i.deferReply(deps.publicReplies ? {} : { flags: MessageFlags.Ephemeral }));
  const isPrivate = !deps.publicReplies || PRIVATE_KINDS.has(answer.kind);
  // Only a real answer is worth sharing: never a refusal, help or "not in the articles".
  const message = toDiscord(answer, 0, { request, share: isPrivate && answer.answered });
  if (!i.deferred) return void (await i.reply(reply(message, isPrivate)));
  if (isPrivate === !deps.publicReplies) return void (await i.editReply(edit(message)));
  // Deferred in public but the answer must stay private.
  await i.deleteReply();
  await i.followUp(reply(message, true));
}

async function onAutocomplete(deps: InteractionDeps, i: AutocompleteInteraction): Promise<void> {
  const focused = i.options.data.find((o) => o.focused);
  const source = findCommand(i.commandName)?.options.find((o) => o.name === focused?.name)?.autocomplete;
  const choices = focused && source ? deps.complete(source, stringOf(focused.value)) : [];
  await i.respond(choices.slice(0, MAX_CHOICES).map((c) => ({ name: c.name.slice(0, 100), value: c.value.slice(0, 100) })));
}

async function onButton(deps: InteractionDeps, i: ButtonInteraction): Promise<void> {
  if (decodeAnswerButton(i.customId)) return onAnswerButton(deps, i);
  const state = decodeButton(i.customId);
  const asked = state && (state.args !== undefined ? { command: state.command, args: state.args } : requestFromFooter(i.message?.embeds[0]?.footer?.text));
  if (!state || !asked || asked.command !== state.command) {
    await i.reply(reply(toDiscord(usage('That button has expired. Please run the command again.', ['/help'])), true));
    return;
  }
  // A follow-up's answer pages (and is shared) with the thread's earlier questions, as it was answered.
  const context = await contextOf(deps, i);
  const request = { ...requestOf(i, asked.command, asked.args), ...(context.length ? { context } : {}) };
  const answer = await deps.handle(request);
  if (state.action === 'page' && !PRIVATE_KINDS.has(answer.kind)) {
    await i.update(edit(toDiscord(answer, state.page, { request, share: state.share })));
  } else {
    // "Share in channel": the same answer, posted publicly.
    await i.reply(reply(toDiscord(answer, state.page, { request }), PRIVATE_KINDS.has(answer.kind)));
  }
}

/** "Why this answer?" and the votes: the request is re-run (with the thread's earlier questions) and the answer explained or voted on, privately. */
async function onAnswerButton(deps: InteractionDeps, i: ButtonInteraction): Promise<void> {
  const state = decodeAnswerButton(i.customId)!;
  const asked = state.args !== undefined ? { command: state.command, args: state.args } : requestFromFooter(i.message?.embeds[0]?.footer?.text);
  if (!asked || asked.command !== state.command || changesSettings(asked)) {
    await i.reply(reply(toDiscord(usage('That button has expired. Please run the command again.', ['/help'])), true));
    return;
  }
  const context = await contextOf(deps, i);
  const request = { ...requestOf(i, asked.command, asked.args), ...(context.length ? { context } : {}) };
  const answer = await deps.handle(request);
  if (state.action === 'why') {
    await i.reply({ ...reply(toDiscordWhy(whyView(answer, asked, context)), true) });
    return;
  }
  const vote = state.action === 'up' ? 1 : -1;
  const outcome = deps.feedback ? await deps.feedback.vote({ platform: 'discord', userId: i.user.id, request: asked, context, answer, vote }) : 'unavailable';
  await i.reply({ content: voteReceipt(outcome, vote), allowedMentions: { parse: [], repliedUser: false }, flags: MessageFlags.Ephemeral });
}

/** The questions asked in the thread before the one the clicked message answered (none for a slash command's answer). */
async function contextOf(deps: InteractionDeps, i: ButtonInteraction): Promise<string[]> {
  if (!deps.conversations || !i.channelId || !i.message) return [];
  return deps.conversations.contextOfAnswer('discord', i.channelId, i.message.id);
}

/** In a server that installed the app (not a DM, a group DM, or a server where only the user installed it). */
function guildInstalled(i: ChatInputCommandInteraction): boolean {
  if (!i.inGuild()) return false;
  const owners = i.authorizingIntegrationOwners;
  return !owners || Object.keys(owners).length === 0 || owners[ApplicationIntegrationType.GuildInstall] !== undefined;
}

function requestOf(i: ChatInputCommandInteraction | ButtonInteraction, command: string, args: string): BotRequest {
  return {
    command,
    args,
    platform: 'discord',
    userId: i.user.id,
    channelId: i.channelId ?? undefined,
    // memberPermissions are the member's permissions in this channel; outside a server (DMs) the user is in charge.
    canManageChannel: i.inGuild() ? (i.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false) : true,
  };
}

async function withDeferral(pending: Promise<Answer>, afterMs: number, defer: () => Promise<unknown>): Promise<Answer> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), afterMs)));
  try {
    const first = await Promise.race([pending, late]);
    if (first !== 'late') return first;
    await defer();
    return await pending;
  } finally {
    clearTimeout(timer);
  }
}

async function apologise(i: Interaction): Promise<void> {
  if (i.isAutocomplete()) {
    if (!i.responded) await i.respond([]);
    return;
  }
  if (!i.isRepliable()) return;
  const message = reply(toDiscord(failure()), true);
  if (i.deferred || i.replied) await i.followUp(message);
  else await i.reply(message);
}

function optionValue(options: readonly CommandInteractionOption[], name: string): string {
  return stringOf(options.find((o) => o.name === name)?.value).trim();
}

function stringOf(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/** discord.js wants allowedMentions in camelCase; our renderer speaks the API's JSON. */
export function reply(m: DiscordMessage, ephemeral: boolean): InteractionReplyOptions {
  return { embeds: m.embeds, components: m.components, allowedMentions: { parse: [], repliedUser: false }, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

function edit(m: DiscordMessage) {
  return { embeds: m.embeds, components: m.components, allowedMentions: { parse: [], repliedUser: false } };
}

function describe(i: Interaction): Record<string, unknown> {
  return { id: i.id, type: i.type, command: 'commandName' in i ? i.commandName : undefined, customId: 'customId' in i ? i.customId : undefined, user: i.user?.id };
}
