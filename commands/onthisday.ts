import { onThisDay } from '../src/answers/events.ts';
import { isSubscription, manageDaily } from './daily.ts';
import type { Command, CommandSpec } from './spec.ts';

const definition: CommandSpec = {
  name: 'onthisday',
  description: 'What happened on this day (or a given day) during the visit?',
  usage: '/onthisday [date]',
  examples: ['/onthisday', '/onthisday <date, e.g. 2024-04-18>'],
  options: [{ name: 'date', description: 'A date such as April 18 or 2024-04-18 (today if empty)', type: 'string', required: false, maxLength: 300 }],
};

export const onthisday: Command = {
  definition,
  handle: (ctx, args, request) => (isSubscription(args) ? manageDaily(ctx, request, () => onThisDay(ctx, args)) : onThisDay(ctx, args)),
};
