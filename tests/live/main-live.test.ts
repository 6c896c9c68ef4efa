import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { articleText } from '../helpers.ts';
import { until } from '../start-bot.ts';

// `npm start` (console chat) over a temporary seeds folder: an article dropped in while it runs is
// answered without a restart, and SIGTERM still stops it at once (the watcher keeps nothing alive).

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});


it('answers from an article added to the seeds folder while running', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'visitbot-main-live-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'first.md'), articleText({ title: 'First story' }, ['Zhang Wei, mayor of Testville, met the delegation on Tuesday.']));
  const child = spawn('npm', ['start'], {
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', DOTENV_CONFIG_PATH: '/nonexistent/.env', SEEDS_DIR: dir, LOG_LEVEL: 'info' },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await until(() => out.includes('VisitBot ready'), 'ready');
    child.stdin.write('/who Li Na\n');
    await until(() => /Li Na/.test(out.split('VisitBot console')[1] ?? ''), 'first answer');
    writeFileSync(join(dir, 'second.md'), articleText({ title: 'Port deal signed', source: 'Coastal Wire' }, ['Li Na, director of the Testville port authority, signed a shipping agreement on Wednesday.']));
    await until(() => out.includes('articles reloaded'), 'reload');
    expect(out).toMatch(/added: \[\s*"second\.md"/);
    child.stdin.write('/who Li Na\n');
    await until(() => out.includes('director of the Testville port authority'), 'answer from the new article');
    expect(out).toMatch(/Coastal Wire/);
    const t = Date.now();
    child.kill('SIGTERM');
    await exited;
    expect(Date.now() - t).toBeLessThan(2000);
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  }
}, 40_000);
