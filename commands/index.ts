// Every slash command, listed explicitly, each with its handler: dispatch, /help, Discord
// registration and the Slack manifest all come from this list.
import type { Command, CommandSpec } from './spec.ts';
import { who } from './who.ts';
import { quote } from './quote.ts';
import { when } from './when.ts';
import { ask } from './ask.ts';
import { onthisday } from './onthisday.ts';
import { timeline } from './timeline.ts';
import { sources } from './sources.ts';
import { help } from './help.ts';
import { daily } from './daily.ts';
import { feedback } from './feedback.ts';

export { changesSettings } from './daily.ts';
export { addTarget } from './sources.ts';

export const handlers: readonly Command[] = [who, quote, when, ask, onthisday, timeline, sources, daily, feedback, help];

/** The definitions alone, in the same order. */
export const commands: readonly CommandSpec[] = handlers.map((c) => c.definition);

export function findCommand(name: string): CommandSpec | undefined {
  return commands.find((c) => c.name === name.toLowerCase());
}

export function findHandler(name: string): Command | undefined {
  return handlers.find((c) => c.definition.name === name.toLowerCase());
}
