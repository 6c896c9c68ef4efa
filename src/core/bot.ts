import { commands, findHandler } from '../../commands/index.ts';
import { MAX_ARGUMENT_LENGTH, type CommandContext, type CompletionSource } from '../../commands/spec.ts';
import { suggestionsFor } from '../answers/context.ts';
import { completions } from '../answers/complete.ts';
import type { Knowledge } from '../knowledge-build/index.ts';
import { failure, refusal, usage } from './answer.ts';
import type { Logger } from './logger.ts';
import { echo } from '../text.ts';
import type { Answer, BotRequest, Choice } from './types.ts';

// The platform-neutral bot and its one dispatcher: a request in, the command's handler (commands/),
// an answer out. Expected trouble (bad input) becomes a polite answer here; anything unexpected is
// logged with the request and becomes one calm line.

export interface BotOptions {
  knowledge: Knowledge;
  now?: () => Date;
  timezone?: string;
  logger?: Logger;
  /** Daily-post settings (src/daily), where the platforms and the store run; undefined for a request that is not one. */
  subscriptions?: (request: BotRequest) => Promise<Answer | undefined>;
  /** The answers voted down, where there is a store (/feedback). */
  feedback?: CommandContext['feedback'];
}

export interface Bot {
  readonly knowledge: Knowledge;
  /** Answers one request from the articles (daily-post settings are refused: no channel here). Never throws. */
  handle(request: BotRequest): Answer;
  /** Answers one request with every service the bot was given (what the chat platforms get). Never rejects. */
  respond(request: BotRequest): Promise<Answer>;
  /** Answers a line as typed in a chat: a slash command, or a free question (a leading mention is dropped). */
  handleLine(line: string, platform?: BotRequest['platform'], context?: string[]): Answer;
  complete(source: CompletionSource, partial: string): Choice[];
}

export function createBot(options: BotOptions): Bot {
  const base = { knowledge: options.knowledge, now: options.now ?? (() => new Date()), timezone: options.timezone ?? 'UTC', definitions: commands };
  const withServices: CommandContext = {
    ...base,
    ...(options.subscriptions ? { subscriptions: options.subscriptions as CommandContext['subscriptions'] } : {}),
    ...(options.feedback ? { feedback: options.feedback } : {}),
  };
  const failed = (request: BotRequest, err: unknown) => {
    options.logger?.error({ err, command: request.command, args: request.args.slice(0, MAX_ARGUMENT_LENGTH) }, 'handler failed');
    return failure();
  };
  const handle = (request: BotRequest): Answer => {
    try {
      // Without services every handler answers synchronously.
      return dispatch(base, request) as Answer;
    } catch (err) {
      return failed(request, err);
    }
  };
  return {
    knowledge: options.knowledge,
    handle,
    async respond(request) {
      try {
        return await dispatch(withServices, request);
      } catch (err) {
        return failed(request, err);
      }
    },
    handleLine: (line, platform = 'console', context) => handle({ ...parseLine(line), platform, context }),
    complete: (source, partial) => completions(options.knowledge, source, partial),
  };
}

function dispatch(ctx: CommandContext, request: BotRequest): Answer | Promise<Answer> {
  const command = findHandler(request.command);
  if (!command) {
    return usage(`I don't know the command /${echo(request.command, 40)}. I know: ${commands.map((c) => `/${c.name}`).join(', ')}.`, ['/help']);
  }
  const args = cleanInput(request.args);
  const max = command.definition.maxArguments ?? MAX_ARGUMENT_LENGTH;
  if (args.length > max) {
    return refusal(`That is too long for me (${args.length} characters); please keep it under ${max}.`, suggestionsFor(ctx.knowledge));
  }
  const thread = request.context?.length ? { thread: request.context.map((c) => parseLine(cleanInput(c)).args) } : {};
  return command.handle({ ...ctx, ...thread }, args, { ...request, args });
}

/** Drops control and formatting characters and folds white space; everything else is kept. */
export function cleanInput(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "/who Gong" → who + "Gong"; "@VisitBot who met…?" or "<@123> who…" → ask + the question. */
export function parseLine(line: string): { command: string; args: string } {
  let text = line.replace(/^\uFEFF/, '').trim();
  text = text.replace(/^(?:<@[!&]?[A-Za-z0-9]+(?:\|[^>]*)?>|@[\p{L}\p{N}_.-]+)[\s,:]*/u, '');
  const slash = /^\/([\p{L}\p{N}_-]*)\s*([\s\S]*)$/u.exec(text);
  if (slash) return { command: slash[1] ?? '', args: slash[2] ?? '' };
  return { command: 'ask', args: text };
}
