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
