import 'dotenv/config';
import { createConsoleAdapter } from './adapters/console/adapter.ts';
import { createDiscordAdapter } from './adapters/discord/adapter.ts';
import { createSlackAdapter } from './adapters/slack/adapter.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createBot } from './core/bot.ts';
import { createLogger } from './core/logger.ts';
import type { Adapter, Handle } from './core/types.ts';
import { createDaily, type Daily } from './daily/daily.ts';
import { createIntake } from './intake/intake.ts';
import { createLiveKnowledge } from './live/live-knowledge.ts';

// Wiring: configuration → articles (live) → knowledge → bot → adapters → daily posts. SIGTERM stops it all.

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
  // The articles follow the seeds folder; each reload swaps in a new bot over the new knowledge, so a
  // request is answered from one corpus, old or new.
  const live = createLiveKnowledge({ dir: config.seedsDir, watch: config.seedsWatch, logger });
  let bot = createBot({ knowledge: live.current(), timezone: config.timezone, logger });
  live.onSwap((knowledge) => (bot = createBot({ knowledge, timezone: config.timezone, logger })));
  let daily: Daily | undefined;
  // Subscription commands belong to the daily posts; everything else to the bot.
  const handle: Handle = async (request) => daily?.intercept(request) ?? bot.handle(request);

  // Articles added from chat are saved into the seeds folder and loaded right after the reply (watched or not).
  const intake = createIntake({ seedsDir: config.seedsDir, adminUsers: config.adminUsers, logger, articles: () => live.current().articles, onSaved: () => live.reloadSoon() });

  const platforms: { discord?: Adapter; slack?: Adapter } = {};
  if (config.discord) platforms.discord = createDiscordAdapter({ config: config.discord, handle, complete: (source, partial) => bot.complete(source, partial), logger, intake });
  if (config.slack) platforms.slack = createSlackAdapter({ config: config.slack, handle, logger, intake });
  const adapters: Adapter[] = Object.values(platforms);
  if (adapters.length) daily = createDaily({ config: config.daily, knowledge: () => live.current(), adapters: platforms, logger });

  let stopping = false;
  const stop = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'stopping');
    setTimeout(() => process.exit(code), STOP_WITHIN_MS).unref();
    live.stop();
    await daily?.stop().catch(() => undefined); // no post may start while the adapters close
    await Promise.allSettled(adapters.map((a) => a.stop()));
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
  logger.info({ adapters: adapters.map((a) => a.platform), daily: Boolean(daily), ms: Math.round(performance.now() - started) }, 'VisitBot ready');
}

main().catch((err: unknown) => {
  process.stderr.write(`VisitBot failed to start: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
