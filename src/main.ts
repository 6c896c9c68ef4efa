import 'dotenv/config';
import { createConsoleAdapter } from './adapters/console/adapter.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createBot } from './core/bot.ts';
import { createLogger, type Logger } from './core/logger.ts';
import type { Adapter, Handle } from './core/types.ts';
import { buildKnowledgeFromDir } from './knowledge/index.ts';

// Wiring: configuration → articles → knowledge → bot → adapters (→ daily posts). SIGTERM stops it all.

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`VisitBot cannot start: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const started = performance.now();
  const knowledge = buildKnowledgeFromDir(config.seedsDir);
  for (const p of knowledge.problems) logger.warn({ file: p.file, reason: p.reason }, 'article skipped');
  logger.info(
    { articles: knowledge.articles.length, people: knowledge.people.length, quotes: knowledge.quotes.length, events: knowledge.events.length, ms: Math.round(performance.now() - started) },
    'knowledge built',
  );
  const bot = createBot({ knowledge, timezone: config.timezone, logger });
  const handle: Handle = async (request) => bot.handle(request);

  const adapters: Adapter[] = [];
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const timer = setTimeout(() => process.exit(0), 1500);
    timer.unref();
    await Promise.allSettled(adapters.map((a) => a.stop()));
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  if (!adapters.length) adapters.push(createConsoleAdapter({ handle, onClose: () => void stop('end of input') }));
  for (const adapter of adapters) await adapter.start();
  logger.info({ adapters: adapters.map((a) => a.platform), ms: Math.round(performance.now() - started) }, 'VisitBot ready');
}

main().catch((err: unknown) => {
  process.stderr.write(`VisitBot failed to start: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
