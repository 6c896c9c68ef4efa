import type { CommandSpec } from './spec.ts';

// The same actions as "/onthisday subscribe|unsubscribe|status", as a command of its own so that
// Discord can hide it from members who may not manage the channel.
export const daily: CommandSpec = {
  name: 'daily',
  description: "Manage this channel's daily “on this day” post",
  usage: '/daily <subscribe [HH:MM]|unsubscribe|status>',
  examples: ['/daily subscribe 09:00', '/daily status'],
  options: [
    { name: 'action', description: 'subscribe, unsubscribe or status', type: 'string', required: true, choices: ['subscribe', 'unsubscribe', 'status'] },
    { name: 'time', description: 'Local time of the post, HH:MM (subscribe only)', type: 'string', required: false, maxLength: 5 },
  ],
  managersOnly: true,
};

/**
 * Does this request change channel settings (the daily post)? Decided here once: such a request
 * needs someone who may manage the channel, and no button ever re-runs it.
 */
export function changesSettings(request: { command: string; args: string }): boolean {
  const command = request.command.toLowerCase();
  return command === 'daily' || (command === 'onthisday' && /^(?:subscribe|unsubscribe)\b/i.test(request.args.trim()));
}
