import { quote as answer } from '../src/answers/quote.ts';
import type { Command, CommandSpec } from './spec.ts';

const definition: CommandSpec = {
  name: 'quote',
  description: 'What did someone say, or what was said about a topic?',
  usage: '/quote <person or topic>',
  examples: ['/quote <person>', '/quote <topic>'],
  options: [{ name: 'subject', description: 'A person or a topic', type: 'string', required: true, autocomplete: 'people-and-topics', maxLength: 300 }],
};

export const quote: Command = { definition, handle: (ctx, args) => answer(ctx, args) };
