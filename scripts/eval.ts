// `npm run eval [FILES...]`: runs the project's question sets through the CLI contract and prints
// accuracy per command kind (the id's prefix). Cases marked holdout run against the seeds plus the
// articles in tests/fixtures/articles, which the bot has never seen otherwise.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreCase, type EvalCase } from './eval-score.ts';

export function runCases(cases: EvalCase[]): { c: EvalCase; why: string | null }[] {
  const results: { c: EvalCase; why: string | null }[] = [];
  const plain = cases.filter((c) => !c.holdout);
  const held = cases.filter((c) => c.holdout);
  const run = (set: EvalCase[], seeds?: string) => {
    if (!set.length) return;
    const argv = ['run', '--silent', 'ask', '--', '--json', ...(seeds ? ['--seeds', seeds] : [])];
    const r = spawnSync('npm', argv, { input: set.map((c) => c.q).join('\n') + '\n', encoding: 'utf8', timeout: 60_000 });
    const lines = (r.stdout ?? '').split('\n').filter((l) => l.trim().startsWith('{'));
    set.forEach((c, i) => results.push({ c, why: scoreCase(c, lines[i]) }));
  };
  run(plain);
  if (held.length) {
    const dir = mkdtempSync(join(tmpdir(), 'visitbot-eval-'));
    cpSync('seeds', dir, { recursive: true });
    cpSync('tests/fixtures/articles', dir, { recursive: true });
    run(held, dir);
  }
  return results;
}

export function loadCases(files: string[]): EvalCase[] {
  return files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as EvalCase));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync('tests/eval').filter((f) => f.endsWith('.jsonl')).map((f) => join('tests/eval', f));
  const results = runCases(loadCases(files));
  const kinds = new Map<string, { pass: number; total: number }>();
  for (const { c, why } of results) {
    const kind = c.holdout ? 'holdout' : c.id.split('-')[0]!;
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
