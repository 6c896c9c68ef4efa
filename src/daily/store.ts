import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ChannelRef } from '../config.ts';
import { migrate } from './migrations.ts';

// The subscriptions and the delivery ledger in SQLite (WAL, so that several bot processes can share
// one file). Exactly-once rests on one rule: a delivery is claimed in an immediate transaction
// before posting and marked done after; a claim carries its owner and a lease, so a claim whose
// owner crashed becomes free once the lease runs out, and nobody else can take a live one.

export type DailyPlatform = ChannelRef['platform'];

export interface Subscription {
  platform: DailyPlatform;
  channelId: string;
  /** HH:MM, or undefined to follow DAILY_POST_TIME. */
  postTime?: string;
  active: boolean;
  source: 'command' | 'config';
  activeFrom: number;
  failures: number;
  disabledAt?: number;
  disabledReason?: string;
}

export interface DeliveryKey {
  platform: DailyPlatform;
  channelId: string;
  /** YYYY-MM-DD in the bot's time zone. */
  localDate: string;
}

export interface Delivery extends DeliveryKey {
  status: 'claimed' | 'retry' | 'done' | 'failed';
  attempts: number;
  postedAt?: number;
  error?: string;
}

interface SubscriptionRow {
  platform: DailyPlatform;
  channel_id: string;
  post_time: string | null;
  active: number;
  source: 'command' | 'config';
  active_from: number;
  failures: number;
  disabled_at: number | null;
  disabled_reason: string | null;
}

interface DeliveryRow {
  platform: DailyPlatform;
  channel_id: string;
  local_date: string;
  status: Delivery['status'];
  attempts: number;
  lease_until: number | null;
  retry_at: number | null;
  posted_at: number | null;
  error: string | null;
}

export type Store = ReturnType<typeof openStore>;

/** Opens (creating its folder on first run) and migrates the database at `path`. */
export function openStore(path: string) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000'); // another process's transaction lasts milliseconds
  db.pragma('synchronous = NORMAL'); // durable across process crashes; see the README for power loss
  migrate(db, path);

  const sql = {
    get: db.prepare<[string, string], SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?'),
    upsert: db.prepare(`
      INSERT INTO subscriptions (platform, channel_id, post_time, active, source, active_from, updated_by, updated_at)
      VALUES (@platform, @channelId, @postTime, 1, 'command', @now, @by, @now)
      ON CONFLICT (platform, channel_id) DO UPDATE SET
        post_time = excluded.post_time, source = 'command', updated_by = excluded.updated_by, updated_at = excluded.updated_at,
        active_from = CASE WHEN active = 1 AND disabled_at IS NULL THEN active_from ELSE excluded.active_from END,
        active = 1, failures = 0, disabled_at = NULL, disabled_reason = NULL`),
    unsubscribe: db.prepare(`UPDATE subscriptions SET active = 0, source = 'command', updated_by = @by, updated_at = @now
      WHERE platform = @platform AND channel_id = @channelId AND active = 1`),
    configInsert: db.prepare(`INSERT OR IGNORE INTO subscriptions (platform, channel_id, post_time, active, source, active_from, updated_at)
      VALUES (?, ?, NULL, 1, 'config', 0, ?)`),
    configRows: db.prepare<[], { platform: string; channel_id: string }>(`SELECT platform, channel_id FROM subscriptions WHERE source = 'config'`),
    remove: db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?'),
    pending: db.prepare<[string], SubscriptionRow>(`
      SELECT s.* FROM subscriptions s
      LEFT JOIN deliveries d ON d.platform = s.platform AND d.channel_id = s.channel_id AND d.local_date = ?
      WHERE s.active = 1 AND s.disabled_at IS NULL AND (d.status IS NULL OR d.status IN ('claimed', 'retry'))`),
    postTimes: db.prepare<[], { post_time: string | null }>('SELECT DISTINCT post_time FROM subscriptions WHERE active = 1 AND disabled_at IS NULL'),
    delivery: db.prepare<[string, string, string], DeliveryRow>('SELECT * FROM deliveries WHERE platform = ? AND channel_id = ? AND local_date = ?'),
    last: db.prepare<[string, string], DeliveryRow>(`SELECT * FROM deliveries WHERE platform = ? AND channel_id = ? ORDER BY local_date DESC LIMIT 1`),
    insertClaim: db.prepare(`INSERT INTO deliveries (platform, channel_id, local_date, status, owner, claimed_at, lease_until, attempts)
      VALUES (@platform, @channelId, @localDate, 'claimed', @owner, @now, @leaseUntil, 1)`),
    reclaim: db.prepare(`UPDATE deliveries SET status = 'claimed', owner = @owner, claimed_at = @now, lease_until = @leaseUntil, retry_at = NULL, attempts = attempts + 1
      WHERE platform = @platform AND channel_id = @channelId AND local_date = @localDate`),
    finish: db.prepare(`UPDATE deliveries SET status = @status, posted_at = @postedAt, retry_at = @retryAt, error = @error, lease_until = NULL, attempts = attempts - @refund
      WHERE platform = @platform AND channel_id = @channelId AND local_date = @localDate AND owner = @owner AND status = 'claimed'`),
    giveUp: db.prepare(`UPDATE deliveries SET status = 'failed', error = COALESCE(error, 'too many attempts')
      WHERE platform = @platform AND channel_id = @channelId AND local_date = @localDate`),
    resetFailures: db.prepare('UPDATE subscriptions SET failures = 0 WHERE platform = ? AND channel_id = ? AND failures > 0'),
    addFailure: db.prepare<[string, string], { failures: number }>('UPDATE subscriptions SET failures = failures + 1 WHERE platform = ? AND channel_id = ? RETURNING failures'),
    disable: db.prepare('UPDATE subscriptions SET disabled_at = ?, disabled_reason = ? WHERE platform = ? AND channel_id = ?'),
    releaseOwn: db.prepare(`UPDATE deliveries SET lease_until = 0 WHERE owner = ? AND status = 'claimed'`),
    prune: db.prepare('DELETE FROM deliveries WHERE local_date < ?'),
  };

  const toSubscription = (r: SubscriptionRow): Subscription => ({
    platform: r.platform,
    channelId: r.channel_id,
    postTime: r.post_time ?? undefined,
    active: r.active === 1,
    source: r.source,
    activeFrom: r.active_from,
    failures: r.failures,
    disabledAt: r.disabled_at ?? undefined,
    disabledReason: r.disabled_reason ?? undefined,
  });
  const toDelivery = (r: DeliveryRow): Delivery => ({
    platform: r.platform,
    channelId: r.channel_id,
    localDate: r.local_date,
    status: r.status,
    attempts: r.attempts,
    postedAt: r.posted_at ?? undefined,
    error: r.error ?? undefined,
  });

  const claim = db.transaction((key: DeliveryKey, owner: string, now: number, leaseMs: number, maxAttempts: number): boolean => {
    const row = sql.delivery.get(key.platform, key.channelId, key.localDate);
    const params = { ...key, owner, now, leaseUntil: now + leaseMs };
    if (!row) {
      sql.insertClaim.run(params);
      return true;
    }
    const free = (row.status === 'claimed' && (row.lease_until ?? 0) <= now) || (row.status === 'retry' && (row.retry_at ?? 0) <= now);
    if (!free) return false;
    if (row.attempts >= maxAttempts) {
      sql.giveUp.run(key);
      return false;
    }
    sql.reclaim.run(params);
    return true;
  });

  const finish = (key: DeliveryKey, owner: string, status: Delivery['status'], extra: { postedAt?: number; retryAt?: number; error?: string; refund?: boolean }) =>
    sql.finish.run({ ...key, owner, status, postedAt: extra.postedAt ?? null, retryAt: extra.retryAt ?? null, error: extra.error ?? null, refund: extra.refund ? 1 : 0 })
      .changes === 1;

  return {
    get: (platform: DailyPlatform, channelId: string): Subscription | undefined => {
      const r = sql.get.get(platform, channelId);
      return r && toSubscription(r);
    },
    /** Subscribes (or re-subscribes, clearing a failure mark); the first post owed is the first after `now`. */
    subscribe: (platform: DailyPlatform, channelId: string, postTime: string | undefined, by: string | undefined, now: number): void => {
      sql.upsert.run({ platform, channelId, postTime: postTime ?? null, by: by ?? null, now });
    },
    /** Returns false when the channel was not subscribed. */
    unsubscribe: (platform: DailyPlatform, channelId: string, by: string | undefined, now: number): boolean =>
      sql.unsubscribe.run({ platform, channelId, by: by ?? null, now }).changes === 1,
    /** Makes the configured channels (DAILY_CHANNELS) subscribed, and forgets those no longer listed. A channel unsubscribed by command stays so. */
    syncConfig: db.transaction((channels: ChannelRef[], now: number): void => {
      const wanted = new Set(channels.map((c) => `${c.platform}:${c.channelId}`));
      // A configured channel counts as subscribed all along: today's post is owed at start-up.
      for (const c of channels) sql.configInsert.run(c.platform, c.channelId, now);
      for (const r of sql.configRows.all()) if (!wanted.has(`${r.platform}:${r.channel_id}`)) sql.remove.run(r.platform, r.channel_id);
    }),
    /** Active subscriptions whose delivery for `localDate` is not finished. */
    pending: (localDate: string): Subscription[] => sql.pending.all(localDate).map(toSubscription),
    /** The distinct post times in use (undefined: the default). */
    postTimes: (): (string | undefined)[] => sql.postTimes.all().map((r) => r.post_time ?? undefined),
    delivery: (key: DeliveryKey): Delivery | undefined => {
      const r = sql.delivery.get(key.platform, key.channelId, key.localDate);
      return r && toDelivery(r);
    },
    lastDelivery: (platform: DailyPlatform, channelId: string): Delivery | undefined => {
      const r = sql.last.get(platform, channelId);
      return r && toDelivery(r);
    },
    /** Takes the delivery if nobody holds a live claim on it and it is not finished. */
    claim: (key: DeliveryKey, owner: string, now: number, leaseMs: number, maxAttempts: number): boolean =>
      claim.immediate(key, owner, now, leaseMs, maxAttempts),
    /** Marks a claimed delivery posted. False if the claim was lost meanwhile (its lease ran out and another took it). */
    complete: (key: DeliveryKey, owner: string, now: number): boolean => {
      const ok = finish(key, owner, 'done', { postedAt: now });
      sql.resetFailures.run(key.platform, key.channelId);
      return ok;
    },
    /** Gives the claim back, to be tried again at `retryAt`; a rate limit does not count as an attempt. */
    retryLater: (key: DeliveryKey, owner: string, retryAt: number, error: string, countAttempt = true): boolean =>
      finish(key, owner, 'retry', { retryAt, error, refund: !countAttempt }),
    /** Gives the day's delivery up. */
    fail: (key: DeliveryKey, owner: string, error: string): boolean => finish(key, owner, 'failed', { error }),
    /** Counts a permanent failure of the channel; returns the count so far. */
    addFailure: (platform: DailyPlatform, channelId: string): number => sql.addFailure.get(platform, channelId)?.failures ?? 0,
    /** Marks a channel that kept failing: no more posts until someone subscribes it again. */
    disable: (platform: DailyPlatform, channelId: string, now: number, reason: string): void => {
      sql.disable.run(now, reason, platform, channelId);
    },
    /** A process starting under the same owner name knows its old claims are dead: frees them now. */
    releaseOwnClaims: (owner: string): number => sql.releaseOwn.run(owner).changes,
    /** Forgets deliveries of days before `localDate`. */
    prune: (localDate: string): number => sql.prune.run(localDate).changes,
    close: (): void => {
      db.close();
    },
  };
}
