import { createDb, type PoolOptions } from './postgres-pool.ts';
import { randomBytes } from 'node:crypto';
import { toDelivery, toDownVoted, toSubscription, type DeliveryRow, type DownVotedRow, type SubscriptionRow } from './rows.ts';
import type { Delivery, DeliveryKey, Store } from './types.ts';

// The store in PostgreSQL, for several bot processes on several hosts. Every claim is one atomic
// statement, INSERT ... ON CONFLICT DO UPDATE ... WHERE <free>: of two processes racing for the same
// delivery or Slack event, the second waits for the first's row and then finds it taken. Behaviour
// matches src/store/sqlite.ts; tests/store runs one suite on both.

const KEY = 'platform = $1 AND channel_id = $2 AND local_date = $3';
/** A claim is free when its lease ran out or its retry time came. `$5` is now. */
const FREE = `((deliveries.status = 'claimed' AND COALESCE(deliveries.lease_until, 0) <= $5) OR (deliveries.status = 'retry' AND COALESCE(deliveries.retry_at, 0) <= $5))`;

export function openPostgresStore(options: PoolOptions): Store {
  const db = createDb(options);
  const keyArgs = (k: DeliveryKey) => [k.platform, k.channelId, k.localDate];

  const finish = async (
    key: DeliveryKey,
    owner: string,
    status: Delivery['status'],
    extra: { postedAt?: number; retryAt?: number; error?: string; refund?: boolean },
  ) =>
    (
      await db.query(
        `UPDATE deliveries SET status = $5, posted_at = $6, retry_at = $7, error = $8, lease_until = NULL, attempts = attempts - $9
         WHERE ${KEY} AND owner = $4 AND status = 'claimed'`,
        [...keyArgs(key), owner, status, extra.postedAt ?? null, extra.retryAt ?? null, extra.error ?? null, extra.refund ? 1 : 0],
      )
    ).rowCount === 1;

  return {
    kind: 'postgres',
    healthy: () => db.health().ok,
    health: () => db.health(),
    ready: (timeoutMs) => db.ready(timeoutMs),
    async probe() {
      await db.query('SELECT 1');
    },

    async get(platform, channelId) {
      const { rows } = await db.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2', [platform, channelId]);
      return rows[0] && toSubscription(rows[0]);
    },
    async subscribe(platform, channelId, postTime, by, now) {
      await db.query(
        `INSERT INTO subscriptions (platform, channel_id, post_time, active, source, active_from, updated_by, updated_at)
         VALUES ($1, $2, $3, 1, 'command', $5, $4, $5)
         ON CONFLICT (platform, channel_id) DO UPDATE SET
           post_time = EXCLUDED.post_time, source = 'command', updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at,
           active_from = CASE WHEN subscriptions.active = 1 AND subscriptions.disabled_at IS NULL THEN subscriptions.active_from ELSE EXCLUDED.active_from END,
           active = 1, failures = 0, disabled_at = NULL, disabled_reason = NULL`,
        [platform, channelId, postTime ?? null, by ?? null, now],
      );
    },
    async unsubscribe(platform, channelId, by, now) {
      const r = await db.query(
        `UPDATE subscriptions SET active = 0, source = 'command', updated_by = $3, updated_at = $4 WHERE platform = $1 AND channel_id = $2 AND active = 1`,
        [platform, channelId, by ?? null, now],
      );
      return r.rowCount === 1;
    },
    async syncConfig(channels, now) {
      await db.transaction(async (c) => {
        // A configured channel counts as subscribed all along: today's post is owed at start-up.
        for (const ch of channels) {
          await c.query(
            `INSERT INTO subscriptions (platform, channel_id, post_time, active, source, active_from, updated_at) VALUES ($1, $2, NULL, 1, 'config', 0, $3) ON CONFLICT DO NOTHING`,
            [ch.platform, ch.channelId, now],
          );
        }
        await c.query(`DELETE FROM subscriptions WHERE source = 'config' AND NOT ((platform || ':' || channel_id) = ANY($1::text[]))`, [
          channels.map((ch) => `${ch.platform}:${ch.channelId}`),
        ]);
      });
    },
    async pending(localDate) {
      const { rows } = await db.query<SubscriptionRow>(
        `SELECT s.* FROM subscriptions s
         LEFT JOIN deliveries d ON d.platform = s.platform AND d.channel_id = s.channel_id AND d.local_date = $1
         WHERE s.active = 1 AND s.disabled_at IS NULL AND (d.status IS NULL OR d.status IN ('claimed', 'retry'))`,
        [localDate],
      );
      return rows.map(toSubscription);
    },
    async postTimes() {
      const { rows } = await db.query<{ post_time: string | null }>('SELECT DISTINCT post_time FROM subscriptions WHERE active = 1 AND disabled_at IS NULL');
      return rows.map((r) => r.post_time ?? undefined);
    },
    async delivery(key) {
      const { rows } = await db.query<DeliveryRow>(`SELECT * FROM deliveries WHERE ${KEY}`, keyArgs(key));
      return rows[0] && toDelivery(rows[0]);
    },
    async lastDelivery(platform, channelId) {
      const { rows } = await db.query<DeliveryRow>('SELECT * FROM deliveries WHERE platform = $1 AND channel_id = $2 ORDER BY local_date DESC LIMIT 1', [
        platform,
        channelId,
      ]);
      return rows[0] && toDelivery(rows[0]);
    },
    async claim(key, owner, now, leaseMs, maxAttempts) {
      const args = [...keyArgs(key), owner, now, now + leaseMs, maxAttempts];
      const taken = await db.query(
        `INSERT INTO deliveries (platform, channel_id, local_date, status, owner, claimed_at, lease_until, attempts)
         VALUES ($1, $2, $3, 'claimed', $4, $5, $6, 1)
         ON CONFLICT (platform, channel_id, local_date) DO UPDATE SET
           status = 'claimed', owner = EXCLUDED.owner, claimed_at = EXCLUDED.claimed_at, lease_until = EXCLUDED.lease_until, retry_at = NULL, attempts = deliveries.attempts + 1
         WHERE deliveries.attempts < $7 AND ${FREE}
         RETURNING attempts`,
        args,
      );
      if (taken.rowCount === 1) return true;
      // Free but out of attempts: the day is given up, as on SQLite.
      await db.query(
        `UPDATE deliveries SET status = 'failed', error = COALESCE(error, 'too many attempts') WHERE ${KEY} AND attempts >= $5 AND ${FREE.replaceAll('$5', '$4')}`,
        [...keyArgs(key), now, maxAttempts],
      );
      return false;
    },
    async complete(key, owner, now) {
      const ok = await finish(key, owner, 'done', { postedAt: now });
      await db.query('UPDATE subscriptions SET failures = 0 WHERE platform = $1 AND channel_id = $2 AND failures > 0', [key.platform, key.channelId]);
      return ok;
    },
    retryLater: (key, owner, retryAt, error, countAttempt = true) => finish(key, owner, 'retry', { retryAt, error, refund: !countAttempt }),
    fail: (key, owner, error) => finish(key, owner, 'failed', { error }),
    async addFailure(platform, channelId) {
      const { rows } = await db.query<{ failures: number }>(
        'UPDATE subscriptions SET failures = failures + 1 WHERE platform = $1 AND channel_id = $2 RETURNING failures',
        [platform, channelId],
      );
      return rows[0]?.failures ?? 0;
    },
    async disable(platform, channelId, now, reason) {
      await db.query('UPDATE subscriptions SET disabled_at = $1, disabled_reason = $2 WHERE platform = $3 AND channel_id = $4', [
        now,
        reason,
        platform,
        channelId,
      ]);
    },
    async releaseOwnClaims(owner) {
      return (await db.query(`UPDATE deliveries SET lease_until = 0 WHERE owner = $1 AND status = 'claimed'`, [owner])).rowCount ?? 0;
    },
    async prune(localDate, now) {
      const a = await db.query('DELETE FROM deliveries WHERE local_date < $1', [localDate]);
      const b = await db.query('DELETE FROM claims WHERE expires_at <= $1', [now]);
      const c = await db.query('DELETE FROM conversation_turns WHERE expires_at <= $1', [now]);
      return (a.rowCount ?? 0) + (b.rowCount ?? 0) + (c.rowCount ?? 0);
    },
    async firstClaim(key, now, ttlMs) {
      const r = await db.query(
        `INSERT INTO claims (key, expires_at) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE claims.expires_at <= $3
         RETURNING key`,
        [key, now + ttlMs, now],
      );
      return r.rowCount === 1;
    },
    async addTurn(thread, question, answerRef, now, ttlMs) {
      await db.query(
        'INSERT INTO conversation_turns (platform, channel_id, thread_id, question, answer_ref, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [thread.platform, thread.channelId, thread.threadId, question, answerRef ?? null, now, now + ttlMs],
      );
    },
    async turns(thread, now, limit, beforeAnswer) {
      const { rows } = await db.query<{ question: string }>(
        `SELECT question FROM conversation_turns
         WHERE platform = $1 AND channel_id = $2 AND thread_id = $3 AND expires_at > $4
           AND ($6::text IS NULL OR id < (SELECT min(id) FROM conversation_turns WHERE platform = $1 AND channel_id = $2 AND answer_ref = $6))
         ORDER BY id DESC LIMIT $5`,
        [thread.platform, thread.channelId, thread.threadId, now, limit, beforeAnswer ?? null],
      );
      return rows.map((r) => r.question).reverse();
    },
    async threadOfAnswer(platform, channelId, answerRef, now) {
      const { rows } = await db.query<{ thread_id: string }>(
        'SELECT thread_id FROM conversation_turns WHERE platform = $1 AND channel_id = $2 AND answer_ref = $3 AND expires_at > $4 ORDER BY id LIMIT 1',
        [platform, channelId, answerRef, now],
      );
      return rows[0]?.thread_id;
    },
    async vote(v) {
      // The earlier vote is read in the same statement that replaces it.
      const { rows } = await db.query<{ old: number | null }>(
        `WITH old AS (SELECT vote FROM feedback WHERE answer_key = $1 AND user_hash = $2)
         INSERT INTO feedback (answer_key, user_hash, platform, vote, question, context, answer_text, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
         ON CONFLICT (answer_key, user_hash) DO UPDATE SET vote = EXCLUDED.vote, updated_at = EXCLUDED.updated_at,
           reason = CASE WHEN EXCLUDED.vote > 0 THEN NULL ELSE feedback.reason END
         RETURNING (SELECT vote FROM old) AS old`,
        [v.answerKey, v.userHash, v.platform, v.vote, v.question, v.context.length ? JSON.stringify(v.context) : null, v.answerText, v.now],
      );
      const old = rows[0]?.old;
      return old === null || old === undefined ? 'recorded' : old === v.vote ? 'unchanged' : 'replaced';
    },
    async reason(answerKey, userHash, reason, now) {
      const { rowCount } = await db.query('UPDATE feedback SET reason = $1, updated_at = $2 WHERE answer_key = $3 AND user_hash = $4 AND vote < 0', [
        reason,
        now,
        answerKey,
        userHash,
      ]);
      return (rowCount ?? 0) > 0;
    },
    async downVoted(limit) {
      const { rows } = await db.query<DownVotedRow>(
        `SELECT answer_key, string_agg(DISTINCT platform, ',') AS platforms, max(question) AS question, max(context) AS context, max(answer_text) AS answer_text,
           sum(CASE WHEN vote < 0 THEN 1 ELSE 0 END) AS down, sum(CASE WHEN vote > 0 THEN 1 ELSE 0 END) AS up, max(updated_at) AS last_at,
           coalesce(json_agg(reason) FILTER (WHERE reason IS NOT NULL), '[]')::text AS reasons
         FROM feedback GROUP BY answer_key HAVING sum(CASE WHEN vote < 0 THEN 1 ELSE 0 END) > 0
         ORDER BY down DESC, last_at DESC LIMIT $1`,
        [limit],
      );
      return rows.map(toDownVoted);
    },
    async salt() {
      await db.query(`INSERT INTO store_settings (name, value) VALUES ('feedback_salt', $1) ON CONFLICT DO NOTHING`, [randomBytes(32).toString('hex')]);
      const { rows } = await db.query<{ value: string }>(`SELECT value FROM store_settings WHERE name = 'feedback_salt'`);
      return rows[0]!.value;
    },
    close: () => db.close(),
  };
}
