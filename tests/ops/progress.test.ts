import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../test-support/corpus.ts';
import { formatProgress, progressLine } from '../../src/ops/progress.ts';
import { until } from '../start-bot.ts';

// Start-up says what it is doing: a progress line on a terminal, log lines at the start and the end.

const hasScript = spawnSync('script', ['--version']).status === 0;
const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

function terminal(): { stream: PassThrough & { isTTY: boolean }; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY: true });
  let text = '';
  stream.on('data', (d) => (text += d));
  return { stream, text: () => text };
}

describe('the progress line', () => {
  it('says how many of how many, the rate and the time left', () => {
    expect(formatProgress('Reading new articles', 1200, 5000, 3000)).toBe('Reading new articles: 1,200 of 5,000 (24%), 400/s, about 10 s left');
    expect(formatProgress('Reading new articles', 5000, 5000, 12_500)).toBe('Reading new articles: 5,000 of 5,000 (100%), 400/s');
    expect(formatProgress('Reading new articles', 100, 50_000, 1000)).toMatch(/about 8 min 19 s left$/);
    expect(formatProgress('Reading new articles', 0, 400, 0)).toBe('Reading new articles: 0 of 400 (0%)');
  });

  it('is drawn in place on a terminal, at most every 100 ms, and leaves the final count on its own line', () => {
    let t = 0;
    const { stream, text } = terminal();
    const p = progressLine(stream, 'Reading', () => t)!;
    p.update(0, 100);
    t = 50;
    p.update(10, 100); // too soon: not drawn
    t = 400;
    p.update(40, 100);
    t = 1000;
    p.update(100, 100);
    p.note('Building…');
    p.end();
    const frames = text().split('\r\u001b[K').filter(Boolean);
    expect(frames).toEqual(['Reading: 0 of 100 (0%)', 'Reading: 40 of 100 (40%), 100/s, about 1 s left', 'Reading: 100 of 100 (100%), 100/s\n', 'Building…']);
    expect(text().endsWith('\r\u001b[K')).toBe(true);
  });

  it('is not drawn where standard error is not a terminal (services get log lines)', () => {
    expect(progressLine(new PassThrough(), 'Reading')).toBeUndefined();
  });
});

describe('npm start over 80 articles new to the knowledge cache', () => {
  function corpus(): { seeds: string; cache: string } {
    const dir = mkdtempSync(join(tmpdir(), 'visitbot-progress-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    writeCorpus(join(dir, 'seeds'), 80);
    return { seeds: join(dir, 'seeds'), cache: join(dir, 'cache') };
  }

  function start(command: string, args: string[], env: Record<string, string>) {
    const child = spawn(command, args, {
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', DOTENV_CONFIG_PATH: '/nonexistent/.env', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    cleanup.push(() => {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    });
    return { child, output: () => out, exited: new Promise<number | null>((r) => child.on('exit', r)) };
  }

  it.skipIf(!hasScript)(
    'on a terminal THEN a progress line counts them up to all 80',
    async () => {
      const { seeds, cache } = corpus();
      const bot = start('script', ['-qfec', 'npm start', '/dev/null'], { TERM: 'xterm', SEEDS_DIR: seeds, KNOWLEDGE_CACHE: cache });
      await until(() => bot.output().includes('visitbot> '), 'the prompt', 60_000);
      expect(bot.output()).toContain('Reading new articles: 0 of 80 (0%)');
      expect(bot.output()).toMatch(/Reading new articles: 80 of 80 \(100%\)/);
      bot.child.stdin.write('quit\r');
      expect(await bot.exited).toBe(0);
    },
    90_000,
  );

  it('in a service (no terminal) THEN log lines when loading starts and ends, and no progress line', async () => {
    const { seeds, cache } = corpus();
    const bot = start('npm', ['start'], { SEEDS_DIR: seeds, KNOWLEDGE_CACHE: cache, LOG_LEVEL: 'info' });
    bot.child.stdin.end('quit\n');
    expect(await bot.exited).toBe(0);
    const out = bot.output();
    expect(out).toMatch(/loading articles[\s\S]*articles derived in worker threads[\s\S]*articles loaded/);
    expect(out).toMatch(/articles: 80/);
    expect(out).not.toContain('Reading new articles');
  }, 90_000);
});
