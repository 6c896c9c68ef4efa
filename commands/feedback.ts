import { refusal } from '../src/answers/answer.ts';
import { reportAnswer } from '../src/conversation/report.ts';
import type { Command, CommandSpec } from './spec.ts';

// The answers voted down, with what voters said was wrong, for the bot's admins, in chat (the same
// report as `npm run feedback`).
const definition: CommandSpec = {
  name: 'feedback',
  description: 'Admins: the answers voted down, and what was wrong with them',
  usage: '/feedback',
  examples: ['/feedback'],
  options: [],
  adminsOnly: true,
};

/** Enough to act on; `npm run feedback` prints them all. */
const SHOWN = 25;

export const feedback: Command = {
  definition,
  handle: (ctx, _args, request) => {
    if (!ctx.feedback) return refusal('Votes are kept in the store of the bot on Discord or Slack; where it runs, `npm run feedback` prints them.', ['/help']);
    if (request.isAdmin !== true) return refusal("Sorry, only the bot's admins can see the feedback.", ['/help']);
    return ctx.feedback(SHOWN).then((rows) => reportAnswer(rows));
  },
};
