import type Database from 'better-sqlite3';

// Versioned SQLite schema (src/store/postgres-migrations.ts keeps PostgreSQL's in step). The
// database's PRAGMA user_version is the number of migrations applied; new migrations are appended,
// never edited, and each runs in its own transaction at start.

const MIGRATIONS: string[] = [
  // 1: subscriptions and deliveries. Times are epoch milliseconds from the bot's clock.
  `
  CREATE TABLE subscriptions (
    platform        TEXT    NOT NULL CHECK (platform IN ('discord', 'slack')),
    channel_id      TEXT    NOT NULL,
    post_time       TEXT,                       -- HH:MM local; NULL follows DAILY_POST_TIME
    active          INTEGER NOT NULL DEFAULT 1, -- 0 after /onthisday unsubscribe (kept, so DAILY_CHANNELS does not revive it)
    source          TEXT    NOT NULL CHECK (source IN ('command', 'config')),
    active_from     INTEGER NOT NULL,           -- posts scheduled before this instant are not owed
    updated_by      TEXT,
    updated_at      INTEGER NOT NULL,
    failures        INTEGER NOT NULL DEFAULT 0, -- consecutive permanent failures
    disabled_at     INTEGER,                    -- set when the channel kept failing
    disabled_reason TEXT,
    PRIMARY KEY (platform, channel_id)
  ) WITHOUT ROWID;

  CREATE TABLE deliveries (
    platform    TEXT    NOT NULL,
    channel_id  TEXT    NOT NULL,
    local_date  TEXT    NOT NULL,               -- YYYY-MM-DD in the bot's time zone
    status      TEXT    NOT NULL CHECK (status IN ('claimed', 'retry', 'done', 'failed')),
    owner       TEXT,                           -- the process that holds or held the claim
    claimed_at  INTEGER,
    lease_until INTEGER,                        -- a claim not completed by then is free again
    retry_at    INTEGER,                        -- status 'retry': not before then
    attempts    INTEGER NOT NULL DEFAULT 0,
    posted_at   INTEGER,
    error       TEXT,
    PRIMARY KEY (platform, channel_id, local_date)
  ) WITHOUT ROWID;

  CREATE INDEX deliveries_by_date ON deliveries (local_date);
  `,
  // 2: first-claims shared by processes (Slack event ids, Discord message ids, mention cooldowns).
  `
  CREATE TABLE claims (
    key        TEXT    NOT NULL PRIMARY KEY,
    expires_at INTEGER NOT NULL               -- epoch ms; after it the key may be claimed again
  ) WITHOUT ROWID;

  CREATE INDEX claims_by_expiry ON claims (expires_at);
  `,
  // 3: conversations (the questions asked in a thread, for follow-ups) and feedback on answers.
  `
  CREATE TABLE conversation_turns (
    id          INTEGER PRIMARY KEY,               -- order of the questions in a thread (a new rowid is always the largest + 1)
    platform    TEXT    NOT NULL,
    channel_id  TEXT    NOT NULL,
    thread_id   TEXT    NOT NULL,                  -- Discord thread or reply-chain root, Slack thread_ts
    question    TEXT    NOT NULL,                  -- as a chat line: "/who <name>" or a free question
    answer_ref  TEXT,                              -- the id (Discord) or ts (Slack) of the bot's answer
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
  );

  CREATE INDEX conversation_turns_by_thread ON conversation_turns (platform, channel_id, thread_id, id);
  CREATE INDEX conversation_turns_by_answer ON conversation_turns (platform, channel_id, answer_ref);
  CREATE INDEX conversation_turns_by_expiry ON conversation_turns (expires_at);

  CREATE TABLE feedback (
    answer_key  TEXT    NOT NULL,                  -- hash of the request (command, arguments, context) and the answer text
    user_hash   TEXT    NOT NULL,                  -- salted hash of the platform and user id; never the id or the name
    platform    TEXT    NOT NULL,
    vote        INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    question    TEXT    NOT NULL,
    context     TEXT,                              -- JSON array of the earlier questions of the thread, if any
    answer_text TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (answer_key, user_hash)            -- one vote per user per answer; a second vote replaces the first
  ) WITHOUT ROWID;

  CREATE TABLE store_settings (
    name  TEXT NOT NULL PRIMARY KEY,               -- feedback_salt: made once, shared by every process
    value TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  // 4: what was wrong, as the voter said after a vote down (cleared by a vote up)
  `
  ALTER TABLE feedback ADD COLUMN reason TEXT;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the schema up to date; refuses a database written by a newer VisitBot. */
export function migrate(db: Database.Database, path: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `daily: the database ${path} has schema version ${current}, newer than this VisitBot knows (${SCHEMA_VERSION}); upgrade VisitBot or point DATABASE_PATH elsewhere.`,
    );
  }
  for (let v = current; v < SCHEMA_VERSION; v++) {
    db.transaction(() => {
      // Another process may have migrated meanwhile; the immediate transaction serialises us.
      if ((db.pragma('user_version', { simple: true }) as number) > v) return;
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
