import { who as answer } from '../src/answers/who.ts';
import type { Command, CommandSpec } from './spec.ts';

const definition: CommandSpec = {
  name: 'who',
  description: 'Who is this person, and what role do they have in the articles?',
  usage: '/who <name or role>',
  examples: ['/who <full or partial name>', '/who <role, e.g. the mayor of a city>'],
  options: [{ name: 'name', description: 'A name (full or partial) or a role', type: 'string', required: true, autocomplete: 'people', maxLength: 300 }],
};

export const who: Command = { definition, handle: (ctx, args) => answer(ctx, args) };
