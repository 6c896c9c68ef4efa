import type { PoolClient } from 'pg';

// Versioned PostgreSQL schema, in step with src/store/sqlite-migrations.ts. Applied at start-up by
// whichever process gets there first: every process takes one transaction-scoped advisory lock, so
// the others wait, then find the work done. Migrations are appended, never edited.

/** pg_advisory_xact_lock key: "VisitBot" in ASCII, so it cannot collide with another app's by chance. */
const LOCK_KEY = 0x56697369_74426f74n;

const MIGRATIONS: string[] = [
  // 1: subscriptions and deliveries. Times are epoch milliseconds from the bot's clock.
  `
  CREATE TABLE subscriptions (
    platform        TEXT    NOT NULL CHECK (platform IN ('discord', 'slack')),
    channel_id      TEXT    NOT NULL,
    post_time       TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    source          TEXT    NOT NULL CHECK (source IN ('command', 'config')),
    active_from     BIGINT  NOT NULL,
    updated_by      TEXT,
    updated_at      BIGINT  NOT NULL,
    failures        INTEGER NOT NULL DEFAULT 0,
    disabled_at     BIGINT,
    disabled_reason TEXT,
    PRIMARY KEY (platform, channel_id)
  );

  CREATE TABLE deliveries (
    platform    TEXT    NOT NULL,
    channel_id  TEXT    NOT NULL,
    local_date  TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('claimed', 'retry', 'done', 'failed')),
    owner       TEXT,
    claimed_at  BIGINT,
    lease_until BIGINT,
    retry_at    BIGINT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    posted_at   BIGINT,
    error       TEXT,
    PRIMARY KEY (platform, channel_id, local_date)
  );

  CREATE INDEX deliveries_by_date ON deliveries (local_date);
  `,
  // 2: first-claims shared by processes (Slack event ids, Discord message ids, mention cooldowns).
  `
  CREATE TABLE claims (
    key        TEXT   NOT NULL PRIMARY KEY,
    expires_at BIGINT NOT NULL
  );

  CREATE INDEX claims_by_expiry ON claims (expires_at);
  `,
  // 3: conversations (the questions asked in a thread, for follow-ups) and feedback on answers.
  `
  CREATE TABLE conversation_turns (
    id          BIGSERIAL PRIMARY KEY,
    platform    TEXT   NOT NULL,
    channel_id  TEXT   NOT NULL,
    thread_id   TEXT   NOT NULL,
    question    TEXT   NOT NULL,
    answer_ref  TEXT,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
  );

  CREATE INDEX conversation_turns_by_thread ON conversation_turns (platform, channel_id, thread_id, id);
  CREATE INDEX conversation_turns_by_answer ON conversation_turns (platform, channel_id, answer_ref);
  CREATE INDEX conversation_turns_by_expiry ON conversation_turns (expires_at);

  CREATE TABLE feedback (
    answer_key  TEXT    NOT NULL,
    user_hash   TEXT    NOT NULL,
    platform    TEXT    NOT NULL,
    vote        INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    question    TEXT    NOT NULL,
    context     TEXT,
    answer_text TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL,
    PRIMARY KEY (answer_key, user_hash)
  );

  CREATE TABLE store_settings (
    name  TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // 4: what was wrong, as the voter said after a vote down (cleared by a vote up)
  `
  ALTER TABLE feedback ADD COLUMN reason TEXT;
  `,
];

export const PG_SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the schema up to date under the advisory lock; refuses a database written by a newer VisitBot. */
export async function migratePostgres(client: PoolClient): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY.toString()]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const current = rows[0]?.v ?? 0;
    if (current > PG_SCHEMA_VERSION) {
      throw new Error(
        `the database has schema version ${current}, newer than this VisitBot knows (${PG_SCHEMA_VERSION}); upgrade VisitBot or point DATABASE_URL elsewhere.`,
      );
    }
    for (let v = current; v < PG_SCHEMA_VERSION; v++) {
      await client.query(MIGRATIONS[v]!);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
    }
    await client.query('COMMIT');
    return PG_SCHEMA_VERSION - current;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
