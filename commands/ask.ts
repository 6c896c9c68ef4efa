import type { CommandSpec } from './spec.ts';

export const ask: CommandSpec = {
  name: 'ask',
  description: 'Ask a free question about the visit',
  usage: '/ask <question>',
  examples: ['/ask <who, what, when, where, which or how many question>'],
  options: [{ name: 'question', description: 'Your question', type: 'string', required: true, maxLength: 300 }],
};
