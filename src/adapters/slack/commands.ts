import type { App } from '@slack/bolt';
import type { ListenerContext } from './context.ts';
import { toSlackView } from './render.ts';
import { routeSlash } from './route.ts';

// Slash commands: the umbrella command and the standalone ones all arrive here. Acked at once (Slack
// allows 3 s), answered through response_url: privately unless SLACK_PUBLIC_REPLIES=true.

export function registerCommands(app: App, ctx: ListenerContext): void {
  app.command(/^\/.+/, async ({ command, ack, respond }) => {
    await ack();
    const user = command.user_id;
    const asked = await ctx.interactions.ask({
      ...routeSlash(command.command, command.text ?? '', ctx.config.command),
      platform: 'slack',
      userId: user,
      channelId: command.channel_id,
      canManage: () => ctx.canManage(user),
      isAdmin: () => ctx.canManage(user),
      // "/visit sources add <url>": workspace admins and ADMIN_USERS (SLACK_ADMIN_USERS manage daily posts, not articles).
      ...(ctx.articles ? { addArticle: ctx.articles.flow.adder({ userId: user, isAdmin: () => ctx.articles!.isWorkspaceAdmin(user) }) } : {}),
    });
    await respond({ response_type: asked.private ? 'ephemeral' : 'in_channel', ...toSlackView(asked.view, ctx.config.command) });
  });
}
