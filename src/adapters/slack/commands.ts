import type { App } from '@slack/bolt';
import { addTarget } from '../../intake/flow.ts';
import { answerAdd } from './add-article.ts';
import type { ListenerContext } from './context.ts';
import { toSlack } from './render.ts';
import { routeSlash } from './route.ts';

// Slash commands: the umbrella command and the standalone ones all arrive here. Acked at once (Slack
// allows 3 s), answered through response_url: privately unless SLACK_PUBLIC_REPLIES=true.

export function registerCommands(app: App, ctx: ListenerContext): void {
  app.command(/^\/.+/, async ({ command, ack, respond }) => {
    await ack();
    const routed = routeSlash(command.command, command.text ?? '', ctx.config.command);
    if (ctx.articles && addTarget(routed) !== undefined) return void (await answerAdd(ctx, routed, command.user_id, respond));
    const asked = await ctx.interactions.ask({
      ...routed,
      platform: 'slack',
      userId: command.user_id,
      channelId: command.channel_id,
      canManage: () => ctx.canManage(command.user_id),
      isAdmin: () => ctx.canManage(command.user_id),
    });
    const message = toSlack(asked.answer, 0, { command: ctx.config.command, request: asked.replayable, private: asked.private });
    await respond({ response_type: asked.private ? 'ephemeral' : 'in_channel', ...message });
  });
}
