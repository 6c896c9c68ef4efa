import 'dotenv/config';
import { createConsoleAdapter } from './adapters/console/adapter.ts';
import { createDiscordAdapter } from './adapters/discord/adapter.ts';
import { createSlackAdapter } from './adapters/slack/adapter.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createBot } from './core/bot.ts';
import { createLogger } from './core/logger.ts';
import type { Adapter, Handle } from './core/types.ts';
import { createDaily, type Daily } from './daily/daily.ts';
import { buildKnowledgeFromDir } from './knowledge/index.ts';
import { storeClaims } from './store/claims.ts';
import { openStore } from './store/open.ts';
import type { Store } from './store/types.ts';

// Wiring: configuration → articles → knowledge → bot → store → adapters → daily posts. SIGTERM stops it all.

const STOP_WITHIN_MS = 1500;

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`VisitBot cannot start: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const started = performance.now();
  const knowledge = buildKnowledgeFromDir(config.seedsDir);
  for (const p of knowledge.problems) logger.warn({ file: p.file, reason: p.reason }, 'article skipped');
  const { articles, people, quotes, events } = knowledge;
  logger.info({ articles: articles.length, people: people.length, quotes: quotes.length, events: events.length, ms: Math.round(performance.now() - started) }, 'knowledge built');

  const bot = createBot({ knowledge, timezone: config.timezone, logger });
  let daily: Daily | undefined;
  // Subscription commands belong to the daily posts; everything else to the bot.
  const handle: Handle = async (request) => (await daily?.intercept(request)) ?? bot.handle(request);

  // The platforms share the store (SQLite, or PostgreSQL with DATABASE_URL): event ids, cooldowns, daily posts.
  let store: Store | undefined;
  if (config.discord || config.slack) {
    try {
      store = openStore(config.database, logger);
    } catch (err) {
      process.stderr.write(`VisitBot cannot start: ${(err as Error).message}\n`);
      process.exit(1);
    }
  }
  const claims = store && storeClaims(store, logger);
  const platforms: { discord?: Adapter; slack?: Adapter } = {};
  if (config.discord) platforms.discord = createDiscordAdapter({ config: config.discord, handle, complete: bot.complete, logger, claims });
  if (config.slack) platforms.slack = createSlackAdapter({ config: config.slack, handle, logger, claims });
  const adapters: Adapter[] = Object.values(platforms);
  if (store) daily = createDaily({ config: config.daily, store, knowledge, adapters: platforms, logger });

  let stopping = false;
  const stop = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'stopping');
    setTimeout(() => process.exit(code), STOP_WITHIN_MS).unref();
    await daily?.stop().catch(() => undefined); // no post may start while the adapters close
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await store?.close().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  if (!adapters.length) adapters.push(createConsoleAdapter({ handle, onClose: () => void stop('end of input') }));
  try {
    await Promise.all(adapters.map((a) => a.start()));
    await daily?.start();
  } catch (err) {
    logger.fatal({ err }, 'start-up failed');
    process.stderr.write(`VisitBot cannot start: ${(err as Error).message}\n`);
    await stop('start-up failed', 1);
    return;
  }
  logger.info({ adapters: adapters.map((a) => a.platform), daily: Boolean(daily), store: store && { kind: store.kind, ...store.health() }, ms: Math.round(performance.now() - started) }, 'VisitBot ready');
}

main().catch((err: unknown) => {
  process.stderr.write(`VisitBot failed to start: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
