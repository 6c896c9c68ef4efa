import type { CommandSpec } from './spec.ts';

export const timeline: CommandSpec = {
  name: 'timeline',
  description: 'Every dated event in the articles, in date order',
  usage: '/timeline',
  examples: ['/timeline'],
  options: [],
};
