import type { AnswerContext } from '../src/answers/context.ts';
import type { Answer } from '../src/answers/types.ts';
import type { DownVoted } from '../src/store/types.ts';

// The shape of a command in commands/: its definition (which drives /help, Discord registration and
// the Slack manifest) and its handler, together, as the discord.js guide lays them out.

/** Where autocomplete suggestions for an option come from. */
export type CompletionSource = 'people' | 'people-and-topics' | 'events';

export interface OptionSpec {
  name: string;
  description: string;
  /** An attachment option takes a file (Discord only; elsewhere it is not offered). */
  type: 'string' | 'attachment';
  required: boolean;
  autocomplete?: CompletionSource;
  maxLength?: number;
  /** Fixed values the user picks from. */
  choices?: string[];
  /**
   * The word of the arguments the option stands for, given before its value: /sources add:<link> is
   * "add <link>"; an attachment under the same word gives the word alone (its file comes alongside).
   */
  keyword?: string;
}

/** A subcommand: Discord shows it as its own entry ("/daily subscribe"); elsewhere it is the first word of the arguments. */
export interface SubcommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
}

export interface CommandSpec {
  name: string;
  description: string;
  /** Shown in /help and usage messages, e.g. "/who <name or role>". */
  usage: string;
  examples: string[];
  options: OptionSpec[];
  /** Subcommands instead of options (the arguments are the subcommand's name, then its options' values). */
  subcommands?: SubcommandSpec[];
  /** Only people who may manage the channel (Discord: default member permission Manage Channels). */
  managersOnly?: boolean;
  /** Only the bot's admins (Discord: default member permission Manage Server, so members do not see it; Slack: SLACK_ADMIN_USERS and workspace admins). */
  adminsOnly?: boolean;
  /** Longest argument text it takes, when not MAX_ARGUMENT_LENGTH (a link to add). */
  maxArguments?: number;
}

/** Longest argument the bot will work on; longer input is refused before any work is done. */
export const MAX_ARGUMENT_LENGTH = 300;

/** What a handler gets besides its arguments: the request as the platform-neutral core saw it. */
export interface CommandRequest {
  command: string;
  args: string;
  platform: string;
  userId?: string;
  channelId?: string;
  /** Said by the adapter's capability: may this user change the channel's settings? */
  canManageChannel?: boolean;
  /** Said by the adapter's capability, for adminsOnly commands: is this user one of the bot's admins? */
  isAdmin?: boolean;
  /** Where the platform lets this user add articles (src/intake/flow.ts): the preview of the page at `link` (or of the file shared), or what went wrong. */
  addArticle?: (link: string) => Promise<Answer>;
}

export interface CommandContext extends AnswerContext {
  /** Every definition, for /help. */
  definitions: readonly CommandSpec[];
  /** Daily-post settings, where a channel and the store exist (Discord, Slack); absent elsewhere. */
  subscriptions?: (request: CommandRequest) => Promise<Answer | undefined>;
  /** The answers voted down (the store's feedback), where there is a store. */
  feedback?: (limit: number) => Promise<DownVoted[]>;
}

export interface Command {
  definition: CommandSpec;
  handle(ctx: CommandContext, args: string, request: CommandRequest): Answer | Promise<Answer>;
}
