import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { AnswerAction } from '../../core/interactions.ts';
import { ACTION_VOTE_DOWN, ACTION_VOTE_UP, ACTION_WHY, decodeAnswerValue } from './buttons.ts';
import { clickedIn, type ListenerContext } from './context.ts';
import { escapeMrkdwn } from './mrkdwn.ts';
import { decodePageState } from './page-state.ts';
import { ACTION_NEXT, ACTION_PREVIOUS, ACTION_SHARE, toSlack } from './render.ts';
import { toSlackWhy } from './why.ts';

// Buttons: paging, "Share in channel", "Why this answer?" and the votes. The request (and page) travel
// in the button value; the neutral layer re-runs it with the thread's earlier questions. Every answer
// goes through the click's response_url.

const ACTIONS: Record<string, AnswerAction> = { [ACTION_PREVIOUS]: 'page', [ACTION_NEXT]: 'page', [ACTION_SHARE]: 'share', [ACTION_WHY]: 'why', [ACTION_VOTE_UP]: 'up', [ACTION_VOTE_DOWN]: 'down' };

export function registerActions(app: App, ctx: ListenerContext): void {
  const ids = new RegExp(`^(?:${Object.keys(ACTIONS).join('|')})$`);
  app.action<BlockAction<ButtonAction>>(ids, async ({ ack, body, action, respond }) => {
    await ack();
    const kind = ACTIONS[action.action_id]!;
    const state = kind === 'page' || kind === 'share' ? decodePageState(action.value) : undefined;
    const request = state ?? decodeAnswerValue(action.value);
    const clicked = await ctx.interactions.click({ platform: 'slack', action: kind, request, userId: body.user.id, ...clickedIn(body), canManage: () => ctx.canManage(body.user.id) });
    const privately = { response_type: 'ephemeral' as const, replace_original: false };
    if (clicked.kind === 'expired') return void ctx.logger.warn({ action: action.action_id, value: action.value?.slice(0, 100) }, 'Slack: ignored a button with an unknown value');
    if (clicked.kind === 'why') return void (await respond({ ...privately, ...toSlackWhy(clicked.view, ctx.config.command) }));
    if (clicked.kind === 'vote') return void (await respond({ ...privately, text: escapeMrkdwn(clicked.text) }));
    const page = state?.page ?? 0;
    if (kind === 'page') {
      const message = toSlack(clicked.answer, page, { command: ctx.config.command, request: clicked.request, private: state?.private });
      return void (await respond({ replace_original: true, response_type: state?.private ? 'ephemeral' : 'in_channel', ...message }));
    }
    const footer = /^[A-Z0-9]+$/.test(body.user.id) ? `Shared by <@${body.user.id}>` : undefined;
    await respond({ response_type: 'in_channel', replace_original: false, ...toSlack(clicked.answer, page, { command: ctx.config.command, request: clicked.request, private: false, footer }) });
    // The private copy has done its job.
    await respond({ delete_original: true });
  });
}
