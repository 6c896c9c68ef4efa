import type { CommandSpec } from '../src/core/command-spec.ts';

export const timeline: CommandSpec = {
  name: 'timeline',
  description: 'Every dated event in the articles, in date order',
  usage: '/timeline',
  examples: ['/timeline'],
  options: [],
};
