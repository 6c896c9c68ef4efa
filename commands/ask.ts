import { ask as answer } from '../src/answers/ask.ts';
import type { Command, CommandSpec } from './spec.ts';

const definition: CommandSpec = {
  name: 'ask',
  description: 'Ask a free question about the visit',
  usage: '/ask <question>',
  examples: ['/ask <who, what, when, where, which or how many question>'],
  options: [{ name: 'question', description: 'Your question', type: 'string', required: true, maxLength: 300 }],
};

export const ask: Command = { definition, handle: (ctx, args) => answer(ctx, args) };
