import { refusal } from '../src/answers/answer.ts';
import type { Answer } from '../src/answers/types.ts';
import type { Command, CommandContext, CommandRequest, CommandSpec } from './spec.ts';

// The same actions as "/onthisday subscribe|unsubscribe|status", as a command of its own so that
// Discord can hide it from members who may not manage the channel (and offer its subcommands).
const definition: CommandSpec = {
  name: 'daily',
  description: "Manage this channel's daily “on this day” post",
  usage: '/daily <subscribe [HH:MM]|unsubscribe|status>',
  examples: ['/daily subscribe 09:00', '/daily status'],
  options: [],
  subcommands: [
    {
      name: 'subscribe',
      description: 'Post here every day',
      options: [{ name: 'time', description: 'Local time of the post, HH:MM (the default time if empty)', type: 'string', required: false, maxLength: 5 }],
    },
    { name: 'unsubscribe', description: 'Stop the daily post here', options: [] },
    { name: 'status', description: 'Is this channel subscribed, at what time, and when is the next post?', options: [] },
  ],
  managersOnly: true,
};

const OUTSIDE = 'Daily posts are managed in a Discord or Slack channel, where the bot posts them.';

export const daily: Command = { definition, handle: (ctx, _args, request) => manageDaily(ctx, request, () => refusal(OUTSIDE, ['/onthisday'])) };

/** "subscribe", "unsubscribe 09:00", "status": the words that make /onthisday a daily-post setting. */
export function isSubscription(args: string): boolean {
  return /^(?:subscribe|unsubscribe|status)\b/i.test(args.trim());
}

/**
 * Daily-post settings go to the subscriptions service where there is one (a Discord or Slack channel
 * with the store); elsewhere `outside` says where they are managed. Synchronous without the service.
 */
export function manageDaily(ctx: CommandContext, request: CommandRequest, outside: () => Answer): Answer | Promise<Answer> {
  if (!ctx.subscriptions) return outside();
  return ctx.subscriptions(request).then((answer) => answer ?? outside());
}

/**
 * Does this request change channel settings (the daily post)? Decided here once: such a request
 * needs someone who may manage the channel, and no button ever re-runs it.
 */
export function changesSettings(request: { command: string; args: string }): boolean {
  const command = request.command.toLowerCase();
  return command === 'daily' || (command === 'onthisday' && /^(?:subscribe|unsubscribe)\b/i.test(request.args.trim()));
}
