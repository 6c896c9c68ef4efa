import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyPostError } from '../../src/daily/failures.ts';
import { SCHEMA_VERSION } from '../../src/daily/migrations.ts';
import { openStore } from '../../src/daily/store.ts';
import { tempDir } from './helpers.ts';

describe('store', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('GIVEN a first run THEN the folder is created and the schema migrated, in WAL mode; reopening changes nothing', () => {
    expect(existsSync(tmp.dbPath)).toBe(false);
    openStore(tmp.dbPath).close();
    openStore(tmp.dbPath).close();
    const db = new Database(tmp.dbPath);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()).toEqual(['deliveries', 'subscriptions']);
    db.close();
  });

  it('GIVEN a database from a newer VisitBot THEN it is refused with a message saying what to do', () => {
    openStore(tmp.dbPath).close();
    const db = new Database(tmp.dbPath);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openStore(tmp.dbPath)).toThrow(/newer than this VisitBot knows.*DATABASE_PATH/);
  });

  it('GIVEN a live claim THEN nobody else takes it until its lease ends; a done delivery is never claimed again', () => {
    const store = openStore(tmp.dbPath);
    const key = { platform: 'discord' as const, channelId: '1', localDate: '2024-04-18' };
    expect(store.claim(key, 'a', 1000, 500, 5)).toBe(true);
    expect(store.claim(key, 'b', 1499, 500, 5)).toBe(false);
    expect(store.claim(key, 'b', 1500, 500, 5)).toBe(true);
    expect(store.complete(key, 'a', 1600)).toBe(false); // a lost its claim
    expect(store.complete(key, 'b', 1600)).toBe(true);
    expect(store.claim(key, 'c', 99_999, 500, 5)).toBe(false);
    expect(store.delivery(key)).toMatchObject({ status: 'done', attempts: 2, postedAt: 1600 });
    store.close();
  });
});

describe('classifyPostError', () => {
  it('GIVEN the errors discord.js and the Slack Web API throw THEN each is read as rate limit, channel or transient trouble', () => {
    expect(classifyPostError({ name: 'RateLimitError', retryAfter: 5000 })).toMatchObject({ kind: 'rate-limited', retryAfterMs: 5000 });
    expect(classifyPostError({ code: 'slack_webapi_rate_limited_error', retryAfter: 3 })).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3000 });
    expect(classifyPostError({ status: 429 })).toMatchObject({ kind: 'rate-limited', retryAfterMs: 60_000 });
    expect(classifyPostError({ code: 50013, status: 403, message: 'Missing Permissions' })).toEqual({ kind: 'channel', reason: 'Missing Permissions' });
    expect(classifyPostError({ code: 'slack_webapi_platform_error', data: { error: 'channel_not_found' } })).toEqual({ kind: 'channel', reason: 'channel_not_found' });
    expect(classifyPostError(new Error('socket hang up'))).toEqual({ kind: 'transient', reason: 'socket hang up' });
    expect(classifyPostError({ status: 503, message: 'Service Unavailable' })).toMatchObject({ kind: 'transient' });
  });
});
