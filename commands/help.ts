import { help as answer } from '../src/answers/help.ts';
import type { Command, CommandSpec } from './spec.ts';

const definition: CommandSpec = {
  name: 'help',
  description: 'What the bot can answer, with examples',
  usage: '/help',
  examples: ['/help'],
  options: [],
};

export const help: Command = { definition, handle: (ctx) => answer(ctx, ctx.definitions) };
