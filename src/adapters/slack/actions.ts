import type { App, BlockAction, ButtonAction, ViewSubmitAction } from '@slack/bolt';
import { readClick } from '../../core/controls.ts';
import { REASON_FORM } from '../../core/forms.ts';
import type { ClickInput } from '../../core/interactions.ts';
import { clickedIn, readMetadata, type ListenerContext } from './context.ts';
import { fieldText, toModalView } from './form.ts';
import { escapeMrkdwn } from './mrkdwn.ts';
import { ANSWER_ACTIONS, actionOfId, toSlack } from './render.ts';
import { toSlackWhy } from './why.ts';

// Buttons: paging, "Share in channel", "Why this answer?", the votes and the suggestions. What to do
// travels in the button value (src/core/controls.ts); the neutral layer re-runs the request with the
// thread's earlier questions. Every answer goes through the click's response_url.

const VIEW_REASON = 'visit_vote_reason';

export function registerActions(app: App, ctx: ListenerContext): void {
  app.action<BlockAction<ButtonAction>>(ANSWER_ACTIONS, async ({ ack, body, action, respond, client }) => {
    await ack();
    // A button posted by the previous version carries JSON; it is read when its action id says what it does.
    const carried = readClick(action.value, { previous: actionOfId(action.action_id) });
    const clicked = await ctx.interactions.click({
      platform: 'slack',
      ...carried,
      userId: body.user.id,
      ...clickedIn(body),
      canManage: () => ctx.canManage(body.user.id),
    });
    const privately = { response_type: 'ephemeral' as const, replace_original: false };
    if (clicked.kind === 'expired') {
      ctx.logger.warn({ action: action.action_id, value: action.value?.slice(0, 100) }, 'Slack: a button with a value this version cannot read');
      return void (await respond({ ...privately, ...toSlack(clicked.answer, 0, { command: ctx.config.command }) }));
    }
    if (clicked.kind === 'why') return void (await respond({ ...privately, ...toSlackWhy(clicked.view, ctx.config.command) }));
    if (clicked.kind === 'vote') {
      await respond({ ...privately, text: escapeMrkdwn(clicked.text) });
      // A fresh vote down asks what was wrong, in a modal; the answer is found again from what it carries.
      if (clicked.askReason)
        await client.views
          .open({ trigger_id: body.trigger_id, view: reasonView({ request: clicked.request, ...clickedIn(body) }) })
          .catch((err: unknown) => ctx.logger.warn({ err }, 'Slack: could not ask what was wrong (views.open)'));
      return;
    }
    const footer = clicked.shared && /^[A-Z0-9]+$/.test(body.user.id) ? `Shared by <@${body.user.id}>` : undefined;
    await respond({
      response_type: clicked.private ? 'ephemeral' : 'in_channel',
      replace_original: clicked.replace,
      ...toSlack(clicked.answer, clicked.page, { command: ctx.config.command, request: clicked.request, private: clicked.private, footer }),
    });
    if (clicked.shared) await respond({ delete_original: true });
  });

  app.view<ViewSubmitAction>(VIEW_REASON, async ({ ack, body, view }) => {
    const meta = parseReasonMeta(view.private_metadata);
    const reason = fieldText(view, 'reason');
    const text = await ctx.interactions.reason({ platform: 'slack', ...meta, userId: body.user.id, reason });
    await ack({
      response_action: 'update',
      view: {
        type: 'modal',
        title: { type: 'plain_text', text: 'Thank you' },
        close: { type: 'plain_text', text: 'Close' },
        blocks: [{ type: 'section', text: { type: 'plain_text', text } }],
      },
    });
  });
}

/** What the form carries of the vote down it follows: the click's request and message. */
type ReasonMeta = Pick<ClickInput, 'request' | 'channelId' | 'answerRef'>;

/** "What was wrong?": its private_metadata carries the request and the message of the vote down it follows. */
function reasonView(meta: ReasonMeta) {
  const carried = JSON.stringify({ c: meta.request?.command, a: meta.request?.args.slice(0, 2000), ch: meta.channelId, ts: meta.answerRef });
  return toModalView(REASON_FORM, VIEW_REASON, carried);
}

function parseReasonMeta(raw: string): ReasonMeta {
  const { c, a, ch, ts } = readMetadata(raw);
  return { request: c !== undefined && a !== undefined ? { command: c, args: a } : undefined, channelId: ch, answerRef: ts };
}
