import type { DatabaseConfig } from '../config.ts';
import type { Logger } from '../core/logger.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

// DATABASE_URL → PostgreSQL (shared by any number of processes and hosts); otherwise the SQLite file
// at DATABASE_PATH (one machine). A SQLite file that cannot be opened stops start-up; an unreachable
// PostgreSQL does not (the store reconnects by itself, see postgres-pool.ts).

export function openStore(config: DatabaseConfig, logger: Logger): Store {
  if (config.kind === 'postgres') return openPostgresStore({ url: config.url, sslMode: config.sslMode, logger });
  try {
    return openSqliteStore(config.path);
  } catch (err) {
    throw new Error(
      `cannot open the database ${config.path} (${(err as Error).message}); set DATABASE_PATH to a writable file path, or DATABASE_URL to a PostgreSQL database.`,
      { cause: err },
    );
  }
}
