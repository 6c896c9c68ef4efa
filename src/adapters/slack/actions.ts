import type { App, BlockAction, ButtonAction, ViewSubmitAction } from '@slack/bolt';
import { readClick } from '../../core/controls.ts';
import type { Form } from '../../core/forms.ts';
import type { ClickInput } from '../../core/interactions.ts';
import { createReplies } from '../../core/replies.ts';
import type { View } from '../../core/types.ts';
import { clickedIn, readMetadata, type ListenerContext } from './context.ts';
import { fieldText, toModalView } from './form.ts';
import { ANSWER_ACTIONS, actionOfId, toSlackView } from './render.ts';

// Buttons: paging, "Share in channel", "Why this answer?", the votes and the suggestions. What to do
// travels in the button value (src/core/controls.ts); the neutral layer re-runs the request with the
// thread's earlier questions. Every answer goes through the click's response_url.

const VIEW_REASON = 'visit_vote_reason';

export function registerActions(app: App, ctx: ListenerContext): void {
  const replies = createReplies(ctx);
  app.action<BlockAction<ButtonAction>>(ANSWER_ACTIONS, async ({ ack, body, action, respond, client }) => {
    await ack();
    // A button posted by the previous version carries JSON; it is read when its action id says what it does.
    const carried = readClick(action.value, { previous: actionOfId(action.action_id) });
    const where = clickedIn(body);
    const input = { platform: 'slack' as const, ...carried, id: `${action.action_id} ${action.value ?? ''}`, userId: body.user.id, ...where };
    const show = (view: View, how: { private: boolean; replace?: boolean }) =>
      respond({ response_type: how.private ? 'ephemeral' : 'in_channel', replace_original: Boolean(how.replace), ...toSlackView(view, ctx.config.command) });
    await replies.click(
      { ...input, canManage: () => ctx.canManage(body.user.id) },
      {
        show,
        // The receipt answers the click even if the form cannot open (a trigger_id lasts 3 s); the form's first label repeats it.
        openForm: async (form, request, receipt) => {
          await show({ kind: 'text', text: receipt }, { private: true });
          await client.views
            .open({ trigger_id: body.trigger_id, view: reasonView(form, { request, ...where }) })
            .catch((err: unknown) => ctx.logger.warn({ err }, 'Slack: could not ask what was wrong (views.open)'));
        },
        removeClicked: () => respond({ delete_original: true }),
      },
    );
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
function reasonView(form: Form, meta: ReasonMeta) {
  const carried = JSON.stringify({ c: meta.request?.command, a: meta.request?.args.slice(0, 2000), ch: meta.channelId, ts: meta.answerRef });
  return toModalView(form, VIEW_REASON, carried);
}

function parseReasonMeta(raw: string): ReasonMeta {
  const { c, a, ch, ts } = readMetadata(raw);
  return { request: c !== undefined && a !== undefined ? { command: c, args: a } : undefined, channelId: ch, answerRef: ts };
}
