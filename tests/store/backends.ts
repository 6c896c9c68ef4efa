import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { afterEach, beforeEach, inject } from 'vitest';
import type { DatabaseConfig } from '../../src/config.ts';
import type { Logger } from '../../src/core/logger.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';

// The two stores the same suites run on. A fresh database is a temp SQLite file, or a schema of its
// own on the test run's PostgreSQL (tests/store/global-setup.ts), reached through search_path.

export interface TestDatabase {
  config: DatabaseConfig;
  /** A store over this database, migrated and usable (as a new process would open it). */
  open(logger?: Logger): Promise<Store>;
  /** For SQLite, the file. */
  path?: string;
  cleanup(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Set when this backend cannot run here, saying how to enable it. */
  skipped?: string;
  fresh(): Promise<TestDatabase>;
}

const silent = pino({ level: 'silent' });

async function opened(config: DatabaseConfig, logger: Logger): Promise<Store> {
  const store = openStore(config, logger);
  if (!(await store.ready(15_000))) throw new Error(`test store not ready: ${store.health().reason}`);
  return store;
}

export const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'visitbot-store-'));
    const path = join(dir, 'nested', 'visitbot.sqlite');
    const config: DatabaseConfig = { kind: 'sqlite', path };
    return { config, path, open: (logger = silent) => opened(config, logger), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

const server = inject('postgres');

/** A URL on the test server whose tables live in `schema`. */
export function schemaUrl(base: string, schema: string): string {
  const u = new URL(base);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const postgres: Backend = {
  name: 'postgres',
  skipped: server.skipped,
  async fresh() {
    const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await adminQuery(`CREATE SCHEMA ${schema}`);
    const config: DatabaseConfig = { kind: 'postgres', url: schemaUrl(server.url!, schema) };
    return { config, open: (logger = silent) => opened(config, logger), cleanup: () => adminQuery(`DROP SCHEMA ${schema} CASCADE`) };
  },
};

export const postgresServer = server;

/** Both stores; the PostgreSQL one is listed under a name that says how to enable it when it cannot run. */
export const backends: Backend[] = [sqlite, postgres];

export function label(b: Backend): string {
  return b.skipped ? `${b.name} (${b.skipped})` : b.name;
}

/**
 * The per-test store fixture of a suite run on each backend: a fresh database before each test
 * (skipped, with the reason, where the backend cannot run), every store opened closed after it.
 */
export function storeFixture(backend: Backend): () => Promise<Store> {
  let db: TestDatabase | undefined;
  const open: Store[] = [];
  beforeEach(async ({ skip }) => {
    if (backend.skipped) return skip(label(backend));
    db = await backend.fresh();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
    await db?.cleanup();
  });
  return async () => {
    const s = await db!.open();
    open.push(s);
    return s;
  };
}
