// `npm run feedback [-- --json] [-- --limit N]`: the answers voted down, with their questions and the
// earlier questions of their threads, from the store the bot uses (DATABASE_URL, or DATABASE_PATH),
// so that the team can turn them into test cases.
import '../src/env.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { createLogger } from '../src/core/logger.ts';
import { redactText } from '../src/core/redact.ts';
import { formatReport } from '../src/conversation/report.ts';
import { openStore } from '../src/store/open.ts';

const USAGE = 'usage: npm run feedback -- [--json] [--limit N]';

async function main(): Promise<number> {
  const argv = process.argv.slice(2).filter((a) => a !== '--');
  const json = argv.includes('--json');
  const at = argv.indexOf('--limit');
  const limit = at >= 0 ? Number(argv[at + 1]) : 50;
  const unknown = argv.filter((a, i) => a !== '--json' && a !== '--limit' && !(at >= 0 && i === at + 1));
  if (unknown.length || !Number.isInteger(limit) || limit < 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`feedback: ${redactText(err.message)}\n`);
    return 1;
  }
  const logger = createLogger(config.logLevel ?? 'warn', { mode: 'console', secrets: config.secrets });
  const store = openStore(config.database, logger);
  try {
    if (!(await store.ready(10_000))) {
      process.stderr.write(`feedback: the database cannot be reached (${store.health().reason ?? 'unknown'}); check DATABASE_URL or DATABASE_PATH.\n`);
      return 1;
    }
    const rows = await store.downVoted(limit);
    process.stdout.write(json ? `${JSON.stringify(rows, null, 2)}\n` : formatReport(rows));
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`feedback failed: ${redactText((err as Error).message ?? String(err))}\n`);
    process.exit(1);
  },
);
