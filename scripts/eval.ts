// `npm run eval [FILES...]`: runs the project's question sets through the CLI contract and prints
// accuracy per command kind (the id's prefix). Cases marked holdout (or fixture) run against the seeds
// plus the articles in tests/fixtures/articles. A case passes only when it passes under each of three
// host time zones, as the team scores it. The blind rounds (tests/eval/blind/roundN: questions
// written by someone who never read the engine, with the article they wrote in articles/) run the
// same way, with their own article added, and are reported per round: they measure how the engine
// holds on questions nobody tuned it for, so they are not required to pass (tests/eval/BLIND.md).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCases, runCases, ZONES } from '../test-support/eval-cases.ts';

/** The blind rounds: each folder of tests/eval/blind with its questions and its articles. */
export function blindRounds(root = 'tests/eval/blind'): { name: string; questions: string; articles: string }[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((r) => existsSync(join(root, r, 'questions.jsonl')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((r) => ({ name: r, questions: join(root, r, 'questions.jsonl'), articles: join(root, r, 'articles') }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const blindOnly = args[0] === '--blind';
  const files = blindOnly
    ? []
    : args.length
      ? args
      : readdirSync('tests/eval')
          .filter((f) => f.endsWith('.jsonl'))
          .map((f) => join('tests/eval', f));
  if (!args.length || blindOnly) {
    for (const round of blindRounds()) {
      const results = runCases(loadCases([round.questions]), ZONES, existsSync(round.articles) ? round.articles : undefined);
      const pass = results.filter((r) => !r.why).length;
      for (const { c, why } of results) if (why) console.log(`  blind ${round.name} FAIL ${c.id}: ${why}`);
      console.log(`blind ${round.name}: ${pass}/${results.length} (${((100 * pass) / results.length).toFixed(1)}%)`);
    }
  }
  if (!files.length) process.exit(0);
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
