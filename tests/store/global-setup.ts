import type { TestProject } from 'vitest/node';
import { startPostgres, type PostgresServer } from '../../test-support/postgres-server.ts';

// One PostgreSQL for the whole test run (TEST_DATABASE_URL, or a throwaway server). Every suite that
// needs it gets its own schema (tests/store/backends.ts). Where none can start, the PostgreSQL suites
// are skipped with this message, never silently; TEST_REQUIRE_POSTGRES=1 (CI) makes that a failure.

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { url?: string; tls: boolean; skipped?: string };
  }
}

const HOW = 'install PostgreSQL (Debian: apt-get install postgresql) or set TEST_DATABASE_URL=postgres://user:password@host:5432/database';

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide('postgres', { url: given, tls: false });
    return () => undefined;
  }
  let server: PostgresServer | undefined;
  try {
    server = await startPostgres();
    project.provide('postgres', { url: server.url, tls: server.tls });
  } catch (err) {
    const skipped = `PostgreSQL tests skipped: no server could start (${(err as Error).message}). To run them, ${HOW}.`;
    if (process.env.TEST_REQUIRE_POSTGRES === '1') throw new Error(`TEST_REQUIRE_POSTGRES=1 but ${skipped}`);
    console.warn(`\n${skipped}\n`);
    project.provide('postgres', { tls: false, skipped });
  }
  return () => server?.stop();
}
