import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/store/sqlite-migrations.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { sqlite, type TestDatabase } from './backends.ts';

describe('SQLite store', () => {
  let db: TestDatabase;
  beforeEach(async () => (db = await sqlite.fresh()));
  afterEach(() => db.cleanup());

  it('GIVEN a first run THEN the folder is created and the schema migrated, in WAL mode; reopening changes nothing', async () => {
    const path = db.path!;
    expect(existsSync(path)).toBe(false);
    await openSqliteStore(path).close();
    await openSqliteStore(path).close();
    const raw = new Database(path);
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()).toEqual([
      'claims',
      'conversation_turns',
      'deliveries',
      'feedback',
      'store_settings',
      'subscriptions',
    ]);
    raw.close();
  });

  it('GIVEN a database from a newer VisitBot THEN it is refused with a message saying what to do', async () => {
    const path = db.path!;
    await openSqliteStore(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openSqliteStore(path)).toThrow(/newer than this VisitBot knows.*DATABASE_PATH/);
  });
});
