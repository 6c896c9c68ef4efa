import { ask } from '../src/answers/ask.ts';
import { who as answer } from '../src/answers/who.ts';
import { hasSense } from '../src/knowledge/wordnet.ts';
import { baseForm } from '../src/text.ts';
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
const AUXILIARY = /^(?:is|are|was|were|will|would|did|does|do|has|have|had|can|could)$/;

export const who: Command = {
  definition,
  handle: (ctx, args) => {
    const found = answer(ctx, args);
    const verb = DOES.exec(args)?.[1];
    // ("met", "is", "will": a past form, an auxiliary or a modal starts a question too.)
    const verbal = verb && (AUXILIARY.test(verb) || hasSense(baseForm(verb), 'verb') || hasSense(verb.replace(/s$/, ''), 'verb'));
    if (found.answered) return found;
    // ("/who the harbour board coo": a description no name search finds is the question "who is …".)
    if (!verbal && !/^(?:the|a|an)\s/i.test(args.trim())) return found;
    const asked = ask(ctx, verbal ? `who ${args}` : `who is ${args}`);
    return asked.answered ? asked : found;
  },
};
