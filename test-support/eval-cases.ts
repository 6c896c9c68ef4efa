// The project's question sets run through the CLI contract (`npm run --silent ask -- --json`) under
// each host time zone, as the team scores them: shared by `npm run eval` and tests/cli.test.ts.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreCase, type EvalCase } from './eval-score.ts';

export const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai'];

export function runCases(cases: EvalCase[], zones = ZONES, extraArticles?: string): { c: EvalCase; why: string | null }[] {
  const why = new Map<EvalCase, string | null>(cases.map((c) => [c, null]));
  const held = (c: EvalCase) => Boolean(c.holdout || c.fixture);
  const run = (set: EvalCase[], tz: string, seeds?: string) => {
    if (!set.length) return;
    const argv = ['run', '--silent', 'ask', '--', '--json', ...(seeds ? ['--seeds', seeds] : [])];
    const r = spawnSync('npm', argv, { input: `${set.map((c) => c.q).join('\n')}\n`, encoding: 'utf8', timeout: 60_000, env: { ...process.env, TZ: tz } });
    const lines = (r.stdout ?? '').split('\n').filter((l) => l.trim().startsWith('{'));
    set.forEach((c, i) => {
      const failed = scoreCase(c, lines[i]);
      if (failed && !why.get(c)) why.set(c, `${tz}: ${failed}`);
    });
  };
  let dir: string | undefined;
  if (cases.some(held)) {
    dir = mkdtempSync(join(tmpdir(), 'visitbot-eval-'));
    cpSync('seeds', dir, { recursive: true });
    cpSync('tests/fixtures/articles', dir, { recursive: true });
    if (extraArticles) cpSync(extraArticles, dir, { recursive: true });
  }
  for (const tz of zones) {
    run(
      cases.filter((c) => !held(c)),
      tz,
    );
    run(cases.filter(held), tz, dir);
  }
  return cases.map((c) => ({ c, why: why.get(c) ?? null }));
}

export function loadCases(files: string[]): EvalCase[] {
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as EvalCase),
  );
}
