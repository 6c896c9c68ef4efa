import type { App, BlockAction, ButtonAction, ViewSubmitAction, types } from '@slack/bolt';
import type { SlackConfig } from '../../config.ts';
import type { Logger } from '../../core/logger.ts';
import { DETAIL_FIELDS, type Step } from '../../intake/flow.ts';
import type { PendingDraft, UploadedFile } from '../../intake/intake.ts';
import { cancelledAnswer } from '../../intake/preview.ts';
import type { ListenerContext } from './context.ts';
import { ACTION_ADD_CANCEL, ACTION_ADD_EDIT, ACTION_ADD_SAVE, toSlack } from './render.ts';

// Adding an article on Slack: "/visit sources add <url>" and a .md or .html file shared with "add" go
// through the one dispatcher to the intake's flow (src/intake/flow.ts: who may, fetch, preview, save);
// here are what only Slack has: the file download's token (scope files:read, sent to Slack's file host
// only), the preview's buttons answered, and Edit details as a modal (views.open) whose submission
// replaces the preview through the command's response_url (kept in the modal's private_metadata).

export const VIEW_ADD_DETAILS = 'visit_add_details';

export interface SharedFileEvent {
  user?: string;
  bot_id?: string;
  text?: string;
  channel: string;
  files?: Array<{ name?: string; size?: number; url_private?: string; url_private_download?: string }>;
}

/** The bot token goes only to Slack's file host (or, in tests and behind proxies, SLACK_API_URL's host). */
export function slackFileHeaders(config: Pick<SlackConfig, 'botToken' | 'apiUrl'>): (url: string) => Record<string, string> | undefined {
  const hosts = new Set(['files.slack.com', ...(config.apiUrl ? [new URL(config.apiUrl).hostname] : [])]);
  return (url) => {
    try {
      return hosts.has(new URL(url).hostname) ? { authorization: `Bearer ${config.botToken}` } : undefined;
    } catch {
      return undefined;
    }
  };
}

/** A file shared by a person (not a bot, not this one): the article to add when the text says "add" (intake/flow.ts fileRequest). */
export function sharedFile(e: SharedFileEvent, botUserId: string | undefined): UploadedFile | undefined {
  const file = e.files?.[0];
  if (!file || !e.user || e.bot_id || e.user === botUserId) return undefined;
  const url = file.url_private_download ?? file.url_private ?? '';
  return { name: file.name ?? '', url, size: file.size };
}

export function registerAddArticle(app: App, ctx: ListenerContext): void {
  const { flow } = ctx.articles!;
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^(?:${ACTION_ADD_SAVE}|${ACTION_ADD_CANCEL}|${ACTION_ADD_EDIT})$`),
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const act = action.action_id === ACTION_ADD_SAVE ? 'save' : action.action_id === ACTION_ADD_CANCEL ? 'cancel' : 'edit';
      const step = flow.act(act, action.value ?? '', body.user.id);
      if (step.kind === 'edit') return void (await client.views.open({ trigger_id: body.trigger_id, view: detailsView(step.draft, body.response_url) }));
      if (step.kind === 'problem') return void (await respond({ replace_original: false, response_type: 'ephemeral', ...message(ctx, step) }));
      await respond({ replace_original: true, ...message(ctx, step) });
    },
  );

  app.view<ViewSubmitAction>(VIEW_ADD_DETAILS, async ({ ack, body, view }) => {
    const meta = parseMeta(view.private_metadata);
    const value = (block: string) => view.state.values[block]?.value?.value ?? '';
    const step = flow.correct(meta.id, body.user.id, { title: value('title'), source: value('source'), published: value('published') });
    if (step.kind === 'problem')
      return void (await ack({ response_action: 'errors', errors: { [step.field ?? 'published']: step.answer.text.slice(0, 150) } }));
    await ack();
    if (meta.responseUrl) await replaceVia(meta.responseUrl, message(ctx, step), ctx.logger);
  });
}

/** A step as a message: the preview with Save / Edit details / Cancel (render.ts), anything else without buttons. */
function message(ctx: ListenerContext, step: Step): { text: string; blocks: types.KnownBlock[] } {
  return toSlack('answer' in step ? step.answer : cancelledAnswer(), 0, { command: ctx.config.command });
}

function detailsView(d: PendingDraft, responseUrl: string | undefined): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEW_ADD_DETAILS,
    private_metadata: JSON.stringify({ id: d.id, responseUrl }),
    title: { type: 'plain_text', text: 'Article details' },
    submit: { type: 'plain_text', text: 'Update preview' },
    close: { type: 'plain_text', text: 'Back' },
    blocks: DETAIL_FIELDS.map(
      (f): types.InputBlock => ({
        type: 'input',
        block_id: f.id,
        label: { type: 'plain_text', text: f.label },
        element: {
          type: 'plain_text_input',
          action_id: 'value',
          max_length: f.max,
          ...(d[f.id] ? { initial_value: d[f.id].slice(0, f.max) } : {}),
          ...(f.placeholder ? { placeholder: { type: 'plain_text', text: f.placeholder } } : {}),
        },
      }),
    ),
  };
}

function parseMeta(raw: string): { id: string; responseUrl?: string } {
  try {
    const m = JSON.parse(raw) as { id?: unknown; responseUrl?: unknown };
    return {
      id: typeof m.id === 'string' ? m.id : '',
      responseUrl: typeof m.responseUrl === 'string' && /^https?:\/\//.test(m.responseUrl) ? m.responseUrl : undefined,
    };
  } catch {
    return { id: '' };
  }
}

/** The preview replaced through the command's response_url (a modal submission has none of its own). */
async function replaceVia(responseUrl: string, message: { text: string; blocks: unknown[] }, logger: Logger): Promise<void> {
  const res = await fetch(responseUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ replace_original: true, response_type: 'ephemeral', ...message }),
  });
  if (!res.ok) logger.warn({ status: res.status }, 'Slack: could not update the article preview');
}
