import type { App, CodedError, webApi } from '@slack/bolt';
import { answerFailure } from '../../core/failures.ts';
import { postToResponseUrl, type ListenerContext } from './context.ts';
import { toSlack, type SlackMessage } from './render.ts';

// The one place listener errors land (Bolt's app.error), handled as every platform handles a failure
// (src/core/failures.ts: counted, logged with what was asked, the user told privately): here, what was
// asked read from Slack's request body, and the "something went wrong" sent through response_url for
// commands and buttons, as an ephemeral message for events.

export function registerFailureHandler(app: App, ctx: ListenerContext): void {
  // Registered with App({ extendedErrorHandler: true }), so the handler gets the request body too.
  app.error(async ({ error, body }: { error: CodedError; body?: unknown }) => {
    const b = (body ?? {}) as Record<string, unknown>;
    const original = (error as { original?: unknown }).original ?? error;
    await answerFailure(ctx, original, 'Slack listener failed', { code: error.code, request: describe(b) }, (answer) =>
      notify(app.client, b, toSlack(answer, 0, { command: ctx.config.command })),
    );
  });
}

async function notify(client: webApi.WebClient, body: Record<string, unknown>, message: SlackMessage): Promise<void> {
  if (typeof body.response_url === 'string') {
    const res = await postToResponseUrl(body.response_url, { response_type: 'ephemeral', replace_original: false, ...message });
    if (!res.ok) throw new Error(`response_url answered ${res.status}`);
    return;
  }
  const event = body.event as { channel?: string; user?: string; ts?: string; thread_ts?: string } | undefined;
  if (event?.channel && event.user) {
    await client.chat.postEphemeral({ channel: event.channel, user: event.user, ...message, ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}) });
  }
}

/** Enough of the request to find it again in the logs, without whole payloads. */
function describe(body: Record<string, unknown>): Record<string, unknown> {
  const event = body.event as Record<string, unknown> | undefined;
  const actions = body.actions as Array<Record<string, unknown>> | undefined;
  return {
    command: body.command,
    text: typeof body.text === 'string' ? body.text.slice(0, 300) : undefined,
    eventType: event?.type,
    eventId: body.event_id,
    action: actions?.[0]?.action_id,
    user: body.user_id ?? (body.user as { id?: string } | undefined)?.id ?? event?.user,
  };
}
