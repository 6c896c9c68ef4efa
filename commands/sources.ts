import type { CommandSpec } from '../src/core/command-spec.ts';

export const sources: CommandSpec = {
  name: 'sources',
  description: 'The news articles the bot answers from',
  usage: '/sources',
  examples: ['/sources'],
  options: [],
};
