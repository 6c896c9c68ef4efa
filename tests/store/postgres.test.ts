import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDaily } from '../../src/daily/daily.ts';
import { PG_SCHEMA_VERSION } from '../../src/store/postgres-migrations.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { storeClaims } from '../../src/store/claims.ts';
import { StoreUnavailableError, type Store } from '../../src/store/types.ts';
import { dailyConfig, fakeClock, recordingAdapter, recordingLogger, request, seeds } from '../daily/helpers.ts';
import { adminQuery, label, postgres, postgresServer, type TestDatabase } from './backends.ts';
import { freePort } from '../../test-support/free-port.ts';
import { startProxy, type ToggleProxy } from './toggle-proxy.ts';

// What only PostgreSQL has: migrations raced by several processes, TLS by sslmode, and a database
// that goes away and comes back while the bot runs.

const FAST = { min: 50, max: 200 };

describe.skipIf(Boolean(postgres.skipped))(`PostgreSQL store${postgres.skipped ? ` (${label(postgres)})` : ''}`, () => {
  let db: TestDatabase;
  const stores: Store[] = [];
  let proxy: ToggleProxy | undefined;
  beforeEach(async () => {
    db = await postgres.fresh();
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await proxy?.close();
    proxy = undefined;
    await db?.cleanup();
  });
  const url = () => (db.config.kind === 'postgres' ? db.config.url : '');
  const open = (o: Partial<Parameters<typeof openPostgresStore>[0]> = {}) => {
    const s = openPostgresStore({ url: url(), logger: recordingLogger().logger, retryMs: FAST, ...o });
    stores.push(s);
    return s;
  };

  it('GIVEN five processes starting at once on an empty database THEN the migrations are applied once, under the advisory lock', async () => {
    const five = Array.from({ length: 5 }, () => open());
    expect(await Promise.all(five.map((s) => s.ready(15_000)))).toEqual([true, true, true, true, true]);
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    await client.end();
    expect(rows.map((r) => r.version)).toEqual(Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it('GIVEN a database migrated by a newer VisitBot THEN the store stays unusable and says why', async () => {
    expect(await open().ready(15_000)).toBe(true);
    const schema = new URL(url()).searchParams.get('options')!.replace('-c search_path=', '');
    await adminQuery(`INSERT INTO ${schema}.schema_migrations (version) VALUES (${PG_SCHEMA_VERSION + 1})`);
    const newer = open();
    expect(await newer.ready(1000)).toBe(false);
    expect(newer.health().reason).toMatch(/newer than this VisitBot knows.*DATABASE_URL/);
  });

  it.skipIf(!postgresServer.tls)(
    'GIVEN sslmode=require THEN the connection is encrypted; verify-full refuses a self-signed certificate; disable is plain',
    async () => {
      const counted = async (mode: 'require' | 'disable') => {
        const s = open({ sslMode: mode });
        await s.ready(15_000);
        const c = new pg.Client({ connectionString: url() });
        await c.connect();
        // The store's own connections, seen from the server: are they encrypted?
        const r = await c.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.application_name = 'visitbot' AND s.ssl`,
        );
        await c.end();
        await s.close();
        return r.rows[0]!.n;
      };
      expect(await counted('disable')).toBe(0);
      expect(await counted('require')).toBeGreaterThan(0);
      const strict = open({ sslMode: 'verify-full' });
      expect(await strict.ready(1500)).toBe(false);
      expect(strict.health().reason).toMatch(/self[- ]signed|certificate/i);
    },
  );

  it('GIVEN a database that cannot be reached THEN calls fail fast, "database unreachable" is logged once, and the password never appears', async () => {
    const port = await freePort();
    const { logger, lines } = recordingLogger();
    const s = openPostgresStore({ url: `postgres://visitbot:s3cret-pw@127.0.0.1:${port}/visitbot`, logger, retryMs: FAST });
    stores.push(s);
    expect(await s.ready(1000)).toBe(false);
    expect(s.healthy()).toBe(false);
    for (let i = 0; i < 5; i++) await expect(s.get('slack', 'C1')).rejects.toBeInstanceOf(StoreUnavailableError);
    await new Promise((r) => setTimeout(r, 500)); // several reconnect attempts
    expect(lines.filter((l) => String(l.msg).startsWith('database unreachable'))).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toContain('s3cret-pw');
    expect(s.health()).toMatchObject({ ok: false, reason: expect.stringMatching(/ECONNREFUSED/) });
    // Claims fall back to this process's memory: questions are still answered, once per process.
    const claims = storeClaims(s, logger);
    expect(await claims.first('slack-event:Ev1', 60_000)).toBe(true);
    expect(await claims.first('slack-event:Ev1', 60_000)).toBe(false);
  });

  it('GIVEN the database goes away and comes back THEN the bot says so once, posts nothing meanwhile, and posts once it can claim', async () => {
    proxy = await startProxy(Number(new URL(postgresServer.url!).port));
    const through = new URL(url());
    through.port = String(proxy.port);
    const { logger, lines } = recordingLogger();
    const s = openPostgresStore({ url: through.toString(), logger, retryMs: FAST });
    stores.push(s);
    const clock = fakeClock('2024-04-17T12:00:00Z');
    const adapter = recordingAdapter();
    const daily = createDaily({ config: dailyConfig(), store: s, knowledge: seeds, adapters: { discord: adapter }, now: clock.now, logger });
    await daily.start();
    await daily.intercept(request({ args: 'subscribe' }));

    proxy.down();
    clock.set('2024-04-18T09:00:00Z');
    await expect(daily.runDue()).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(await daily.runDue().catch(() => 0)).toBe(0);
    expect((await daily.intercept(request({ args: 'status' })))!.text).toMatch(/database is unreachable/);
    expect(adapter.posts).toEqual([]);
    expect(lines.filter((l) => String(l.msg).startsWith('database unreachable'))).toHaveLength(1);

    proxy.up();
    expect(await s.ready(5000)).toBe(true);
    expect(lines.some((l) => l.msg === 'database reachable again')).toBe(true);
    expect(await daily.runDue()).toBe(1);
    expect(await daily.runDue()).toBe(0);
    expect(adapter.posts.map((p) => p.channelId)).toEqual(['123']);
    await daily.stop();
  });

  it('GIVEN a Slack retry that crosses an outage THEN this process takes the event once (issue 20)', async () => {
    proxy = await startProxy(Number(new URL(postgresServer.url!).port));
    const through = new URL(url());
    through.port = String(proxy.port);
    const { logger } = recordingLogger();
    const s = openPostgresStore({ url: through.toString(), logger, retryMs: FAST });
    stores.push(s);
    expect(await s.ready(15_000)).toBe(true);
    const claims = storeClaims(s, logger);
    const other = storeClaims(s, logger); // another process on the same database

    // Claimed in PostgreSQL, retried during the outage.
    expect(await claims.first('slack-event:EvBefore', 60_000)).toBe(true);
    proxy.down();
    expect(await claims.first('slack-event:EvBefore', 60_000)).toBe(false);
    // Answered during the outage, retried after it.
    expect(await claims.first('slack-event:EvDuring', 60_000)).toBe(true);
    proxy.up();
    expect(await s.ready(5000)).toBe(true);
    expect(await claims.first('slack-event:EvDuring', 60_000)).toBe(false);
    // Across processes the store still decides: a key another process holds is refused here, and
    // this process's memory does not keep it once the store's claim would be free.
    expect(await other.first('slack-event:EvOther', 60_000)).toBe(true);
    expect(await claims.first('slack-event:EvOther', 60_000)).toBe(false);
  });
});
