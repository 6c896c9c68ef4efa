import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, SocketModeReceiver, webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.ts';
import { createLifecycle } from '../../core/lifecycle.ts';
import { memoryClaims } from '../../store/claims.ts';
import type { ChatAdapterOptions } from '../../core/chat-adapter.ts';
import type { ArticleFlow } from '../../intake/flow.ts';
import type { Adapter, Answer, PostOptions } from '../../core/types.ts';
import { registerActions } from './actions.ts';
import { registerAddArticle, slackFileHeaders } from './add-article.ts';
import { checkBotToken } from './auth-check.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { registerCommands } from './commands.ts';
import type { ListenerContext } from './context.ts';
import { registerEvents } from './events.ts';
import { registerFailureHandler } from './failures.ts';
import { registerHome } from './home.ts';
import type { UserCheck } from '../../core/admins.ts';
import { createManagerCheck } from './permissions.ts';
import { postOnce } from './post-once.ts';
import { toPostError } from './post-error.ts';
import { toSlack } from './render.ts';
import { NO_SIGNALS } from '../../core/signals.ts';

// VisitBot on Slack. HTTP mode: Bolt's receiver on SLACK_PORT, path /slack/events for events,
// commands and interactivity, requests verified with SLACK_SIGNING_SECRET. Socket Mode when
// SLACK_APP_TOKEN is set: no public URL needed.

export interface SlackAdapterOptions extends ChatAdapterOptions {
  config: SlackConfig;
  /** Is this user allowed to manage channel subscriptions? default: user in config.adminUsers or a workspace admin/owner per users.info */
  canManageChannel?: UserCheck;
  /** Adding articles from chat: /visit sources add <url> by a workspace admin or a user in ADMIN_USERS. */
  articles?: ArticleFlow;
}

export interface SlackAdapter extends Adapter {
  /** Where the HTTP receiver listens once started (HTTP mode only). */
  address(): AddressInfo | undefined;
  /** True while the HTTP receiver listens, or the Socket Mode connection is open. */
  connected(): boolean;
}

/** Web API retries: a 429 waits for its Retry-After; other failures a short back-off. A chat answer is worthless after minutes. */
const RETRY = { retries: 3, factor: 2, minTimeout: 100, maxTimeout: 3000, randomize: true };

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { config, logger } = options;
  const boltLogger = toBoltLogger(logger);
  // Open: the app, and its HTTP server or its Socket Mode receiver.
  const life = createLifecycle<{ app: App; server?: Server; socket?: SocketModeReceiver }>({ name: 'The Slack adapter', toPostError });
  let socketOpen = false;
  const signals = options.signals ?? NO_SIGNALS;
  // Bolt makes a WebClient per team besides app.client; each reports its own 429s.
  const watched = new WeakSet<webApi.WebClient>();
  const watch = (c: webApi.WebClient) => {
    if (watched.has(c)) return;
    watched.add(c);
    c.on(webApi.WebClientEvent.RATE_LIMITED, () => signals.rateLimited());
  };
  /** The workspace the app is installed in (auth.test at start): its admins only are admins. */
  let installedTeam: string | undefined;
  const team = () => installedTeam;
  const client = () => life.connection().app.client;
  // One users.info answer a user (kept a minute) serves both checks: SLACK_ADMIN_USERS also manage
  // daily posts, not articles (the intake has its own list, ADMIN_USERS).
  const workspaceAdmin = createManagerCheck({ adminUsers: [], client, logger, team, max: options.memoryMax });
  const ctx: ListenerContext = {
    config,
    interactions: options.interactions,
    logger,
    canManage: options.canManageChannel ?? (async (user) => config.adminUsers.includes(user) || workspaceAdmin(user)),
    claims: options.claims ?? memoryClaims({ max: options.memoryMax }),
    onError: () => signals.error(),
    articles: options.articles ? { flow: options.articles, isWorkspaceAdmin: workspaceAdmin, fileHeaders: slackFileHeaders(config) } : undefined,
  };

  return {
    platform: 'slack',
    start: () =>
      life.start(async () => {
        const identity = await checkBotToken(config, boltLogger);
        installedTeam = identity.teamId;
        const clientOptions = { ...(config.apiUrl ? { slackApiUrl: `${config.apiUrl}/` } : {}), retryConfig: RETRY };
        const socket = config.socketMode
          ? new SocketModeReceiver({ appToken: config.appToken!, logger: boltLogger, installerOptions: { clientOptions: { ...clientOptions } } })
          : undefined;
        const a = new App({
          token: config.botToken,
          botId: identity.botId,
          botUserId: identity.botUserId,
          ...(socket ? { receiver: socket, socketMode: true } : { signingSecret: config.signingSecret }),
          clientOptions,
          logger: boltLogger,
          extendedErrorHandler: true,
        });
        a.use(async ({ client: c, next }) => {
          watch(c);
          await life.track(next());
        });
        watch(a.client);
        if (socket) {
          const open = (v: boolean) => () => void (socketOpen = v);
          socket.client.on('connected', open(true));
          for (const state of ['reconnecting', 'disconnecting', 'disconnected']) socket.client.on(state, open(false));
        }
        registerFailureHandler(a, ctx);
        registerEvents(a, ctx);
        registerCommands(a, ctx);
        registerActions(a, ctx);
        registerHome(a, ctx);
        if (ctx.articles) registerAddArticle(a, ctx);
        let server: Server | undefined;
        try {
          if (config.socketMode) await a.start();
          else server = (await a.start(config.port)) as Server;
        } catch (err) {
          await shutdown({ app: a, server, socket }).catch(() => {});
          const how = config.socketMode
            ? 'connect in Socket Mode (check SLACK_APP_TOKEN: an app-level token with connections:write)'
            : `listen on port ${config.port} (SLACK_PORT)`;
          throw new Error(`Slack adapter could not ${how}: ${(err as Error).message}`, { cause: err });
        }
        logger.info(
          { mode: config.socketMode ? 'socket' : 'http', port: server ? (server.address() as AddressInfo).port : undefined, botUserId: identity.botUserId },
          'Slack adapter ready',
        );
        return { app: a, server, socket };
      }),
    post: (channelId: string, answer: Answer, postOptions?: PostOptions) =>
      life.post(({ app }) => postOnce(app.client, channelId, toSlack(answer, 0, { command: config.command }), postOptions, logger)),
    stop: () => life.stop(shutdown),
    connected() {
      const open = life.current();
      return open ? (config.socketMode ? socketOpen : Boolean(open.server?.listening)) : false;
    },
    address() {
      const server = life.current()?.server;
      return server?.listening ? (server.address() as AddressInfo) : undefined;
    },
  };

  async function shutdown({ app: a, server: s, socket }: { app: App; server?: Server; socket?: SocketModeReceiver }): Promise<void> {
    if (socket) {
      // app.stop() does not wait for the close handshake and would leak a 30 s timer.
      await socket.client.disconnect();
      await a.stop();
      return;
    }
    if (!s?.listening) return;
    const closed = a.stop();
    s.closeIdleConnections();
    // Requests still in flight get a moment, then their connections are cut: stop() stays under 1 s.
    const cut = setTimeout(() => s.closeAllConnections(), 300);
    try {
      await closed;
    } finally {
      clearTimeout(cut);
    }
  }
}
