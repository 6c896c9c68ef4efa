import { ask } from '../src/answers/ask.ts';
import { quote as answer } from '../src/answers/quote.ts';
import type { Command, CommandSpec } from './spec.ts';

const definition: CommandSpec = {
  name: 'quote',
  description: 'What did someone say, or what was said about a topic?',
  usage: '/quote <person or topic>',
  examples: ['/quote <person>', '/quote <topic>'],
  options: [{ name: 'subject', description: 'A person or a topic', type: 'string', required: true, autocomplete: 'people-and-topics', maxLength: 300 }],
};

// "/quote what did the council member tell the exporters at lunch": a question worded in full that the
// command's own reading (a person, a topic) finds nothing for is asked as one.
const QUESTION = /^\s*(?:what|wat|how|did|does|do|who|which)\s+\S/i;

export const quote: Command = {
  definition,
  handle: (ctx, args) => {
    const own = answer(ctx, args);
    return !own.answered && QUESTION.test(args) ? ask(ctx, args) : own;
  },
};
