import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { pino } from 'pino';
import type { DatabaseConfig } from '../src/config.ts';
import { openStore } from '../src/store/open.ts';
import { startPostgres } from '../test-support/postgres-server.ts';

// Delivery claims on both stores: 2 and 8 processes race for the same 2,000 deliveries (as bot
// processes do at post time), each trying every one in its own order. Reports claims per second
// (attempts, won or lost) and the p99 latency of one claim, and checks that each delivery was won
// exactly once. PostgreSQL: TEST_DATABASE_URL, or a throwaway server (test-support/postgres-server.ts).
// Usage: npx tsx scripts/bench-store.ts [deliveries]

const SELF = fileURLToPath(import.meta.url);
const KEYS = Number(process.argv[2] ?? 2000);

if (process.argv[2] === '--worker') await worker(JSON.parse(process.argv[3]!) as DatabaseConfig, Number(process.argv[4]), Number(process.argv[5]));
else await main();

async function worker(config: DatabaseConfig, index: number, keys: number): Promise<void> {
  const store = openStore(config, pino({ level: 'silent' }));
  await store.ready(15_000);
  process.stdout.write('ready\n');
  await new Promise((r) => process.stdin.once('data', r));
  const order = Array.from({ length: keys }, (_, i) => i).sort(() => Math.random() - 0.5);
  const latencies: number[] = [];
  let won = 0;
  const started = performance.now();
  for (const i of order) {
    const t = performance.now();
    if (await store.claim({ platform: 'slack', channelId: `C${i}`, localDate: '2024-04-18' }, `bench-${index}`, 1000, 120_000, 5)) won++;
    latencies.push(performance.now() - t);
  }
  const ms = performance.now() - started;
  await store.close();
  process.stdout.write(`${JSON.stringify({ won, ms, latencies })}\n`);
  process.stdin.destroy();
}

async function run(config: DatabaseConfig, processes: number): Promise<{ perSecond: number; p99: number; won: number }> {
  const children = Array.from({ length: processes }, (_, i) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SELF, '--worker', JSON.stringify(config), String(i), String(KEYS)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    const ready = new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => ((out += d), out.includes('ready\n') && resolve())));
    const done = new Promise<{ won: number; ms: number; latencies: number[] }>((resolve, reject) =>
      child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`worker exited ${code}`)))),
    );
    return { child, ready, done };
  });
  await Promise.all(children.map((c) => c.ready));
  for (const c of children) c.child.stdin.write('go\n');
  const results = await Promise.all(children.map((c) => c.done));
  const all = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const won = results.reduce((n, r) => n + r.won, 0);
  if (won !== KEYS) throw new Error(`expected ${KEYS} claims won once each, got ${won}`);
  return { perSecond: all.length / (Math.max(...results.map((r) => r.ms)) / 1000), p99: all[Math.floor(all.length * 0.99)]!, won };
}

async function main(): Promise<void> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  const server = given ? undefined : await startPostgres().catch((err: Error) => (console.log(`PostgreSQL skipped: ${err.message}`), undefined));
  const pgUrl = given ?? server?.url;
  const dir = mkdtempSync(join(tmpdir(), 'visitbot-bench-store-'));
  try {
    for (const processes of [2, 8]) {
      const sqlite = await run({ kind: 'sqlite', path: join(dir, `claims-${processes}.sqlite`) }, processes);
      console.log(
        `sqlite, ${processes} processes: ${sqlite.perSecond.toFixed(0)} claims/s, p99 ${sqlite.p99.toFixed(2)} ms (${KEYS} deliveries, each won once)`,
      );
      if (!pgUrl) continue;
      const schema = `bench_${processes}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      const u = new URL(pgUrl);
      u.searchParams.set('options', `-c search_path=${schema}`);
      try {
        const r = await run({ kind: 'postgres', url: u.toString() }, processes);
        console.log(`postgres, ${processes} processes: ${r.perSecond.toFixed(0)} claims/s, p99 ${r.p99.toFixed(2)} ms (${KEYS} deliveries, each won once)`);
      } finally {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    server?.stop();
  }
}
