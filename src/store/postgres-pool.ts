import pg from 'pg';
import type { SslMode } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import { migratePostgres } from './postgres-migrations.ts';
import { redactMessage } from './redact.ts';
import { StoreUnavailableError, type StoreHealth } from './types.ts';

// A small pg pool that knows whether the database can be reached. Until the schema is migrated, and
// from the moment a call fails to reach the server, every call fails fast with StoreUnavailableError
// while one background loop reconnects with back-off (0.5 s doubling to 30 s). "database unreachable"
// is logged once per outage and "database reachable" when it ends. Nothing here ever throws at start:
// a bot whose database is down keeps answering questions.

export interface PoolOptions {
  url: string;
  sslMode?: SslMode;
  logger: Logger;
  /** Connections per process. Default 4: a bot makes a few short queries at a time. */
  size?: number;
  /** Reconnect back-off, first and longest delay. */
  retryMs?: { min: number; max: number };
}

export interface Db {
  /** Runs one statement; StoreUnavailableError when the database cannot be reached. */
  query<R extends pg.QueryResultRow>(text: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
  /** Runs `work` in one transaction on one connection. */
  transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  health(): StoreHealth;
  ready(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/** libpq's sslmode as node-postgres options ("prefer" cannot fall back in node-postgres: it means no TLS). */
export function sslOptions(mode: SslMode | undefined): pg.ClientConfig['ssl'] {
  switch (mode) {
    case 'require':
      return { rejectUnauthorized: false }; // encrypted, certificate not checked (libpq's require)
    case 'verify-ca':
      return { rejectUnauthorized: true, checkServerIdentity: () => undefined };
    case 'verify-full':
      return { rejectUnauthorized: true };
    default:
      return false;
  }
}

// BIGINT columns hold epoch milliseconds, well inside Number's exact range.
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

export function createDb(options: PoolOptions): Db {
  const logger = options.logger.child({ component: 'store' });
  const password = safePassword(options.url);
  const redact = (err: unknown) => redactMessage(err instanceof Error ? err.message || String(err) : String(err), password ? [password] : []);
  const pool = new pg.Pool({
    connectionString: options.url,
    ssl: sslOptions(options.sslMode),
    max: options.size ?? 4,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
    query_timeout: 10_000,
    allowExitOnIdle: true,
    application_name: 'visitbot',
    types,
  });
  const { min, max } = options.retryMs ?? { min: 500, max: 30_000 };
  let state: 'connecting' | 'up' | 'down' | 'closed' = 'connecting';
  let reason = 'connecting';
  let reported = false;
  let delay = min;
  let timer: NodeJS.Timeout | undefined;
  let attempt: Promise<void> | undefined;
  let waiters: Array<() => void> = [];

  // An idle connection that dies (server restart) is reported here; without a listener it would crash the process.
  pool.on('error', (err) => lost(err));

  function lost(err: unknown): void {
    if (state === 'closed') return;
    reason = redact(err);
    if (state === 'up') delay = min;
    if (!reported) {
      reported = true;
      logger.warn({ reason, retryInMs: delay }, 'database unreachable: questions are still answered; no daily post until it is back');
    }
    state = 'down';
    schedule();
  }

  function schedule(): void {
    if (timer || attempt || state === 'closed') return;
    const wait = delay;
    delay = Math.min(delay * 2, max);
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, wait);
    timer.unref();
  }

  function connect(): Promise<void> {
    attempt ??= (async () => {
      try {
        const client = await pool.connect();
        try {
          const applied = await migratePostgres(client);
          if (applied) logger.info({ applied }, 'database schema migrated');
        } finally {
          client.release();
        }
        if (state === 'closed') return;
        state = 'up';
        delay = min;
        if (reported) logger.info('database reachable again');
        reported = false;
        for (const w of waiters.splice(0)) w();
      } catch (err) {
        attempt = undefined;
        lost(err);
      } finally {
        attempt = undefined;
      }
    })();
    return attempt;
  }

  function usable(): void {
    if (state !== 'up') throw new StoreUnavailableError(state === 'closed' ? 'the store is closed' : `database unreachable (${reason})`);
  }

  /** A server error (constraint, syntax) is the query's fault; anything else means the database is out of reach. */
  function unreachable(err: unknown): boolean {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code.startsWith('08') || code.startsWith('57P') || code === '53300';
    return true;
  }

  function fail(err: unknown): never {
    if (err instanceof StoreUnavailableError || !unreachable(err)) throw err;
    lost(err);
    throw new StoreUnavailableError(`database unreachable (${redact(err)})`, { cause: err });
  }

  void connect();

  return {
    async query<R extends pg.QueryResultRow>(text: string, params?: unknown[]) {
      usable();
      try {
        return await pool.query<R>(text, params);
      } catch (err) {
        return fail(err);
      }
    },
    async transaction<T>(work: (client: pg.PoolClient) => Promise<T>) {
      usable();
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        return fail(err);
      }
      try {
        await client.query('BEGIN');
        const out = await work(client);
        await client.query('COMMIT');
        client.release();
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        client.release(true);
        return fail(err);
      }
    },
    health: () =>
      state === 'up' ? { ok: true } : { ok: false, reason: state === 'connecting' ? 'connecting to the database' : `database unreachable (${reason})` },
    ready(timeoutMs = 5000) {
      if (state === 'up') return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(t);
          resolve(state === 'up');
        };
        const t = setTimeout(() => {
          waiters = waiters.filter((w) => w !== done);
          resolve(false);
        }, timeoutMs);
        t.unref();
        waiters.push(done);
      });
    },
    async close() {
      state = 'closed';
      clearTimeout(timer);
      for (const w of waiters.splice(0)) w();
      await pool.end().catch(() => undefined);
    },
  };
}

function safePassword(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
