// The shape of a declarative command definition in commands/. One definition drives dispatch, help,
// Discord registration and the Slack manifest.

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
}

export interface CommandSpec {
  name: string;
  description: string;
  /** Shown in /help and usage messages, e.g. "/who <name or role>". */
  usage: string;
  examples: string[];
  options: OptionSpec[];
  /** Only people who may manage the channel may use it (Discord: default member permission Manage Channels). */
  managersOnly?: boolean;
}

/** Longest argument the bot will work on; longer input is refused before any work is done. */
export const MAX_ARGUMENT_LENGTH = 300;
