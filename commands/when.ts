import type { CommandSpec } from './spec.ts';

export const when: CommandSpec = {
  name: 'when',
  description: 'When did something happen during (or around) the visit?',
  usage: '/when <event>',
  examples: ['/when <what happened>'],
  options: [
    { name: 'event', description: 'The event you want the date of', type: 'string', required: true, autocomplete: 'events', maxLength: 300 },
  ],
};
