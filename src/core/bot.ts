import { commands, findCommand } from '../../commands/index.ts';
import { ask } from '../answers/ask.ts';
import { suggestionsFor, type AnswerContext } from '../answers/context.ts';
import { onThisDay, timeline, when } from '../answers/events.ts';
import { help } from '../answers/help.ts';
import { quote } from '../answers/quote.ts';
import { sources } from '../answers/sources.ts';
import { who } from '../answers/who.ts';
import { completions } from '../answers/complete.ts';
import type { Knowledge } from '../knowledge/index.ts';
import { failure, refusal, usage } from './answer.ts';
import { MAX_ARGUMENT_LENGTH, type CompletionSource } from '../../commands/spec.ts';
import type { Logger } from './logger.ts';
import { echo } from '../text.ts';
import type { Answer, BotRequest, Choice } from './types.ts';

// The platform-neutral bot: a request in, an answer out. Expected trouble (bad input) becomes a
// polite answer here; anything unexpected is logged with the request and becomes one calm line.

type Handler = (ctx: AnswerContext, args: string) => Answer;

const HANDLERS: Record<string, Handler> = {
  who,
  quote,
  when,
  ask,
  onthisday: onThisDay,
  timeline: (ctx) => timeline(ctx),
  sources: (ctx) => sources(ctx),
  help: (ctx) => help(ctx),
  // Subscriptions live with the daily posts (src/daily); without them there is nothing to manage.
  daily: () => refusal('Daily posts are managed in a Discord or Slack channel, where the bot posts them.', ['/onthisday']),
};

export interface BotOptions {
  knowledge: Knowledge;
  now?: () => Date;
  timezone?: string;
  logger?: Logger;
}

export interface Bot {
  readonly knowledge: Knowledge;
  /** Answers one request. Never throws. */
  handle(request: BotRequest): Answer;
  /** Answers a line as typed in a chat: a slash command, or a free question (a leading mention is dropped). */
  handleLine(line: string, platform?: BotRequest['platform'], context?: string[]): Answer;
  complete(source: CompletionSource, partial: string): Choice[];
}

export function createBot(options: BotOptions): Bot {
  const ctx: AnswerContext = { knowledge: options.knowledge, now: options.now ?? (() => new Date()), timezone: options.timezone ?? 'UTC' };
  const handle = (request: BotRequest): Answer => {
    try {
      return dispatch(ctx, request);
    } catch (err) {
      options.logger?.error({ err, command: request.command, args: request.args.slice(0, MAX_ARGUMENT_LENGTH) }, 'handler failed');
      return failure();
    }
  };
  return {
    knowledge: options.knowledge,
    handle,
    handleLine: (line, platform = 'console', context) => handle({ ...parseLine(line), platform, context }),
    complete: (source, partial) => completions(options.knowledge, source, partial),
  };
}

function dispatch(ctx: AnswerContext, request: BotRequest): Answer {
  const name = request.command.toLowerCase();
  const handler = HANDLERS[name];
  if (!handler || !findCommand(name)) {
    return usage(`I don't know the command /${echo(request.command, 40)}. I know: ${commands.map((c) => `/${c.name}`).join(', ')}.`, ['/help']);
  }
  const args = cleanInput(request.args);
  if (args.length > MAX_ARGUMENT_LENGTH) {
    return refusal(`That is too long for me (${args.length} characters); please keep it under ${MAX_ARGUMENT_LENGTH}.`, suggestionsFor(ctx.knowledge));
  }
  return handler(request.context?.length ? { ...ctx, thread: request.context.map((c) => parseLine(cleanInput(c)).args) } : ctx, args);
}

/** Drops control and formatting characters and folds white space; everything else is kept. */
export function cleanInput(s: string): string {
  return s.normalize('NFKC').replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** "/who Gong" → who + "Gong"; "@VisitBot who met…?" or "<@123> who…" → ask + the question. */
export function parseLine(line: string): { command: string; args: string } {
  let text = line.replace(/^\uFEFF/, '').trim();
  text = text.replace(/^(?:<@[!&]?[A-Za-z0-9]+(?:\|[^>]*)?>|@[\p{L}\p{N}_.-]+)[\s,:]*/u, '');
  const slash = /^\/([\p{L}\p{N}_-]*)\s*([\s\S]*)$/u.exec(text);
  if (slash) return { command: slash[1] ?? '', args: slash[2] ?? '' };
  return { command: 'ask', args: text };
}
