import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

// GIVEN a write that fails half-way (a real one: the process's file size limit, `ulimit -f`, gives
// EFBIG once 2 KB are written), WHEN a draft is saved, THEN the error reaches the caller and no
// partial temporary file is left in the seeds folder (issue 20).

const dir = mkdtempSync(join(tmpdir(), 'visitbot-save-failure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('leaves nothing behind when the write fails half-way', () => {
  const script = join(import.meta.dirname, 'save-under-limit.ts');
  const out = execFileSync('bash', ['-c', 'ulimit -f 2 && exec node --import tsx "$0" "$1"', script, dir], { encoding: 'utf8', timeout: 15_000 });
  expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ code: 'EFBIG', left: [] });
});
