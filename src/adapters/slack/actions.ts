import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { contextOf, run, type ListenerContext } from './context.ts';
import { decodePageState } from './page-state.ts';
import { ACTION_NEXT, ACTION_PREVIOUS, ACTION_SHARE, toSlack } from './render.ts';

// Buttons. The request and page travel in the button value, so a click re-runs the request through
// the core and renders the page asked for, even after a restart.

export function registerActions(app: App, ctx: ListenerContext): void {
  const paging = new RegExp(`^(?:${ACTION_PREVIOUS}|${ACTION_NEXT})$`);

  app.action<BlockAction<ButtonAction>>(paging, async ({ ack, body, action, respond }) => {
    await ack();
    const state = decodePageState(action.value);
    if (!state) return void ctx.logger.warn({ value: action.value }, 'Slack: ignored a button with an unknown value');
    const answer = await run(ctx, state, body.user.id, body.channel?.id, await contextOf(ctx, body));
    const message = toSlack(answer, state.page, { command: ctx.config.command, request: state, private: state.private });
    await respond({ replace_original: true, response_type: state.private ? 'ephemeral' : 'in_channel', ...message });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_SHARE, async ({ ack, body, action, respond }) => {
    await ack();
    const state = decodePageState(action.value);
    if (!state) return void ctx.logger.warn({ value: action.value }, 'Slack: ignored a button with an unknown value');
    const answer = await run(ctx, state, body.user.id, body.channel?.id, await contextOf(ctx, body));
    const footer = /^[A-Z0-9]+$/.test(body.user.id) ? `Shared by <@${body.user.id}>` : undefined;
    const message = toSlack(answer, state.page, { command: ctx.config.command, request: state, private: false, footer });
    await respond({ response_type: 'in_channel', replace_original: false, ...message });
    // The private copy has done its job.
    await respond({ delete_original: true });
  });
}
