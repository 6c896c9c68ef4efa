import type { CommandSpec } from './spec.ts';

export const help: CommandSpec = {
  name: 'help',
  description: 'What the bot can answer, with examples',
  usage: '/help',
  examples: ['/help'],
  options: [],
};
