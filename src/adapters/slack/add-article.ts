import type { App, BlockAction, ButtonAction, ViewSubmitAction } from '@slack/bolt';
import type { SlackConfig } from '../../config.ts';
import type { Logger } from '../../core/logger.ts';
import type { UploadedFile } from '../../intake/intake.ts';
import { postToResponseUrl, readMetadata, type ListenerContext } from './context.ts';
import { fieldText, toModalView } from './form.ts';
import { ACTION_ADD, toSlack } from './render.ts';

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

/** The file shared with a message: the article to add when the text says "add" (intake/flow.ts fileMention). */
export function sharedFile(e: SharedFileEvent): UploadedFile | undefined {
  const file = e.files?.[0];
  return file && { name: file.name ?? '', url: file.url_private_download ?? file.url_private ?? '', size: file.size };
}

export function registerAddArticle(app: App, ctx: ListenerContext): void {
  const { flow } = ctx.articles!;
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION_ADD}`), async ({ ack, body, action, respond, client }) => {
    await ack();
    const shown = flow.press(action.action_id.slice(ACTION_ADD.length), action.value ?? '', body.user.id);
    if (!shown) return;
    if (shown.kind === 'form') {
      const view = toModalView(shown.form, VIEW_ADD_DETAILS, JSON.stringify({ id: shown.form.draftId, responseUrl: body.response_url }));
      return void (await client.views.open({ trigger_id: body.trigger_id, view }));
    }
    const message = toSlack(shown.answer, 0, { command: ctx.config.command });
    await respond(shown.kind === 'private' ? { replace_original: false, response_type: 'ephemeral', ...message } : { replace_original: true, ...message });
  });

  app.view<ViewSubmitAction>(VIEW_ADD_DETAILS, async ({ ack, body, view }) => {
    const meta = parseMeta(view.private_metadata);
    const shown = flow.submit(meta.id, body.user.id, (field) => fieldText(view, field));
    if (shown.kind === 'private')
      return void (await ack({ response_action: 'errors', errors: { [shown.field ?? 'published']: shown.answer.text.slice(0, 150) } }));
    await ack();
    if (meta.responseUrl && shown.kind === 'replace') await replaceVia(meta.responseUrl, toSlack(shown.answer, 0, { command: ctx.config.command }), ctx.logger);
  });
}

function parseMeta(raw: string): { id: string; responseUrl?: string } {
  const { id = '', responseUrl } = readMetadata(raw);
  return { id, responseUrl: responseUrl && /^https?:\/\//.test(responseUrl) ? responseUrl : undefined };
}

/** The preview replaced through the command's response_url (a modal submission has none of its own). */
async function replaceVia(responseUrl: string, message: { text: string; blocks: unknown[] }, logger: Logger): Promise<void> {
  const res = await postToResponseUrl(responseUrl, { replace_original: true, response_type: 'ephemeral', ...message });
  if (!res.ok) logger.warn({ status: res.status }, 'Slack: could not update the article preview');
}
