import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

// A fake Slack on 127.0.0.1: the Web API (POST /api/<method>, form or JSON bodies), a response_url
// catcher (POST /response/<id>) and the Socket Mode WebSocket (/link/). Everything it receives goes into
// one log that tests wait on, never on fixed sleeps.

export interface Received {
  kind: 'api' | 'response' | 'ack';
  /** Web API method ("chat.postMessage"), response id, or envelope id. */
  name: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  at: number;
  /** What the fake answered a Web API call (chat.postMessage: the message's ts). */
  reply?: Record<string, unknown>;
}

type Reply = { status?: number; headers?: Record<string, string>; body: Record<string, unknown> };

export interface FakeSlack {
  readonly apiUrl: string;
  readonly log: Received[];
  responseUrl(id: string): string;
  /** The next `count` calls of `method` get this reply instead of the normal one. */
  override(method: string, reply: Reply, count?: number): void;
  /** Resolves with the first logged entry that matches (including ones already logged). */
  waitFor(match: (r: Received) => boolean, timeoutMs?: number): Promise<Received>;
  /** Sends a Socket Mode envelope to the connected client; resolves with its envelope id. */
  sendEnvelope(type: 'slash_commands' | 'events_api' | 'interactive', payload: Record<string, unknown>): string;
  socketConnected(): Promise<void>;
  close(): Promise<void>;
}

export const FAKE_BOT = { user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'visitbot', team: 'Fake' };

export async function startFakeSlack(): Promise<FakeSlack> {
  const log: Received[] = [];
  const waiters = new Set<() => void>();
  const overrides = new Map<string, Reply[]>();
  /** Messages posted with chat.postMessage, per channel, newest first (conversations.history). */
  const history = new Map<string, Record<string, unknown>[]>();
  const record = (r: Received) => {
    log.push(r);
    for (const w of [...waiters]) w();
  };
  let sockets: WebSocket[] = [];
  let envelopes = 0;
  const server: Server = createServer((req, res) => void route(req, res));
  const wss = new WebSocketServer({ server, path: '/link/' });
  const connectedWaiters: Array<() => void> = [];
  wss.on('connection', (ws) => {
    sockets.push(ws);
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: Record<string, unknown> };
      if (msg.envelope_id) record({ kind: 'ack', name: msg.envelope_id, body: msg.payload ?? {}, headers: {}, at: performance.now() });
    });
    ws.on('close', () => void (sockets = sockets.filter((s) => s !== ws)));
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1' } }));
    connectedWaiters.splice(0).forEach((w) => w());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let tickets = 0;
  /** Message timestamps are unique, as on Slack, even for two messages in the same millisecond. */
  let lastTs = 0;
  const nextTs = () => {
    lastTs = Math.max(lastTs + 1, Date.now() * 1000);
    return `${Math.floor(lastTs / 1e6)}.${String(lastTs % 1e6).padStart(6, '0')}`;
  };

  async function route(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', base);
    const at = performance.now();
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/response/')) {
      record({ kind: 'response', name: url.pathname.slice('/response/'.length), body: JSON.parse(raw || '{}'), headers: req.headers, at });
      return json(200, { ok: true });
    }
    const method = url.pathname.replace(/^\/api\//, '');
    const body = parseForm(raw, req.headers['content-type']);
    const entry: Received = { kind: 'api', name: method, body, headers: req.headers, at };
    const answerApi = (status: number, reply: unknown, headers: Record<string, string> = {}) => {
      entry.reply = reply as Record<string, unknown>;
      json(status, reply, headers);
    };
    record(entry);
    const queued = overrides.get(method);
    const o = queued?.shift();
    if (o) return answerApi(o.status ?? 200, o.body, o.headers);
    switch (method) {
      case 'auth.test':
        return answerApi(200, { ok: true, url: 'https://fake.slack.com/', ...FAKE_BOT });
      case 'chat.postMessage': {
        const message = { type: 'message', ts: nextTs(), text: body.text, bot_id: FAKE_BOT.bot_id, ...(body.metadata ? { metadata: body.metadata } : {}) };
        history.set(String(body.channel), [message, ...(history.get(String(body.channel)) ?? [])]);
        return answerApi(200, { ok: true, channel: body.channel, ts: message.ts, message: { text: body.text } });
      }
      case 'conversations.history': {
        // Newest first, as Slack returns them; metadata only with include_all_metadata.
        const all = body.include_all_metadata === 'true' || body.include_all_metadata === true;
        const messages = (history.get(String(body.channel)) ?? []).map((m) => (all ? m : { ...m, metadata: undefined }));
        return answerApi(200, { ok: true, messages, has_more: false });
      }
      case 'chat.postEphemeral':
        return answerApi(200, { ok: true, message_ts: `${Date.now() / 1000}` });
      case 'reactions.add':
      case 'reactions.remove':
        return answerApi(200, { ok: true });
      case 'users.info':
        return answerApi(200, { ok: true, user: { id: body.user, team_id: FAKE_BOT.team_id, is_admin: false, is_owner: false } });
      case 'apps.connections.open':
        return answerApi(200, { ok: true, url: `${base.replace('http', 'ws')}/link/?ticket=t${++tickets}` });
      default:
        return answerApi(200, { ok: false, error: 'unknown_method' });
    }
  }

  return {
    apiUrl: `${base}/api`,
    log,
    responseUrl: (id) => `${base}/response/${id}`,
    override(method, reply, count = 1) {
      overrides.set(method, [...(overrides.get(method) ?? []), ...Array.from({ length: count }, () => reply)]);
    },
    waitFor(match, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = log.find(match);
          if (!hit) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(hit);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`fake Slack: nothing matched within ${timeoutMs} ms; got ${log.map((r) => `${r.kind}:${r.name}`).join(', ') || 'nothing'}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    sendEnvelope(type, payload) {
      const envelope_id = `env-${++envelopes}`;
      const ws = sockets[0];
      if (!ws) throw new Error('fake Slack: no Socket Mode client connected');
      ws.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }));
      return envelope_id;
    },
    socketConnected() {
      return sockets.length ? Promise.resolve() : new Promise((resolve) => connectedWaiters.push(resolve));
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

/** WebClient sends form fields, nested values (blocks) JSON-encoded per field. */
function parseForm(raw: string, type: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (type?.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return out;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}
