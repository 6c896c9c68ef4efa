// `npm run eval [FILES...]`: runs the project's question sets through the CLI contract and prints
// accuracy per command kind (the id's prefix). Cases marked holdout (or fixture) run against the seeds
// plus the articles in tests/fixtures/articles. A case passes only when it passes under each of three
// host time zones, as the team scores it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreCase, type EvalCase } from './eval-score.ts';

export const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai'];

export function runCases(cases: EvalCase[], zones = ZONES): { c: EvalCase; why: string | null }[] {
  const why = new Map<EvalCase, string | null>(cases.map((c) => [c, null]));
  const held = (c: EvalCase) => Boolean(c.holdout || c.fixture);
  const run = (set: EvalCase[], tz: string, seeds?: string) => {
    if (!set.length) return;
    const argv = ['run', '--silent', 'ask', '--', '--json', ...(seeds ? ['--seeds', seeds] : [])];
    const r = spawnSync('npm', argv, { input: set.map((c) => c.q).join('\n') + '\n', encoding: 'utf8', timeout: 60_000, env: { ...process.env, TZ: tz } });
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
  }
  for (const tz of zones) {
    run(cases.filter((c) => !held(c)), tz);
    run(cases.filter(held), tz, dir);
  }
  return cases.map((c) => ({ c, why: why.get(c) ?? null }));
}

export function loadCases(files: string[]): EvalCase[] {
  return files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as EvalCase));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync('tests/eval').filter((f) => f.endsWith('.jsonl')).map((f) => join('tests/eval', f));
  const results = runCases(loadCases(files));
  const kinds = new Map<string, { pass: number; total: number }>();
  for (const { c, why } of results) {
    const kind = c.holdout || c.fixture ? 'holdout' : c.id.split('-')[0]!;
    const k = kinds.get(kind) ?? { pass: 0, total: 0 };
    k.total++;
    if (!why) k.pass++;
    else console.log(`  FAIL ${c.id}: ${why}`);
    kinds.set(kind, k);
  }
  for (const [kind, k] of kinds) console.log(`${kind.padEnd(10)} ${k.pass}/${k.total} (${((100 * k.pass) / k.total).toFixed(0)}%)`);
  const pass = results.filter((r) => !r.why).length;
  console.log(`all: ${pass}/${results.length} passed (${((100 * pass) / results.length).toFixed(1)}%)`);
  process.exitCode = pass === results.length ? 0 : 1;
}
