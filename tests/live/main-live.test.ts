import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { articleText } from '../helpers.ts';
import { startConsole, until } from '../start-bot.ts';

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
  const bot = startConsole({ SEEDS_DIR: dir, LOG_LEVEL: 'info' });
  const { child, exited } = bot;
  const output = bot.output;
  try {
    await until(() => output().includes('VisitBot ready'), 'ready');
    bot.type('/who Li Na');
    await until(() => /Li Na/.test(output().split('VisitBot console')[1] ?? ''), 'first answer');
    writeFileSync(
      join(dir, 'second.md'),
      articleText({ title: 'Port deal signed', source: 'Coastal Wire' }, [
        'Li Na, director of the Testville port authority, signed a shipping agreement on Wednesday.',
      ]),
    );
    await until(() => output().includes('articles reloaded'), 'reload');
    expect(output()).toMatch(/added: \[\s*"second\.md"/);
    // Built by the bundle's child process (dist/reload-worker.mjs) while the console kept answering.
    expect(output()).toMatch(/offThread: true/);
    bot.type('/who Li Na');
    await until(() => output().includes('director of the Testville port authority'), 'answer from the new article');
    expect(output()).toMatch(/Coastal Wire/);
    const t = Date.now();
    child.kill('SIGTERM');
    await exited;
    expect(Date.now() - t).toBeLessThan(2000);
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  }
}, 40_000);
