// Every slash command, listed explicitly: dispatch, /help, Discord registration and the Slack
// manifest are all generated from this list.
import type { CommandSpec } from './spec.ts';
import { who } from './who.ts';
import { quote } from './quote.ts';
import { when } from './when.ts';
import { ask } from './ask.ts';
import { onthisday } from './onthisday.ts';
import { timeline } from './timeline.ts';
import { sources } from './sources.ts';
import { help } from './help.ts';
import { daily } from './daily.ts';

export { changesSettings } from './daily.ts';

export const commands: readonly CommandSpec[] = [who, quote, when, ask, onthisday, timeline, sources, daily, help];

export function findCommand(name: string): CommandSpec | undefined {
  return commands.find((c) => c.name === name.toLowerCase());
}
