import { ask } from '../src/answers/ask.ts';
import { who as answer } from '../src/answers/who.ts';
import { hasSense } from '../src/knowledge/wordnet.ts';
import type { Command, CommandSpec } from './spec.ts';

const definition: CommandSpec = {
  name: 'who',
  description: 'Who is this person, and what role do they have in the articles?',
  usage: '/who <name or role>',
  examples: ['/who <full or partial name>', '/who <role, e.g. the mayor of a city>'],
  options: [{ name: 'name', description: 'A name (full or partial) or a role', type: 'string', required: true, autocomplete: 'people', maxLength: 300 }],
};

// "/who runs the port" names no one: it is the question "who runs the port".
const DOES = /^\s*(\p{Ll}+)\s+\S/u;

export const who: Command = {
  definition,
  handle: (ctx, args) => {
    const found = answer(ctx, args);
    const verb = DOES.exec(args)?.[1];
    if (found.answered || !verb || !hasSense(verb.replace(/s$/, ''), 'verb')) return found;
    const asked = ask(ctx, `who ${args}`);
    return asked.answered ? asked : found;
  },
};
