import type { App, BlockAction, ButtonAction, RespondFn, ViewSubmitAction, types, webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.ts';
import type { Logger } from '../../core/logger.ts';
import type { Answer } from '../../core/types.ts';
import type { Intake, PendingDraft } from '../../intake/intake.ts';
import { cancelledAnswer, notAdminAnswer, previewAnswer, problemAnswer, savedAnswer } from '../../intake/preview.ts';
import type { ManagerCheck } from './permissions.ts';
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

export interface AddArticleDeps {
  intake: Intake;
  /** Workspace admin or owner, by users.info (ADMIN_USERS is the intake's own list). */
  isWorkspaceAdmin: ManagerCheck;
  logger: Logger;
  /** The umbrella command, for the command references in answers. */
  command: string;
  /** Headers that download a shared file, or undefined for a URL that must not get the token. */
  fileHeaders: (url: string) => Record<string, string> | undefined;
}

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
  return /^\/?(?:sources\s+)?add\b/i.test(text);
}

export async function answerFileAdd(deps: AddArticleDeps, e: SharedFileEvent, client: webApi.WebClient, threadTs: string | undefined): Promise<void> {
  const user = e.user!;
  const tell = (m: { text: string; blocks: unknown[] }) => client.chat.postEphemeral({ channel: e.channel, user, text: m.text, blocks: m.blocks as types.KnownBlock[], ...(threadTs ? { thread_ts: threadTs } : {}) });
  const allowed = deps.intake.mayAdd(user, false) || deps.intake.mayAdd(user, await deps.isWorkspaceAdmin(user));
  if (!allowed) return void (await tell(render(deps, notAdminAnswer('slack'))));
  const file = e.files![0]!;
  const url = file.url_private_download ?? file.url_private ?? '';
  const outcome = await deps.intake.fromFile({ name: file.name ?? '', url, size: file.size, headers: deps.fileHeaders(url) }, user);
  deps.logger.debug({ user, ok: outcome.ok }, 'slack add by file');
  await tell(outcome.ok ? preview(deps, outcome.draft) : render(deps, problemAnswer(outcome.message)));
}

export function isAddRequest(routed: Routed): boolean {
  return routed.command === 'sources' && /^add\b/i.test(routed.args.trim());
}

export async function answerAdd(deps: AddArticleDeps, routed: Routed, userId: string, respond: RespondFn): Promise<void> {
  const { intake } = deps;
  const allowed = intake.mayAdd(userId, false) || intake.mayAdd(userId, await deps.isWorkspaceAdmin(userId));
  if (!allowed) return void (await respond({ response_type: 'ephemeral', ...render(deps, notAdminAnswer('slack')) }));
  // Slack may send a link as <https://…> or <https://…|label>.
  const url = routed.args.trim().replace(/^add\s*/i, '').replace(/^<([^|>]*)(?:\|[^>]*)?>$/, '$1').trim();
  if (!url) return void (await respond({ response_type: 'ephemeral', ...render(deps, problemAnswer(`Give me the link of the article: ${deps.command} sources add https://…`)) }));
  const outcome = await intake.fromUrl(url, userId);
  deps.logger.debug({ user: userId, ok: outcome.ok }, 'slack sources add');
  await respond({ response_type: 'ephemeral', ...(outcome.ok ? preview(deps, outcome.draft) : render(deps, problemAnswer(outcome.message))) });
}

export function registerAddArticle(app: App, deps: AddArticleDeps): void {
  const { intake } = deps;

  app.action<BlockAction<ButtonAction>>(ACTION_ADD_SAVE, async ({ ack, body, action, respond }) => {
    await ack();
    const saved = intake.save(action.value ?? '', body.user.id);
    if (saved.ok) await respond({ replace_original: true, ...render(deps, savedAnswer(saved.file, saved.draft)) });
    else await respond({ replace_original: false, response_type: 'ephemeral', ...render(deps, problemAnswer(saved.message)) });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_ADD_CANCEL, async ({ ack, body, action, respond }) => {
    await ack();
    intake.cancel(action.value ?? '', body.user.id);
    await respond({ replace_original: true, ...render(deps, cancelledAnswer()) });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_ADD_EDIT, async ({ ack, body, action, respond, client }) => {
    await ack();
    const found = intake.find(action.value ?? '', body.user.id);
    if (!found.ok) return void (await respond({ replace_original: false, response_type: 'ephemeral', ...render(deps, problemAnswer(found.message)) }));
    await client.views.open({ trigger_id: body.trigger_id, view: detailsView(found.draft, body.response_url) });
  });

  app.view<ViewSubmitAction>(VIEW_ADD_DETAILS, async ({ ack, body, view }) => {
    const meta = parseMeta(view.private_metadata);
    const value = (block: string) => view.state.values[block]?.value?.value ?? '';
    const corrected = intake.correct(meta.id, body.user.id, { title: value('title'), source: value('source'), published: value('published') });
    if (!corrected.ok) {
      const block = /date/i.test(corrected.message) ? 'published' : /outlet/i.test(corrected.message) ? 'source' : /title/i.test(corrected.message) ? 'title' : 'published';
      await ack({ response_action: 'errors', errors: { [block]: corrected.message.slice(0, 150) } });
      return;
    }
    await ack();
    if (meta.responseUrl) await replaceVia(meta.responseUrl, preview(deps, corrected.draft), deps.logger);
  });
}

function preview(deps: AddArticleDeps, d: PendingDraft) {
  const message = render(deps, previewAnswer(d));
  const button = (action_id: string, text: string, style?: 'primary' | 'danger'): types.Button => ({ type: 'button', action_id, text: { type: 'plain_text', text }, value: d.id, ...(style ? { style } : {}) });
  const actions: types.ActionsBlock = { type: 'actions', elements: [button(ACTION_ADD_SAVE, 'Save', 'primary'), button(ACTION_ADD_EDIT, 'Edit details'), button(ACTION_ADD_CANCEL, 'Cancel', 'danger')] };
  return { text: message.text, blocks: [...message.blocks, actions] };
}

function detailsView(d: PendingDraft, responseUrl: string | undefined): types.ModalView {
  const input = (block_id: string, label: string, value: string, max: number, placeholder?: string): types.InputBlock => ({
    type: 'input',
    block_id,
    label: { type: 'plain_text', text: label },
    element: { type: 'plain_text_input', action_id: 'value', max_length: max, ...(value ? { initial_value: value.slice(0, max) } : {}), ...(placeholder ? { placeholder: { type: 'plain_text', text: placeholder } } : {}) },
  });
  return {
    type: 'modal',
    callback_id: VIEW_ADD_DETAILS,
    private_metadata: JSON.stringify({ id: d.id, responseUrl }),
    title: { type: 'plain_text', text: 'Article details' },
    submit: { type: 'plain_text', text: 'Update preview' },
    close: { type: 'plain_text', text: 'Back' },
    blocks: [input('title', 'Title', d.title, 300), input('source', 'Outlet', d.source, 100), input('published', 'Publication date (YYYY-MM-DD)', d.published, 10, '2024-04-19')],
  };
}

function parseMeta(raw: string): { id: string; responseUrl?: string } {
  try {
    const m = JSON.parse(raw) as { id?: unknown; responseUrl?: unknown };
    return { id: typeof m.id === 'string' ? m.id : '', responseUrl: typeof m.responseUrl === 'string' && /^https?:\/\//.test(m.responseUrl) ? m.responseUrl : undefined };
  } catch {
    return { id: '' };
  }
}

/** The preview replaced through the command's response_url (a modal submission has none of its own). */
async function replaceVia(responseUrl: string, message: { text: string; blocks: unknown[] }, logger: Logger): Promise<void> {
  const res = await fetch(responseUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ replace_original: true, response_type: 'ephemeral', ...message }) });
  if (!res.ok) logger.warn({ status: res.status }, 'Slack: could not update the article preview');
}

function render(deps: AddArticleDeps, a: Answer) {
  return toSlack(a, 0, { command: deps.command });
}
