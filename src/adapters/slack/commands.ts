import type { App } from '@slack/bolt';
import { answerAdd, isAddRequest } from './add-article.ts';
import { isPrivate, replayable, run, type ListenerContext } from './context.ts';
import { toSlack } from './render.ts';
import { routeSlash } from './route.ts';

// Slash commands: the umbrella command and the standalone ones all arrive here. Acked at once (Slack
// allows 3 s), answered through response_url: privately unless SLACK_PUBLIC_REPLIES=true.

export function registerCommands(app: App, ctx: ListenerContext): void {
  app.command(/^\/.+/, async ({ command, ack, respond }) => {
    await ack();
    const routed = routeSlash(command.command, command.text ?? '', ctx.config.command);
    if (ctx.addArticle && isAddRequest(routed)) return void (await answerAdd(ctx.addArticle, routed, command.user_id, respond));
    const answer = await run(ctx, routed, command.user_id, command.channel_id);
    const priv = isPrivate(answer, ctx.config);
    const message = toSlack(answer, 0, { command: ctx.config.command, request: replayable(routed), private: priv });
    await respond({ response_type: priv ? 'ephemeral' : 'in_channel', ...message });
  });
}
