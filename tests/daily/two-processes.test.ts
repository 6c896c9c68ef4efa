import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends, label, type TestDatabase } from '../store/backends.ts';
import { dailyConfig, dailyFactory, fakeClock, request } from './helpers.ts';

// Two real operating-system processes on one database (a SQLite file, or PostgreSQL), started at the same moment.

const WORKER = fileURLToPath(new URL('./worker-process.ts', import.meta.url));
const CHANNELS = 200;

function worker(db: TestDatabase, owner: string, at: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(db.config), owner, at], { stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => (out.includes('ready\n') ? resolve() : undefined);
    child.stdout.on('data', check);
    child.on('exit', (code) => reject(new Error(`worker exited early (${code}): ${err}`)));
  });
  const result = new Promise<{ owner: string; posted: string[]; again: number }>((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out.split('\n').filter(Boolean).pop()!)) : reject(new Error(`worker failed (${code}): ${err}`)),
    ),
  );
  return { child, ready, result };
}

describe.each(backends)('two bot processes on $name', (backend) => {
  let db: TestDatabase;
  const children: ChildProcessWithoutNullStreams[] = [];
  beforeEach(async ({ skip }) => {
    if (backend.skipped) return skip(label(backend));
    db = await backend.fresh();
  });
  afterEach(async () => {
    for (const c of children) if (c.exitCode === null) c.kill();
    await db?.cleanup();
  });

  it('GIVEN two processes sharing the database at post time THEN each channel gets exactly one post', { timeout: 60_000 }, async () => {
    const factory = dailyFactory(db);
    const setup = await factory.make({ config: dailyConfig(), now: fakeClock('2024-04-17T12:00:00Z').now });
    for (let i = 0; i < CHANNELS; i++) await setup.intercept(request({ platform: i % 2 ? 'discord' : 'slack', channelId: `C${i}`, args: 'subscribe' }));
    await factory.stopAll();

    const workers = ['one', 'two'].map((owner) => worker(db, owner, '2024-04-18T09:05:00Z'));
    children.push(...workers.map((w) => w.child));
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.child.stdin.write('go\n');
    const results = await Promise.all(workers.map((w) => w.result));

    const all = results.flatMap((r) => r.posted).sort();
    expect(all).toEqual(Array.from({ length: CHANNELS }, (_, i) => `C${i}`).sort());
    expect(results.map((r) => r.again)).toEqual([0, 0]);
  });
});
