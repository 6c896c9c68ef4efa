import type { App, BlockAction, ButtonAction, types } from '@slack/bolt';
import { changesSettings } from '../../conversation/conversations.ts';
import { whyView } from '../../conversation/explain.ts';
import { voteReceipt } from '../../conversation/feedback.ts';
import { escapeMrkdwn } from './mrkdwn.ts';
import { contextOf, run, type ListenerContext } from './context.ts';
import { MAX_BUTTON_VALUE } from './page-state.ts';
import { toSlackWhy } from './why.ts';

// The buttons under every real answer: "Why this answer?" and the votes. The value carries the request
// (as paging's does), so a click re-runs it through the core, even after a restart; the thread's
// earlier questions come from the conversation store by the answer's channel and ts. Both answer
// privately, to the one who clicked, through the click's response_url.

export const ACTION_WHY = 'visit_why';
export const ACTION_VOTE_UP = 'visit_vote_up';
export const ACTION_VOTE_DOWN = 'visit_vote_down';

interface Request {
  command: string;
  args: string;
}

export function encodeAnswerValue(r: Request): string | undefined {
  const value = JSON.stringify({ c: r.command, a: r.args });
  return value.length <= MAX_BUTTON_VALUE ? value : undefined;
}

export function decodeAnswerValue(value: string | undefined): Request | undefined {
  if (!value) return undefined;
  try {
    const v = JSON.parse(value) as Record<string, unknown>;
    return typeof v.c === 'string' && typeof v.a === 'string' ? { command: v.c, args: v.a } : undefined;
  } catch {
    return undefined;
  }
}

/** "Why this answer?", 👍, 👎 for a real answer to `request` (none for daily-post settings, or a request too long to carry). */
export function answerButtons(request: Request): types.Button[] {
  const value = encodeAnswerValue(request);
  if (!value || changesSettings(request)) return [];
  const button = (action_id: string, text: string): types.Button => ({ type: 'button', action_id, text: { type: 'plain_text', text, emoji: true }, value });
  return [button(ACTION_WHY, 'Why this answer?'), button(ACTION_VOTE_UP, '👍'), button(ACTION_VOTE_DOWN, '👎')];
}

export function registerAnswerActions(app: App, ctx: ListenerContext): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^(?:${ACTION_WHY}|${ACTION_VOTE_UP}|${ACTION_VOTE_DOWN})$`), async ({ ack, body, action, respond }) => {
    await ack();
    const request = decodeAnswerValue(action.value);
    if (!request || changesSettings(request)) return void ctx.logger.warn({ action: action.action_id }, 'Slack: ignored a button with an unknown value');
    const channel = body.channel?.id ?? body.container?.channel_id;
    const context = await contextOf(ctx, body);
    const answer = await run(ctx, request, body.user.id, channel, context);
    if (action.action_id === ACTION_WHY) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...toSlackWhy(whyView(answer, request, context), ctx.config.command) });
      return;
    }
    const vote = action.action_id === ACTION_VOTE_UP ? 1 : -1;
    const outcome = ctx.feedback ? await ctx.feedback.vote({ platform: 'slack', userId: body.user.id, request, context, answer, vote }) : 'unavailable';
    await respond({ response_type: 'ephemeral', replace_original: false, text: escapeMrkdwn(voteReceipt(outcome, vote)) });
  });
}
