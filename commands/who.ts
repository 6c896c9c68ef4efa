import type { CommandSpec } from './spec.ts';

export const who: CommandSpec = {
  name: 'who',
  description: 'Who is this person, and what role do they have in the articles?',
  usage: '/who <name or role>',
  examples: ['/who <full or partial name>', '/who <role, e.g. the mayor of a city>'],
  options: [
    { name: 'name', description: 'A name (full or partial) or a role', type: 'string', required: true, autocomplete: 'people', maxLength: 300 },
  ],
};
