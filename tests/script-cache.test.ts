import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/script-cache.mjs runs a CommonJS script (the CLI's dist/cli.cjs) with V8's code cache kept
// beside it: written at the first run's exit, read by the next, and never used for another script,
// not even one of the same length (V8 checks only the length).

const root = mkdtempSync(join(tmpdir(), 'visitbot-script-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const runner = resolve('scripts/script-cache.mjs');

function run(file: string) {
  const code = `import(${JSON.stringify(runner)}).then((m) => m.runScript(${JSON.stringify(file)}))`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', timeout: 30_000 });
}

describe('GIVEN a script run with its code cache', () => {
  const file = join(root, 'say.cjs');
  const script = (word: string) =>
    `const say = (w) => process.stdout.write(w + ' ' + require('node:path').basename(__filename) + ' ' + typeof module.exports + '\\n');\nsay('${word}');\n`;

  it('runs it as Node requires a script, and keeps the cache at exit', () => {
    writeFileSync(file, script('alpha'));
    const first = run(file);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toBe('alpha say.cjs object\n');
    expect(statSync(`${file}.cache`).size).toBeGreaterThan(20);
  });

  it('reads the kept cache on the next run without writing it again', () => {
    const before = readFileSync(`${file}.cache`);
    const again = run(file);
    expect(again.stdout).toBe('alpha say.cjs object\n');
    expect(readFileSync(`${file}.cache`).equals(before)).toBe(true);
  });

  it('does not use the cache of another script of the same length, and keeps its own', () => {
    const before = readFileSync(`${file}.cache`);
    writeFileSync(file, script('omega'));
    const changed = run(file);
    expect(changed.status, changed.stderr).toBe(0);
    expect(changed.stdout).toBe('omega say.cjs object\n');
    expect(readFileSync(`${file}.cache`).subarray(0, 20).equals(before.subarray(0, 20))).toBe(false);
  });

  it('runs without a cache where it cannot keep one', () => {
    writeFileSync(file, script('gamma'));
    writeFileSync(`${file}.cache`, 'not a cache');
    const r = run(file);
    expect(r.stdout).toBe('gamma say.cjs object\n');
  });
});
