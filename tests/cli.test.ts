import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCases, runCases } from '../test-support/eval-cases.ts';
import { writeCorpus } from '../test-support/corpus.ts';
import { seedsWith } from './helpers.ts';

// The `ask` command-line contract, through npm exactly as the team's scorer runs it.

function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  return spawnSync('npm', ['run', '--silent', 'ask', '--', ...args], { input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
}

describe('the ask CLI', () => {
  it('passes every case of the project question sets, holdout articles included', () => {
    const files = readdirSync('tests/eval')
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => join('tests/eval', f));
    const failures = runCases(loadCases(files))
      .filter((r) => r.why)
      .map((r) => `${r.c.id}: ${r.why}`);
    expect(failures).toEqual([]);
  }, 180_000);

  it('answers one query given as arguments, in plain text with its sources', () => {
    const r = cli(['/who', 'Gong', 'Zheng']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Gong Zheng: mayor of Shanghai.');
    expect(r.stdout).toMatch(/\[1\] China Daily, .*2024-04-22, paragraph 9: /);
  });

  it('answers every line of standard input with exactly one line, bad lines included', () => {
    const queries = ['/who Han Zheng', '', '/nonsense', '\u0000\u0001', `/ask ${'x'.repeat(5000)}`, '{"json": true}', '/quote Breed'];
    const r = cli(['--json'], `${queries.join('\n')}\n`);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(queries.length);
    const answers = lines.map((l) => JSON.parse(l));
    expect(answers.map((a) => a.answered)).toEqual([true, false, false, false, false, false, true]);
    for (const a of answers) for (const c of a.citations) expect(c.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reads .env like npm start does (KNOWLEDGE_CACHE there is used), and prints nothing of dotenv', () => {
    const dir = mkdtempSync(join(tmpdir(), 'visitbot-dotenv-'));
    try {
      writeFileSync(join(dir, '.env'), `KNOWLEDGE_CACHE=${join(dir, 'cache')}\n`);
      const { KNOWLEDGE_CACHE: _set, ...env } = process.env; // a variable already set would win over the file
      const r = spawnSync('npm', ['run', '--silent', 'ask', '--', '/who Han Zheng'], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...env, DOTENV_CONFIG_PATH: join(dir, '.env') },
      });
      expect(r.status).toBe(0);
      expect(r.stdout.split('\n')[0]).toContain('Han Zheng');
      expect(r.stdout).not.toMatch(/dotenv|injected env/);
      expect(readdirSync(join(dir, 'cache')).length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on a bad flag, naming it', () => {
    const r = cli(['--jsno', '/who Han']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown flag --jsno');
    expect(cli(['--seeds']).status).toBe(2);
  });

  it('answers from a new article dropped into the seeds folder, and skips a broken one', () => {
    const dir = seedsWith({
      'broken.md': 'no front matter here',
      'new.md':
        '---\ntitle: "Port talks"\nsource: "Coast Wire"\npublished: 2024-04-19\n---\n\nHarbour master Lena Park, head of the Port Authority, said on Friday that talks went well.\n',
    });
    const r = cli(['--json', '--seeds', dir, '/who Lena Park']);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.answered).toBe(true);
    expect(a.text).toContain('head of the Port Authority');
    expect(a.citations[0]).toMatchObject({ source: 'Coast Wire', title: 'Port talks', published: '2024-04-19', paragraph: 1 });
    expect(r.stderr).toContain('skipped broken.md');
    const when = JSON.parse(cli(['--json', '--seeds', dir, '/when did Lena Park say the talks went well']).stdout);
    expect(when.text).toMatch(/^April 19, 2024/);
  });

  it('answers a cold corpus as without the cache, its articles derived in worker threads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'visitbot-cold-'));
    try {
      writeCorpus(join(dir, 'seeds'), 80);
      writeFileSync(join(dir, 'seeds', 'broken.md'), 'no front matter here');
      const queries = '/who Gongb Zhengb\n/quote Breedc\n/timeline\nwho met Breed on Thursday?\n';
      const cache = join(dir, 'cache');
      const cold = cli(['--json', '--seeds', join(dir, 'seeds')], queries, { KNOWLEDGE_CACHE: cache });
      expect(cold.status).toBe(0);
      expect(cold.stderr).toContain('skipped broken.md');
      expect(readdirSync(readdirSync(cache).map((d) => join(cache, d))[0]!).filter((f) => f.endsWith('.json') && !f.endsWith('.link.json'))).toHaveLength(80);
      const off = cli(['--json', '--seeds', join(dir, 'seeds')], queries, { KNOWLEDGE_CACHE: 'off' });
      expect(cold.stdout).toBe(off.stdout);
      expect(cli(['--json', '--seeds', join(dir, 'seeds')], queries, { KNOWLEDGE_CACHE: cache }).stdout).toBe(off.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
