import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DailyConfig } from '../config.ts';
import { failure } from '../core/answer.ts';
import type { Logger } from '../core/logger.ts';
import type { Adapter, Answer, BotRequest } from '../core/types.ts';
import type { Knowledge } from '../knowledge-build/index.ts';
import { backoffMs, classifyPostError } from './failures.ts';
import { buildPost } from './post.ts';
import { addDays, localDate, nextPostTime, postInstantOn } from './schedule.ts';
import { StoreUnavailableError, type DailyLedger, type DeliveryKey, type StoreLifecycle, type Subscription, type SubscriptionStore } from '../store/types.ts';
import { handleSubscription } from './subscriptions.ts';

// The daily "on this day" posts: subscriptions, the schedule and exactly-once delivery.
// Every instant comes from the injected clock; the only timer is a plain, unref()'d setTimeout,
// re-armed after each run for the next post time (at most TICK_MS away, which also picks up
// retries, expired claims and subscriptions made by other processes).

/** How long a claim is held: longer than any post takes, short enough to retry a crashed owner's soon. */
export const LEASE_MS = 2 * 60_000;
const TICK_MS = 30_000;
/** Tries per channel and day (crashes and transient errors alike) before the day is given up. */
const MAX_ATTEMPTS = 5;
/** Consecutive "channel gone / no permission" failures before a subscription is paused. */
const MAX_CHANNEL_FAILURES = 3;
/** Posts in flight at once: the platforms' client libraries queue and rate-limit beyond this. */
const CONCURRENCY = 4;
const KEEP_DAYS = 60;
const STOP_GRACE_MS = 1000;
const READY_WAIT_MS = 3000;

export interface DailyOptions {
  config: DailyConfig;
  /** Subscriptions and the delivery ledger; shared by every process on the same database. Owned by the caller. */
  store: SubscriptionStore & DailyLedger & Pick<StoreLifecycle, 'ready'>;
  /** The knowledge, or a getter for the current one when the articles reload while running. */
  knowledge: Knowledge | (() => Knowledge);
  adapters: Partial<Record<'discord' | 'slack', Pick<Adapter, 'post'>>>;
  now?: () => Date;
  logger: Logger;
  /** Process identity for claims, default random. A stable one lets a restarted process retry its own dead claims at once. */
  owner?: string;
}

export interface Daily {
  /**
   * Subscription requests (/onthisday subscribe|unsubscribe|status, /daily ...) on discord or slack, as the
   * bot's dispatcher passes them (commands/daily.ts): the answer; undefined elsewhere (the command answers).
   */
  intercept(request: BotRequest): Promise<Answer | undefined>;
  /** Applies DAILY_CHANNELS, runs the catch-up, arms the timer. With the database unreachable it only arms the timer. */
  start(): Promise<void>;
  /** Posts everything due now (per the clock); returns how many were posted. */
  runDue(): Promise<number>;
  /** Clears the timer and waits (briefly) for a run in progress. The store stays open. */
  stop(): Promise<void>;
}

/** The idempotency key of one channel's post on one day: the same on every attempt and in every process. */
export function postKey(key: DeliveryKey): string {
  return `daily-${key.localDate}`;
}

/** Subscription commands need the database; questions do not. */
function unavailable(): Answer {
  return {
    ...failure(),
    title: 'Daily posts are unavailable',
    text: 'The database is unreachable right now, so daily-post settings cannot be read or changed. Questions still work; please try this again in a minute.',
  };
}

export function createDaily(options: DailyOptions): Daily {
  const { config, adapters, store, logger: parentLogger } = options;
  const knowledgeNow = typeof options.knowledge === 'function' ? options.knowledge : () => options.knowledge as Knowledge;
  const now = options.now ?? (() => new Date());
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const logger = parentLogger.child({ component: 'daily' });
  const tz = config.timezone;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  let synced = false;
  const subscriptionContext = {
    store,
    config,
    get knowledge() {
      return knowledgeNow();
    },
    now,
  };

  async function runOnce(): Promise<number> {
    const started = now();
    const today = localDate(started, tz);
    const post = buildPost(knowledgeNow(), today.slice(5));
    if (!post) return 0; // nothing happened on this day: nothing is owed
    if (!synced) await prepare(started); // the database was down at start-up
    const due = await dueSubscriptions(started, today);
    let posted = 0;
    const queue = [...due];
    const worker = async () => {
      for (let sub = queue.shift(); sub && !stopped; sub = queue.shift()) {
        if (await deliver({ platform: sub.platform, channelId: sub.channelId, localDate: today }, post)) posted++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
    if (posted) logger.info({ date: today, posted, ms: Date.now() - started.getTime() }, 'daily posts sent');
    return posted;
  }

  async function dueSubscriptions(at: Date, today: string): Promise<Subscription[]> {
    const instants = new Map<string, number>();
    const instantOf = (time: string) => {
      let ms = instants.get(time);
      if (ms === undefined) instants.set(time, (ms = postInstantOn(at, time, tz).at.getTime()));
      return ms;
    };
    return (await store.pending(today)).filter((sub) => {
      if (!adapters[sub.platform]) return false; // its platform is not running in this process
      const ms = instantOf(sub.postTime ?? config.postTime);
      return ms <= at.getTime() && ms >= sub.activeFrom;
    });
  }

  async function deliver(key: DeliveryKey, post: Answer): Promise<boolean> {
    if (!(await store.claim(key, owner, now().getTime(), LEASE_MS, MAX_ATTEMPTS))) return false;
    // Every attempt of one post carries the same key, so the platform can tell a repeat: a process
    // that crashed after the platform took the post but before complete() is not posted twice.
    const attempts = (await store.delivery(key))?.attempts ?? 1;
    try {
      await adapters[key.platform]!.post(key.channelId, post, { key: postKey(key), mayExist: attempts > 1 });
    } catch (err) {
      await onFailure(key, err, attempts);
      return false;
    }
    if (!(await store.complete(key, owner, now().getTime()))) {
      logger.warn({ ...key, owner }, 'daily post sent after its claim had expired: another process may have posted it too');
    }
    logger.debug({ ...key }, 'daily post sent');
    return true;
  }

  async function onFailure(key: DeliveryKey, err: unknown, attempts: number): Promise<void> {
    const f = classifyPostError(err);
    const at = now().getTime();
    const s = store;
    if (f.kind === 'rate-limited') {
      await s.retryLater(key, owner, at + f.retryAfterMs, f.reason, false);
      logger.warn({ ...key, retryAfterMs: f.retryAfterMs }, 'daily post rate-limited; retrying later');
      return;
    }
    if (f.kind === 'channel') {
      const failures = await s.addFailure(key.platform, key.channelId);
      if (failures >= MAX_CHANNEL_FAILURES) {
        await s.fail(key, owner, f.reason);
        await s.disable(key.platform, key.channelId, at, f.reason);
        logger.warn({ ...key, failures, reason: f.reason }, 'daily posts to this channel keep failing; subscription paused until someone subscribes again');
        return;
      }
    }
    if (attempts >= MAX_ATTEMPTS) {
      await s.fail(key, owner, f.reason);
      logger.error({ ...key, attempts, reason: f.reason }, 'daily post failed; giving up for today');
      return;
    }
    await s.retryLater(key, owner, at + backoffMs(attempts), f.reason);
    logger.warn({ ...key, attempts, kind: f.kind, reason: f.reason }, 'daily post failed; will retry');
  }

  function runDue(): Promise<number> {
    // One run at a time per process: a run asked for during another starts when it ends.
    const previous = running ?? Promise.resolve(0);
    const run = previous.catch(() => 0).then(() => (stopped ? 0 : runOnce()));
    running = run;
    void run
      .finally(() => {
        if (running === run) running = undefined;
      })
      .catch(() => undefined);
    return run;
  }

  async function arm(): Promise<void> {
    if (stopped) return;
    const times = await store.postTimes().catch(() => []);
    if (stopped) return;
    const t = now();
    let delay = TICK_MS;
    for (const time of times) {
      delay = Math.min(delay, nextPostTime(t, time ?? config.postTime, tz).at.getTime() - t.getTime());
    }
    timer = setTimeout(tick, Math.max(delay, 50));
    timer.unref();
  }

  async function tick(): Promise<void> {
    try {
      await runDue();
    } catch (err) {
      // The store has said "database unreachable" once already; the next tick tries again.
      if (err instanceof StoreUnavailableError) logger.debug({ reason: err.message }, 'daily run skipped: database unreachable');
      else logger.error({ err }, 'daily run failed');
    }
    await arm();
  }

  /** Start-up work on the database: dead claims of a restarted owner, DAILY_CHANNELS, pruning. */
  async function prepare(t: Date): Promise<void> {
    if (options.owner) {
      const freed = await store.releaseOwnClaims(owner);
      if (freed) logger.info({ owner, freed }, 'retrying deliveries claimed before a restart');
    }
    await store.syncConfig(config.channels, t.getTime());
    await store.prune(addDays(localDate(t, tz), -KEEP_DAYS), t.getTime());
    synced = true;
  }

  return {
    async intercept(request) {
      if (request.platform !== 'discord' && request.platform !== 'slack') return undefined;
      try {
        return await handleSubscription(subscriptionContext, request);
      } catch (err) {
        if (err instanceof StoreUnavailableError) return unavailable();
        logger.error({ err, command: request.command, args: request.args.slice(0, 100) }, 'subscription request failed');
        return failure();
      }
    },

    async start() {
      stopped = false;
      // A database just being connected to gets a moment, so that the catch-up need not wait a tick.
      await store.ready(READY_WAIT_MS);
      try {
        await prepare(now());
        await runDue(); // catch-up: whatever is still owed today
      } catch (err) {
        if (!(err instanceof StoreUnavailableError)) logger.error({ err }, 'daily catch-up failed');
      }
      await arm();
    },

    runDue,

    async stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      if (running) {
        let grace: NodeJS.Timeout | undefined;
        await Promise.race([running.catch(() => 0), new Promise((resolve) => (grace = setTimeout(resolve, STOP_GRACE_MS)))]);
        clearTimeout(grace);
      }
    },
  };
}
