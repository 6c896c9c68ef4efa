import type { CommandSpec } from './spec.ts';

export const quote: CommandSpec = {
  name: 'quote',
  description: 'What did someone say, or what was said about a topic?',
  usage: '/quote <person or topic>',
  examples: ['/quote <person>', '/quote <topic>'],
  options: [
    { name: 'subject', description: 'A person or a topic', type: 'string', required: true, autocomplete: 'people-and-topics', maxLength: 300 },
  ],
};
