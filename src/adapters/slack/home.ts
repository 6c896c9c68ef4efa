import type { App, types } from '@slack/bolt';
import type { Answer } from '../../core/types.ts';
import type { ListenerContext } from './context.ts';
import { toSlack } from './render.ts';

// The App Home tab: what the bot knows and how to ask (the /help and /sources answers), and for
// admins the answers voted down (/feedback), drawn each time a user opens the tab. The content is the
// commands' own answers through the neutral layer; this only lays them out (at most 100 blocks).

const MAX_HOME_BLOCKS = 100;

export function registerHome(app: App, ctx: ListenerContext): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const user = event.user;
    const ask = async (command: string) =>
      (await ctx.interactions.ask({ command, args: '', platform: 'slack', userId: user, canManage: () => false, isAdmin: () => ctx.canManage(user) })).answer;
    const admin = await ctx.canManage(user);
    const answers: Answer[] = [await ask('help'), await ask('sources'), ...(admin ? [await ask('feedback')] : [])];
    const sections = answers.map((a) => toSlack(a, 0, { command: ctx.config.command, pageSize: 10 }).blocks);
    const blocks: types.KnownBlock[] = sections.flatMap((b, i) => (i ? [{ type: 'divider' } as types.KnownBlock, ...b] : b)).slice(0, MAX_HOME_BLOCKS);
    await client.views.publish({ user_id: user, view: { type: 'home', blocks } });
  });
}
