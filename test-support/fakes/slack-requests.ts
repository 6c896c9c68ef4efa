import { createHmac } from 'node:crypto';

// Requests as Slack sends them to the bot: signed with the signing secret, the content type exactly
// as Slack sets it (Bolt compares it with ===), and payload factories with overridable fields.

export const SIGNING_SECRET = 'test-signing-secret';

export interface SendOptions {
  secret?: string;
  /** Unix seconds; default now. */
  timestamp?: number;
  retryNum?: number;
}

export interface Sent {
  status: number;
  body: string;
  ms: number;
}

async function send(url: string, body: string, contentType: string, o: SendOptions): Promise<Sent> {
  const ts = o.timestamp ?? Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', o.secret ?? SIGNING_SECRET)
    .update(`v0:${ts}:${body}`)
    .digest('hex')}`;
  const headers: Record<string, string> = { 'Content-Type': contentType, 'X-Slack-Request-Timestamp': String(ts), 'X-Slack-Signature': sig };
  if (o.retryNum !== undefined) Object.assign(headers, { 'X-Slack-Retry-Num': String(o.retryNum), 'X-Slack-Retry-Reason': 'http_timeout' });
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - started };
}

/** A form post (slash command, or interactivity with `payload=`); the body goes as a string so fetch adds no charset. */
export function sendForm(url: string, fields: Record<string, string>, o: SendOptions = {}): Promise<Sent> {
  return send(url, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', o);
}

export function sendJson(url: string, body: unknown, o: SendOptions = {}): Promise<Sent> {
  return send(url, JSON.stringify(body), 'application/json', o);
}

let counter = 0;
const next = () => ++counter;

export function slashCommand(responseUrl: string, over: Partial<Record<string, string>> = {}): Record<string, string> {
  return {
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'fake',
    channel_id: 'C1',
    channel_name: 'general',
    user_id: 'U1',
    user_name: 'alice',
    command: '/visit',
    text: '',
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `trig.${next()}`,
    ...over,
  } as Record<string, string>;
}

export function eventCallback(event: Record<string, unknown>, eventId = `Ev${next()}`): Record<string, unknown> {
  return {
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { event_ts: event.ts, ...event },
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  };
}

export function appMention(text: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = `1713400000.${String(next()).padStart(6, '0')}`;
  return { type: 'app_mention', user: 'U1', text: `<@UBOT> ${text}`, ts, channel: 'C1', ...over };
}

export function directMessage(text: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = `1713400000.${String(next()).padStart(6, '0')}`;
  return { type: 'message', channel_type: 'im', user: 'U1', text, ts, channel: 'D1', ...over };
}

/** A block_actions payload for a button that was pressed on a message. */
/** A button of a Block Kit message the bot sent. */
export interface SlackButton {
  action_id: string;
  value: string;
  text: { text: string };
}

/** The buttons of a message's actions blocks, in order; with `only`, those whose action id matches it. */
export function buttonsOf(message: Record<string, unknown>, only?: RegExp): SlackButton[] {
  const blocks = (message.blocks ?? []) as Array<{ type: string; elements?: SlackButton[] }>;
  const all = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
  return only ? all.filter((b) => only.test(b.action_id)) : all;
}

export function buttonPress(responseUrl: string, action: { action_id: string; value: string }, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: 'T1', domain: 'fake' },
    user: { id: 'U1', username: 'alice', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: { type: 'message', message_ts: '1713400000.000001', channel_id: 'C1', is_ephemeral: true },
    trigger_id: `trig.${next()}`,
    channel: { id: 'C1', name: 'general' },
    response_url: responseUrl,
    actions: [{ type: 'button', block_id: 'b1', action_ts: `${Date.now() / 1000}`, text: { type: 'plain_text', text: 'x' }, ...action }],
    ...over,
  };
}
