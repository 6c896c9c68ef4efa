import type { App, BlockAction, ButtonAction, RespondFn, ViewSubmitAction, types, webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.ts';
import type { Logger } from '../../core/logger.ts';
import { addTarget, DETAIL_FIELDS, isAddLine, type Step } from '../../intake/flow.ts';
import type { PendingDraft } from '../../intake/intake.ts';
import { cancelledAnswer } from '../../intake/preview.ts';
import type { ListenerContext } from './context.ts';
import { toSlack } from './render.ts';
import type { Routed } from './route.ts';

// "/visit sources add <url>" (or "/sources add <url>") by a workspace admin or owner (users.info)
// or a user in ADMIN_USERS: the page is fetched and a private preview offers Save / Edit details /
// Cancel. Edit details opens a modal (views.open) with title, outlet and date filled in; its
// submission is checked, then the preview is replaced through the command's response_url (kept in
// the modal's private_metadata). Everyone else gets a polite refusal and nothing is fetched.
// A .md or .html file shared with "add" in a mention or a direct message works the same way; its
// preview is an ephemeral message, and the download carries the bot token (scope files:read) to
// Slack's file host only.

export const ACTION_ADD_SAVE = 'visit_add_save';
export const ACTION_ADD_EDIT = 'visit_add_edit';
export const ACTION_ADD_CANCEL = 'visit_add_cancel';
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

/** "add" (or "/sources add") with a file, from a person, mentions of the bot dropped. */
export function isFileAdd(e: SharedFileEvent, botUserId: string | undefined): boolean {
  if (!e.files?.length || !e.user || e.bot_id || e.user === botUserId) return false;
  const text = (e.text ?? '').replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ').trim();
  return isAddLine(text);
}

export async function answerFileAdd(ctx: ListenerContext, e: SharedFileEvent, client: webApi.WebClient, threadTs: string | undefined): Promise<void> {
  const { flow, isWorkspaceAdmin, fileHeaders } = ctx.articles!;
  const user = e.user!;
  const file = e.files![0]!;
  const url = file.url_private_download ?? file.url_private ?? '';
  const step = await flow.start({
    userId: user,
    isAdmin: () => isWorkspaceAdmin(user),
    file: { name: file.name ?? '', url, size: file.size, headers: fileHeaders(url) },
  });
  const m = message(ctx, step);
  await client.chat.postEphemeral({ channel: e.channel, user, text: m.text, blocks: m.blocks, ...(threadTs ? { thread_ts: threadTs } : {}) });
}

export async function answerAdd(ctx: ListenerContext, routed: Routed, userId: string, respond: RespondFn): Promise<void> {
  const { flow, isWorkspaceAdmin } = ctx.articles!;
  // Slack may send a link as <https://…> or <https://…|label>.
  const url = (addTarget(routed) ?? '').replace(/^<([^|>]*)(?:\|[^>]*)?>$/, '$1').trim();
  const step = await flow.start({ userId, isAdmin: () => isWorkspaceAdmin(userId), url });
  await respond({ response_type: 'ephemeral', ...message(ctx, step) });
}

export function registerAddArticle(app: App, ctx: ListenerContext): void {
  const { flow } = ctx.articles!;
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^(?:${ACTION_ADD_SAVE}|${ACTION_ADD_CANCEL}|${ACTION_ADD_EDIT})$`),
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const id = action.value ?? '';
      const step =
        action.action_id === ACTION_ADD_SAVE
          ? flow.save(id, body.user.id)
          : action.action_id === ACTION_ADD_CANCEL
            ? flow.cancel(id, body.user.id)
            : flow.edit(id, body.user.id);
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

/** A step as a message: the preview with Save / Edit details / Cancel, anything else without buttons. */
function message(ctx: ListenerContext, step: Step): { text: string; blocks: types.KnownBlock[] } {
  const m = toSlack('answer' in step ? step.answer : cancelledAnswer(), 0, { command: ctx.config.command });
  if (step.kind !== 'preview') return m;
  const button = (action_id: string, text: string, style?: 'primary' | 'danger'): types.Button => ({
    type: 'button',
    action_id,
    text: { type: 'plain_text', text },
    value: step.draft.id,
    ...(style ? { style } : {}),
  });
  return {
    text: m.text,
    blocks: [
      ...m.blocks,
      {
        type: 'actions',
        elements: [button(ACTION_ADD_SAVE, 'Save', 'primary'), button(ACTION_ADD_EDIT, 'Edit details'), button(ACTION_ADD_CANCEL, 'Cancel', 'danger')],
      },
    ],
  };
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
