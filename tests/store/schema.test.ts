import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PG_SCHEMA_VERSION } from '../../src/store/postgres-migrations.ts';
import { SCHEMA_VERSION } from '../../src/store/sqlite-migrations.ts';
import { label, postgres, sqlite } from './backends.ts';

// The schema is written twice, once per dialect (src/store/sqlite-migrations.ts and
// postgres-migrations.ts): this test runs both migrations, on a SQLite file and on the test run's real
// PostgreSQL, and checks that they make the same tables with the same columns, each of the same kind
// (text or integer), nullability and primary key. A migration added to one backend only fails here.

interface Column {
  kind: 'text' | 'integer';
  notNull: boolean;
  primaryKey: boolean;
}
type Schema = Record<string, Record<string, Column>>;

function kind(type: string): Column['kind'] {
  const t = type.toLowerCase();
  if (t === 'text' || t.startsWith('character varying')) return 'text';
  if (['integer', 'bigint', 'smallint'].includes(t)) return 'integer';
  throw new Error(`a column type this check does not know: ${type}`);
}

async function sqliteSchema(): Promise<Schema> {
  const db = await sqlite.fresh();
  try {
    await (await db.open()).close();
    const raw = new Database(db.path!, { readonly: true });
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    const schema: Schema = {};
    for (const table of tables) {
      const columns = raw.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string; notnull: number; pk: number }[];
      schema[table] = Object.fromEntries(columns.map((c) => [c.name, { kind: kind(c.type), notNull: c.notnull === 1 || c.pk > 0, primaryKey: c.pk > 0 }]));
    }
    raw.close();
    return schema;
  } finally {
    await db.cleanup();
  }
}

async function postgresSchema(): Promise<Schema> {
  const db = await postgres.fresh();
  try {
    await (await db.open()).close();
    if (db.config.kind !== 'postgres') throw new Error('not a PostgreSQL database');
    const client = new pg.Client({ connectionString: db.config.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string; pk: boolean }>(`
        SELECT c.table_name, c.column_name, c.data_type, c.is_nullable,
               EXISTS (SELECT 1 FROM information_schema.table_constraints t
                       JOIN information_schema.key_column_usage k ON k.constraint_name = t.constraint_name AND k.table_schema = t.table_schema
                       WHERE t.constraint_type = 'PRIMARY KEY' AND t.table_schema = c.table_schema AND t.table_name = c.table_name AND k.column_name = c.column_name) AS pk
        FROM information_schema.columns c
        WHERE c.table_schema = current_schema()
          AND c.table_name <> 'schema_migrations'  -- PostgreSQL's migration ledger; SQLite keeps PRAGMA user_version
      `);
      const schema: Schema = {};
      for (const r of rows) (schema[r.table_name] ??= {})[r.column_name] = { kind: kind(r.data_type), notNull: r.is_nullable === 'NO', primaryKey: r.pk };
      return schema;
    } finally {
      await client.end();
    }
  } finally {
    await db.cleanup();
  }
}

describe('one schema in two dialects', () => {
  it('both backends have as many migrations', () => {
    expect(PG_SCHEMA_VERSION).toBe(SCHEMA_VERSION);
  });

  it.skipIf(postgres.skipped)(
    `SQLite and ${label(postgres)} make the same tables and columns`,
    async () => {
      const [lite, post] = await Promise.all([sqliteSchema(), postgresSchema()]);
      expect(Object.keys(lite).sort()).toEqual(['claims', 'conversation_turns', 'deliveries', 'feedback', 'store_settings', 'subscriptions']);
      expect(Object.keys(post).sort()).toEqual(Object.keys(lite).sort());
      for (const table of Object.keys(lite)) {
        const sortCols = (s: Record<string, Column>) => Object.fromEntries(Object.entries(s).sort(([a], [b]) => a.localeCompare(b)));
        expect(sortCols(post[table]!), table).toEqual(sortCols(lite[table]!));
      }
    },
    60_000,
  );
});
