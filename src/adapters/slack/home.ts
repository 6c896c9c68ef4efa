import type { App, types } from '@slack/bolt';
import type { ListenerContext } from './context.ts';
import { toSlack } from './render.ts';

// The App Home tab, drawn each time a user opens it: the neutral layer's home page (what the bot
// knows and how to ask; for admins the answers voted down), laid out here in at most 100 blocks.

const MAX_HOME_BLOCKS = 100;

export function registerHome(app: App, ctx: ListenerContext): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const answers = await ctx.interactions.home({ platform: 'slack', userId: event.user, isAdmin: () => ctx.canManage(event.user) });
    const sections = answers.map((a) => toSlack(a, 0, { command: ctx.config.command, pageSize: 10 }).blocks);
    const blocks: types.KnownBlock[] = sections.flatMap((b, i) => (i ? [{ type: 'divider' } as types.KnownBlock, ...b] : b)).slice(0, MAX_HOME_BLOCKS);
    await client.views.publish({ user_id: event.user, view: { type: 'home', blocks } });
  });
}
