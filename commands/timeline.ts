import { timeline as answer } from '../src/answers/events.ts';
import type { Command, CommandSpec } from './spec.ts';

const definition: CommandSpec = {
  name: 'timeline',
  description: 'Every dated event in the articles, in date order',
  usage: '/timeline',
  examples: ['/timeline'],
  options: [],
};

export const timeline: Command = { definition, handle: (ctx) => answer(ctx) };
