import './env.ts';
import { createConsoleAdapter } from './adapters/console/adapter.ts';
import type { DiscordAdapter } from './adapters/discord/adapter.ts';
import type { SlackAdapter } from './adapters/slack/adapter.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createBot } from './core/bot.ts';
import { createLogger } from './core/logger.ts';
import type { Adapter, BotRequest, Handle } from './core/types.ts';
import { createDaily, type Daily } from './daily/daily.ts';
import { commands } from '../commands/index.ts';
import { createHealthServer, type HealthServer } from './ops/health-server.ts';
import { instrumentHandle, instrumentPoster } from './ops/instrument.ts';
import { createMetrics, type MetricsPlatform } from './ops/metrics.ts';
import type { ReadinessCheck } from './ops/readiness.ts';
import { storeReadiness } from './ops/store-readiness.ts';
import { redactText } from './core/redact.ts';
import { storeClaims } from './store/claims.ts';
import { openStore } from './store/open.ts';
import { storeConversations } from './conversation/conversations.ts';
import { createFeedback } from './conversation/feedback.ts';
import type { Store } from './store/types.ts';

import { createIntake } from './intake/intake.ts';
import { createArticleFlow } from './intake/flow.ts';
import { createInteractions } from './core/interactions.ts';
import { createLiveKnowledge } from './live/live-knowledge.ts';
import { prepareKnowledgeCache } from './cache/prepare.ts';
import { keepSnapshotInThread } from './knowledge-build/thread.ts';
import { progressLine } from './ops/progress.ts';

// Wiring: configuration → articles (live) → knowledge → bot → store → adapters → daily posts. SIGTERM stops it all.

const STOP_WITHIN_MS = 1500;

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`VisitBot cannot start: ${redactText(err.message)}\n`);
      process.exit(1);
    }
    throw err;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  // The console chat owns standard output: its logs go to standard error, warnings and worse unless LOG_LEVEL says otherwise.
  const consoleMode = !config.discord && !config.slack;
  const logger = createLogger(config.logLevel ?? (consoleMode ? 'warn' : 'info'), { mode: consoleMode ? 'console' : 'service', secrets: config.secrets });
  const configured = (['discord', 'slack'] as const).filter((p) => config[p]);
  const metrics = createMetrics({ commands: commands.map((c) => c.name), platforms: configured });
  let stopping = false;
  let knowledgeLoaded = false;
  const platforms: { discord?: DiscordAdapter; slack?: SlackAdapter } = {};
  let store: Store | undefined;
  // Every check is known from the configuration, so that nothing reads as ready before it is built.
  const checks: ReadinessCheck[] = [
    { name: 'running', check: () => !stopping },
    { name: 'articles', check: () => knowledgeLoaded },
    ...configured.map((name) => ({ name, check: () => platforms[name]?.connected() ?? false })),
    ...(configured.length ? [{ name: 'store', check: storeReadiness(() => store) }] : []),
  ];
  // Alive and answering /healthz while the articles load; ready once every check passes.
  const health: HealthServer | undefined = config.health && createHealthServer({ ...config.health, metrics, checks: () => checks, logger });
  try {
    await health?.start();
  } catch (err) {
    process.stderr.write(
      `VisitBot cannot start: the health endpoints cannot listen on ${config.health!.host}:${config.health!.port} (HEALTH_HOST, HEALTH_PORT): ${redactText((err as Error).message, config.secrets)}\n`,
    );
    process.exit(1);
  }

  const started = performance.now();
  // Loading many articles takes a while: a log line at the start and at the end, and on a terminal a
  // progress line (standard error: standard output is the console chat's, or the JSON logs').
  logger.info({ dir: config.seedsDir, cache: config.knowledgeCache ?? 'off' }, 'loading articles');
  const progress = progressLine(process.stderr, 'Reading new articles');
  // Articles new to the knowledge cache, when many, are derived in worker threads first (the health
  // endpoints answer meanwhile); the build below then reads them from the cache.
  const prepared = await prepareKnowledgeCache(config.seedsDir, config.knowledgeCache, logger, progress ? { progress: progress.update } : {});
  progress?.note('Building the knowledge base…');
  // A corpus with many new articles is built in a thread of its own (its memory goes with it), then opened below.
  if (config.knowledgeCache && prepared.workers) await keepSnapshotInThread(config.seedsDir, config.knowledgeCache);
  // The articles follow the seeds folder; each reload swaps in a new bot over the new knowledge, so a
  // request is answered from one corpus, old or new.
  const live = createLiveKnowledge({
    dir: config.seedsDir,
    watch: config.seedsWatch,
    cacheDir: config.knowledgeCache,
    lazyBytes: config.knowledgeCacheMb * 2 ** 20,
    logger,
    listing: prepared.listing,
  });
  progress?.end();
  logger.info(
    { articles: live.current().articles.length, skipped: live.current().problems.length, ms: Math.round(performance.now() - started) },
    'articles loaded',
  );
  let daily: Daily | undefined;
  // One dispatcher (the bot's): daily-post settings reach the daily posts through it, once they run.
  const subscriptions = async (request: BotRequest) => daily?.intercept(request);
  // The votes, for /feedback: the store opens below, once the articles are loaded.
  const feedback = async (limit: number) => (store ? store.downVoted(limit) : []);
  let bot = createBot({ knowledge: live.current(), timezone: config.timezone, logger, subscriptions, ...(configured.length ? { feedback } : {}) });
  metrics.articles.set(live.current().articles.length);
  live.onSwap((knowledge) => {
    bot = createBot({ knowledge, timezone: config.timezone, logger, subscriptions, ...(configured.length ? { feedback } : {}) });
    metrics.articles.set(knowledge.articles.length);
  });
  knowledgeLoaded = true;
  // Every answer is counted and timed.
  const handle: Handle = instrumentHandle((request) => bot.respond(request), metrics);
  const signals = (platform: MetricsPlatform) => ({
    error: () => metrics.platformErrors.inc({ platform }),
    rateLimited: () => metrics.rateLimited.inc({ platform }),
  });

  // Articles added from chat are saved into the seeds folder and loaded right after the reply (watched or not).
  const intake = createIntake({
    seedsDir: config.seedsDir,
    adminUsers: config.adminUsers,
    logger,
    articles: () => live.current().articles,
    onSaved: () => live.reloadSoon(),
  });

  // The platforms share the store (SQLite, or PostgreSQL with DATABASE_URL): event ids, cooldowns, daily posts.
  if (configured.length) {
    try {
      store = openStore(config.database, logger);
    } catch (err) {
      process.stderr.write(`VisitBot cannot start: ${redactText((err as Error).message, config.secrets)}\n`);
      process.exit(1);
    }
  }
  const claims = store && storeClaims(store, logger, undefined, undefined, config.chatMemoryMax);
  // Thread questions (follow-ups) and votes live in the store too, shared by every process on it.
  const conversation = store ? { conversations: storeConversations(store, logger), feedback: createFeedback(store, logger) } : {};
  // Every chat feature, written once (src/core/interactions.ts, src/intake/flow.ts), for each platform's adapter.
  const chat = (platform: 'discord' | 'slack', publicReplies: boolean) => ({
    interactions: createInteractions({ handle, publicReplies, memoryMax: config.chatMemoryMax, ...conversation }),
    articles: createArticleFlow(intake, platform),
  });
  // Loaded only when configured, after the health server listens: discord.js alone takes a second to load.
  if (config.discord)
    platforms.discord = (await import('./adapters/discord/adapter.ts')).createDiscordAdapter({
      config: config.discord,
      ...chat('discord', config.discord.publicReplies),
      complete: (source, partial) => bot.complete(source, partial),
      logger,
      claims,
      signals: signals('discord'),
      memoryMax: config.chatMemoryMax,
    });
  if (config.slack)
    platforms.slack = (await import('./adapters/slack/adapter.ts')).createSlackAdapter({
      config: config.slack,
      ...chat('slack', config.slack.publicReplies),
      logger,
      claims,
      signals: signals('slack'),
      memoryMax: config.chatMemoryMax,
    });
  const adapters: Adapter[] = Object.values(platforms);
  const posters = Object.fromEntries(Object.entries(platforms).map(([name, adapter]) => [name, instrumentPoster(adapter, metrics)]));
  if (store) daily = createDaily({ config: config.daily, store, knowledge: () => live.current(), adapters: posters, logger });

  const stop = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true; // /readyz answers 503 from now on
    logger.info({ reason }, 'stopping');
    setTimeout(() => process.exit(code), STOP_WITHIN_MS).unref();
    live.stop();
    await daily?.stop().catch(() => undefined); // no post may start while the adapters close
    // Each adapter lets the answers in flight be sent, then closes its connections.
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await store?.close().catch(() => undefined);
    await health?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  // Logged through the redacting logger rather than printed raw by Node, then the usual exit.
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception');
    void stop('uncaught exception', 1);
  });
  process.on('unhandledRejection', (err) => {
    logger.fatal({ err }, 'unhandled promise rejection');
    void stop('unhandled promise rejection', 1);
  });

  if (!adapters.length) {
    // Whoever runs the console owns the seeds folder: `/sources add` works there without an admin check.
    const add = { intake, seedsDir: config.seedsDir, articles: () => live.current().articles, onSaved: () => live.reloadSoon() };
    adapters.push(createConsoleAdapter({ handle, add, onClose: () => void stop('end of input') }));
  }
  try {
    await Promise.all(adapters.map((a) => a.start()));
    await daily?.start();
  } catch (err) {
    logger.fatal({ err }, 'start-up failed');
    process.stderr.write(`VisitBot cannot start: ${redactText((err as Error).message, config.secrets)}\n`);
    await stop('start-up failed', 1);
    return;
  }
  logger.info(
    {
      adapters: adapters.map((a) => a.platform),
      daily: Boolean(daily),
      store: store && { kind: store.kind, ...store.health() },
      ms: Math.round(performance.now() - started),
    },
    'VisitBot ready',
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`VisitBot failed to start: ${redactText((err as Error).stack ?? String(err))}\n`);
  process.exit(1);
});
