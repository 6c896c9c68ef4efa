import { ask } from '../src/answers/ask.ts';
import { when as answer } from '../src/answers/events.ts';
import type { Command, CommandSpec } from './spec.ts';

const definition: CommandSpec = {
  name: 'when',
  description: 'When did something happen during (or around) the visit?',
  usage: '/when <event>',
  examples: ['/when <what happened>'],
  options: [{ name: 'event', description: 'The event you want the date of', type: 'string', required: true, autocomplete: 'events', maxLength: 300 }],
};

// "/when did the governor get back": a question worded in full is asked as one ("when did …"), so that
// a trip's return or departure is read as a free question reads it.
const CLAUSE = /^\s*(?:did|does|do|is|was|were|will|has|have|had|are)\s+\S/i;

export const when: Command = { definition, handle: (ctx, args) => (CLAUSE.test(args) ? ask(ctx, `when ${args}`) : answer(ctx, args)) };
