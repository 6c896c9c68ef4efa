import { when as answer } from '../src/answers/events.ts';
import type { Command, CommandSpec } from './spec.ts';

const definition: CommandSpec = {
  name: 'when',
  description: 'When did something happen during (or around) the visit?',
  usage: '/when <event>',
  examples: ['/when <what happened>'],
  options: [{ name: 'event', description: 'The event you want the date of', type: 'string', required: true, autocomplete: 'events', maxLength: 300 }],
};

export const when: Command = { definition, handle: (ctx, args) => answer(ctx, args) };
