import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ChannelRef } from '../config.ts';
import { toDelivery, toSubscription, type DeliveryRow, type SubscriptionRow } from './rows.ts';
import { migrate } from './sqlite-migrations.ts';
import { randomBytes } from 'node:crypto';
import { toDownVoted, type DownVotedRow } from './rows.ts';
import type { Delivery, DeliveryKey, Store, Vote } from './types.ts';

// The store in SQLite (WAL, so that several bot processes on one machine can share one file).
// Exactly-once rests on one rule: a delivery is claimed in an immediate transaction before posting
// and marked done after; a claim carries its owner and a lease, so a claim whose owner crashed
// becomes free once the lease runs out, and nobody else can take a live one. better-sqlite3 is
// synchronous; the Store interface is not (PostgreSQL), so every method returns a settled promise.

/** Opens (creating its folder on first run) and migrates the database at `path`. */
export function openSqliteStore(path: string): Store {
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
    reclaim:
      db.prepare(`UPDATE deliveries SET status = 'claimed', owner = @owner, claimed_at = @now, lease_until = @leaseUntil, retry_at = NULL, attempts = attempts + 1
      WHERE platform = @platform AND channel_id = @channelId AND local_date = @localDate`),
    finish:
      db.prepare(`UPDATE deliveries SET status = @status, posted_at = @postedAt, retry_at = @retryAt, error = @error, lease_until = NULL, attempts = attempts - @refund
      WHERE platform = @platform AND channel_id = @channelId AND local_date = @localDate AND owner = @owner AND status = 'claimed'`),
    giveUp: db.prepare(`UPDATE deliveries SET status = 'failed', error = COALESCE(error, 'too many attempts')
      WHERE platform = @platform AND channel_id = @channelId AND local_date = @localDate`),
    resetFailures: db.prepare('UPDATE subscriptions SET failures = 0 WHERE platform = ? AND channel_id = ? AND failures > 0'),
    addFailure: db.prepare<[string, string], { failures: number }>(
      'UPDATE subscriptions SET failures = failures + 1 WHERE platform = ? AND channel_id = ? RETURNING failures',
    ),
    disable: db.prepare('UPDATE subscriptions SET disabled_at = ?, disabled_reason = ? WHERE platform = ? AND channel_id = ?'),
    releaseOwn: db.prepare(`UPDATE deliveries SET lease_until = 0 WHERE owner = ? AND status = 'claimed'`),
    prune: db.prepare('DELETE FROM deliveries WHERE local_date < ?'),
    pruneClaims: db.prepare('DELETE FROM claims WHERE expires_at <= ?'),
    // Readiness writes one row (a claim that is already expired, so pruning takes it away).
    probe: db.prepare(`INSERT INTO claims (key, expires_at) VALUES ('visitbot:readiness', ?) ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at`),
    firstClaim: db.prepare(`INSERT INTO claims (key, expires_at) VALUES (@key, @expiresAt)
      ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE claims.expires_at <= @now
      RETURNING key`),
    addTurn: db.prepare(`INSERT INTO conversation_turns (platform, channel_id, thread_id, question, answer_ref, created_at, expires_at)
      VALUES (@platform, @channelId, @threadId, @question, @answerRef, @now, @expiresAt)`),
    turns: db.prepare<{ platform: string; channelId: string; threadId: string; now: number; limit: number; before: string | null }, { question: string }>(`
      SELECT question FROM conversation_turns
      WHERE platform = @platform AND channel_id = @channelId AND thread_id = @threadId AND expires_at > @now
        AND (@before IS NULL OR id < (SELECT min(id) FROM conversation_turns WHERE platform = @platform AND channel_id = @channelId AND answer_ref = @before))
      ORDER BY id DESC LIMIT @limit`),
    threadOfAnswer: db.prepare<[string, string, string, number], { thread_id: string }>(
      'SELECT thread_id FROM conversation_turns WHERE platform = ? AND channel_id = ? AND answer_ref = ? AND expires_at > ? ORDER BY id LIMIT 1',
    ),
    pruneTurns: db.prepare('DELETE FROM conversation_turns WHERE expires_at <= ?'),
    oldVote: db.prepare<[string, string], { vote: number }>('SELECT vote FROM feedback WHERE answer_key = ? AND user_hash = ?'),
    upsertVote: db.prepare(`INSERT INTO feedback (answer_key, user_hash, platform, vote, question, context, answer_text, created_at, updated_at)
      VALUES (@answerKey, @userHash, @platform, @vote, @question, @context, @answerText, @now, @now)
      ON CONFLICT (answer_key, user_hash) DO UPDATE SET vote = excluded.vote, updated_at = excluded.updated_at,
        reason = CASE WHEN excluded.vote > 0 THEN NULL ELSE reason END`),
    setReason: db.prepare('UPDATE feedback SET reason = ?, updated_at = ? WHERE answer_key = ? AND user_hash = ? AND vote < 0'),
    downVoted: db.prepare<[number], DownVotedRow>(`
      SELECT answer_key, group_concat(DISTINCT platform) AS platforms, max(question) AS question, max(context) AS context, max(answer_text) AS answer_text,
        sum(CASE WHEN vote < 0 THEN 1 ELSE 0 END) AS down, sum(CASE WHEN vote > 0 THEN 1 ELSE 0 END) AS up, max(updated_at) AS last_at,
        json_group_array(reason) FILTER (WHERE reason IS NOT NULL) AS reasons
      FROM feedback GROUP BY answer_key HAVING down > 0 ORDER BY down DESC, last_at DESC LIMIT ?`),
    insertSalt: db.prepare(`INSERT OR IGNORE INTO store_settings (name, value) VALUES ('feedback_salt', ?)`),
    salt: db.prepare<[], { value: string }>(`SELECT value FROM store_settings WHERE name = 'feedback_salt'`),
  };

  const vote = db.transaction((v: Vote): 'recorded' | 'replaced' | 'unchanged' => {
    const old = sql.oldVote.get(v.answerKey, v.userHash);
    sql.upsertVote.run({ ...v, context: v.context.length ? JSON.stringify(v.context) : null });
    return !old ? 'recorded' : old.vote === v.vote ? 'unchanged' : 'replaced';
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

  const syncConfig = db.transaction((channels: ChannelRef[], now: number): void => {
    const wanted = new Set(channels.map((c) => `${c.platform}:${c.channelId}`));
    // A configured channel counts as subscribed all along: today's post is owed at start-up.
    for (const c of channels) sql.configInsert.run(c.platform, c.channelId, now);
    for (const r of sql.configRows.all()) if (!wanted.has(`${r.platform}:${r.channel_id}`)) sql.remove.run(r.platform, r.channel_id);
  });

  const finish = (
    key: DeliveryKey,
    owner: string,
    status: Delivery['status'],
    extra: { postedAt?: number; retryAt?: number; error?: string; refund?: boolean },
  ) =>
    sql.finish.run({
      ...key,
      owner,
      status,
      postedAt: extra.postedAt ?? null,
      retryAt: extra.retryAt ?? null,
      error: extra.error ?? null,
      refund: extra.refund ? 1 : 0,
    }).changes === 1;

  return {
    kind: 'sqlite',
    healthy: () => db.open,
    health: () => (db.open ? { ok: true } : { ok: false, reason: 'closed' }),
    ready: async () => db.open,
    get: async (platform, channelId) => {
      const r = sql.get.get(platform, channelId);
      return r && toSubscription(r);
    },
    subscribe: async (platform, channelId, postTime, by, now) => {
      sql.upsert.run({ platform, channelId, postTime: postTime ?? null, by: by ?? null, now });
    },
    unsubscribe: async (platform, channelId, by, now) => sql.unsubscribe.run({ platform, channelId, by: by ?? null, now }).changes === 1,
    syncConfig: async (channels, now) => syncConfig(channels, now),
    pending: async (localDate) => sql.pending.all(localDate).map(toSubscription),
    postTimes: async () => sql.postTimes.all().map((r) => r.post_time ?? undefined),
    delivery: async (key) => {
      const r = sql.delivery.get(key.platform, key.channelId, key.localDate);
      return r && toDelivery(r);
    },
    lastDelivery: async (platform, channelId) => {
      const r = sql.last.get(platform, channelId);
      return r && toDelivery(r);
    },
    claim: async (key, owner, now, leaseMs, maxAttempts) => claim.immediate(key, owner, now, leaseMs, maxAttempts),
    complete: async (key, owner, now) => {
      const ok = finish(key, owner, 'done', { postedAt: now });
      sql.resetFailures.run(key.platform, key.channelId);
      return ok;
    },
    retryLater: async (key, owner, retryAt, error, countAttempt = true) => finish(key, owner, 'retry', { retryAt, error, refund: !countAttempt }),
    fail: async (key, owner, error) => finish(key, owner, 'failed', { error }),
    addFailure: async (platform, channelId) => sql.addFailure.get(platform, channelId)?.failures ?? 0,
    disable: async (platform, channelId, now, reason) => {
      sql.disable.run(now, reason, platform, channelId);
    },
    releaseOwnClaims: async (owner) => sql.releaseOwn.run(owner).changes,
    prune: async (localDate, now) => sql.prune.run(localDate).changes + sql.pruneClaims.run(now).changes + sql.pruneTurns.run(now).changes,
    probe: async () => {
      sql.probe.run(Date.now());
    },
    firstClaim: async (key, now, ttlMs) => sql.firstClaim.get({ key, now, expiresAt: now + ttlMs }) !== undefined,
    addTurn: async (thread, question, answerRef, now, ttlMs) => {
      sql.addTurn.run({ ...thread, question, answerRef: answerRef ?? null, now, expiresAt: now + ttlMs });
    },
    turns: async (thread, now, limit, beforeAnswer) =>
      sql.turns
        .all({ ...thread, now, limit, before: beforeAnswer ?? null })
        .map((r) => r.question)
        .reverse(),
    threadOfAnswer: async (platform, channelId, answerRef, now) => sql.threadOfAnswer.get(platform, channelId, answerRef, now)?.thread_id,
    vote: async (v) => vote.immediate(v),
    reason: async (answerKey, userHash, reason, now) => sql.setReason.run(reason, now, answerKey, userHash).changes > 0,
    downVoted: async (limit) => sql.downVoted.all(limit).map(toDownVoted),
    salt: async () => {
      sql.insertSalt.run(randomBytes(32).toString('hex'));
      return sql.salt.get()!.value;
    },
    close: async () => {
      if (db.open) db.close();
    },
  };
}
