import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

// A fake Discord on 127.0.0.1: the REST API (node:http) and the gateway (ws) on one port, enough of
// both for the real discord.js client to log in, receive dispatches and answer them. Every REST call
// and gateway frame is logged so tests can wait on what the bot actually sent.

export interface RestCall {
  method: string;
  /** Decoded path without the /api/v10 prefix, e.g. /interactions/1/tok/callback */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: any;
  status: number;
  /** What the fake answered (a message object for a message sent). */
  response?: any;
  at: number;
}

export interface GatewayFrame {
  op: number;
  d: any;
  at: number;
}

interface Override {
  match: (call: Omit<RestCall, 'status'>) => boolean;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  times: number;
}

export const IDS = {
  app: '100000000000000001',
  bot: '100000000000000002',
  guild: '100000000000000003',
  channel: '100000000000000004',
  thread: '100000000000000005',
  user: '100000000000000006',
  otherBot: '100000000000000007',
} as const;

/** A second server whose id lands on shard 1 of 2 ((id >> 22) % 2), while IDS.guild is on shard 0. */
export const SECOND_GUILD = { guild: '100000000004194307', channel: '100000000004194308', thread: '100000000004194309' } as const;

export interface FakeGuild {
  guild: string;
  channel: string;
  thread: string;
}

/** The shard Discord routes a server's events to: (guild_id >> 22) % shard count. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  readonly frames: GatewayFrame[] = [];
  identifies = 0;
  resumes = 0;
  /** When set, IDENTIFY is answered by closing the connection with this code (4004: bad token). */
  identifyCloseCode: number | undefined;
  /** The servers the bot is in; each shard is told about its own. */
  guilds: FakeGuild[] = [{ guild: IDS.guild, channel: IDS.channel, thread: IDS.thread }];
  /** Shards recommended by GET /gateway/bot (what DISCORD_SHARDS=auto uses). */
  recommendedShards = 1;
  /** Shards identified so far ([id, count] from IDENTIFY), and every dispatch with the shard it went to. */
  readonly shards: Array<[number, number]> = [];
  readonly dispatched: Array<{ t: string; shard: number }> = [];
  private server: Server;
  private wss: WebSocketServer;
  private socket: WebSocket | undefined;
  private shardSockets = new Map<number, WebSocket>();
  private shardCount = 1;
  private seq = 0;
  private nextId = 200000000000000000n;
  private overrides: Override[] = [];
  private waiters = new Set<() => void>();
  port = 0;

  constructor() {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.wss.on('connection', (ws) => this.onConnection(ws));
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  snowflake(): string {
    return String(this.nextId++);
  }

  /** The next `times` calls matching get this answer instead (a 429 should carry Retry-After). */
  override(match: Override['match'], status: number, headers?: Record<string, string>, body?: unknown, times = 1): void {
    this.overrides.push({ match, status, headers, body, times });
  }

  /** The next call to `path` is answered 429, to retry after `seconds` (a user-scoped limit, as Discord sends it). */
  rateLimit(path: string, seconds: number): void {
    this.override(
      (c) => c.path === path,
      429,
      { 'retry-after': String(seconds), 'x-ratelimit-scope': 'user' },
      { message: 'You are being rate limited.', retry_after: seconds, global: false },
    );
  }

  /** Resolves with the first logged call (from index `from`) that matches; never a fixed sleep. */
  waitFor(match: (c: RestCall) => boolean, { from = 0, timeout = 10_000 } = {}): Promise<RestCall> {
    return this.until(() => this.calls.slice(from).find(match), timeout, 'REST call');
  }

  waitForFrame(match: (f: GatewayFrame) => boolean, timeout = 10_000): Promise<GatewayFrame> {
    return this.until(() => this.frames.find(match), timeout, 'gateway frame');
  }

  private until<T>(find: () => T | undefined, timeout: number, what: string): Promise<T> {
    const found = find();
    if (found) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const hit = find();
        if (!hit) return;
        cleanup();
        resolve(hit);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Discord: no matching ${what} within ${timeout} ms`));
      }, timeout);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Sends a gateway dispatch (op 0) on the connection of the shard its guild belongs to (shard 0 without a guild, as DMs). */
  dispatch(t: string, d: unknown): void {
    const guildId = (d as { guild_id?: unknown } | null)?.guild_id;
    const shard = typeof guildId === 'string' ? shardOf(guildId, this.shardCount) : 0;
    this.dispatched.push({ t, shard });
    (this.shardSockets.get(shard) ?? this.socket)?.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  /** Closes the gateway connection with a code, e.g. 4000 (unknown error: resumable). */
  dropGateway(code: number): void {
    this.socket?.close(code, 'fake drop');
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- gateway ------------------------------------------------------------------------------

  private onConnection(ws: WebSocket): void {
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 } }));
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: any };
      this.frames.push({ ...frame, at: performance.now() });
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11 }));
      else if (frame.op === 2 && this.identifyCloseCode) ws.close(this.identifyCloseCode, 'fake refusal');
      else if (frame.op === 2) this.onIdentify(ws, frame.d?.shard);
      else if (frame.op === 6) {
        this.resumes++;
        const resumed = /^fake-session(?:-(\d+))?$/.exec(String(frame.d?.session_id));
        if (resumed) this.shardSockets.set(Number(resumed[1] ?? 0), ws);
        ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} }));
      }
      this.notify();
    });
  }

  private onIdentify(ws: WebSocket, shard: [number, number] = [0, 1]): void {
    this.identifies++;
    const [id, count] = shard;
    this.shards.push([id, count]);
    this.shardCount = count;
    this.shardSockets.set(id, ws);
    const mine = this.guilds.filter((g) => shardOf(g.guild, count) === id);
    const send = (t: string, d: unknown) => ws.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
    send('READY', {
      v: 10,
      user: { id: IDS.bot, username: 'VisitBot', discriminator: '0', bot: true, avatar: null, global_name: null },
      guilds: mine.map((g) => ({ id: g.guild, unavailable: true })),
      session_id: id === 0 ? 'fake-session' : `fake-session-${id}`,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
      application: { id: IDS.app, flags: 0 },
      shard: [id, count],
    });
    for (const g of mine) send('GUILD_CREATE', guild(g));
  }

  // ---- REST ---------------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* multipart or plain: keep the text */
    }
    const call = { method: req.method ?? 'GET', path, query: url.searchParams, headers: req.headers, body, at: performance.now() };
    const override = this.overrides.find((o) => o.times > 0 && o.match(call));
    let status: number;
    let headers: Record<string, string> = {};
    let answer: unknown;
    if (override) {
      override.times--;
      ({ status, body: answer } = override);
      headers = override.headers ?? {};
    } else {
      [status, answer] = this.route(call.method, path, body, url.searchParams);
    }
    this.calls.push({ ...call, status, response: answer });
    if (answer === undefined) res.writeHead(status, headers).end();
    else res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(answer));
    this.notify();
  }

  private route(method: string, path: string, body: any, query: URLSearchParams): [number, unknown] {
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      // max_concurrency 16 (as for large bots) lets shards identify together instead of 5 s apart.
      return [
        200,
        {
          url: `ws://127.0.0.1:${this.port}/gateway`,
          shards: this.recommendedShards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 },
        },
      ];
    }
    if (method === 'PUT' && /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.test(path)) {
      return [200, (body as any[]).map((c) => ({ ...c, id: this.snowflake(), application_id: IDS.app, version: '1' }))];
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path))) {
      if (query.get('with_response') !== 'true') return [204, undefined];
      const message = this.message(IDS.channel, body?.data ?? {});
      return [
        200,
        {
          interaction: { id: m[1], type: 2, response_message_id: message.id, response_message_loading: false, response_message_ephemeral: false },
          resource: { type: body?.type ?? 4, message },
        },
      ];
    }
    if ((m = /^\/webhooks\/\d+\/[^/]+(?:\/messages\/(@original|\d+))?$/.exec(path))) {
      if (method === 'DELETE') return [204, undefined];
      return [200, this.message(IDS.channel, body ?? {})];
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
      return [
        201,
        {
          id: this.snowflake(),
          type: 11,
          guild_id: IDS.guild,
          parent_id: m[1],
          name: body?.name ?? 'thread',
          owner_id: IDS.bot,
          message_count: 0,
          member_count: 1,
          thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
        },
      ];
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      // Like Discord: with enforce_nonce, a second message with the same nonce in the channel returns the first.
      const once = body?.enforce_nonce && body?.nonce !== undefined ? `${m[1]}:${String(body.nonce)}` : undefined;
      const earlier = once ? this.byNonce.get(once) : undefined;
      if (earlier) return [200, earlier];
      const message = this.message(m[1]!, body ?? {});
      if (once) this.byNonce.set(once, message);
      return [200, message];
    }
    if (method === 'POST' && /^\/channels\/\d+\/typing$/.test(path)) return [204, undefined];
    return [404, { message: `fake Discord: no route for ${method} ${path}`, code: 0 }];
  }

  /** Channel messages made with enforce_nonce, by "channel:nonce". */
  readonly byNonce = new Map<string, Record<string, unknown>>();

  message(channelId: string, body: any): Record<string, unknown> {
    return botMessage(this.snowflake(), channelId, body);
  }
}

function guild(g: FakeGuild): Record<string, unknown> {
  return {
    id: g.guild,
    name: 'Fake Server',
    icon: null,
    owner_id: IDS.user,
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: new Date().toISOString(),
    roles: [
      { id: g.guild, name: '@everyone', permissions: '1071698660929', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
    ],
    emojis: [],
    stickers: [],
    features: [],
    members: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    channels: [{ id: g.channel, type: 0, guild_id: g.guild, name: 'general', position: 0, permission_overwrites: [], nsfw: false, parent_id: null }],
    threads: [
      {
        id: g.thread,
        type: 11,
        guild_id: g.guild,
        parent_id: g.channel,
        name: 'questions',
        owner_id: IDS.user,
        message_count: 1,
        member_count: 1,
        thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
      },
    ],
  };
}

/** A message object as Discord returns it for a message the bot sent. */
export function botMessage(
  id: string,
  channelId: string,
  body: { content?: string; embeds?: unknown[]; components?: unknown[]; flags?: number },
): Record<string, unknown> {
  return {
    id,
    channel_id: channelId,
    author: { id: IDS.bot, username: 'VisitBot', discriminator: '0', bot: true, avatar: null },
    content: body.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body.embeds ?? [],
    pinned: false,
    type: 0,
    flags: body.flags ?? 0,
    components: body.components ?? [],
  };
}
