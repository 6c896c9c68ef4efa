// What the corpus benchmarks share (bench-questions, bench-reload): a percentile, and the cold build
// of a generated corpus by `npm run ask` in a child process, which leaves the snapshot a warm start reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeCorpus } from '../test-support/corpus.ts';

/** The p-th quantile (0..1) of the values, NaN for none. */
export const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! : NaN;
};

/** Writes the corpus when the folder holds none, builds it cold through the CLI, and returns the build's milliseconds. */
export function coldBuild(corpus: string, size: number, cacheDir: string, work: string): number {
  if (!existsSync(corpus) || !readdirSync(corpus).some((f) => f.endsWith('.md'))) writeCorpus(corpus, size);
  const t = performance.now();
  const cold = spawnSync(process.execPath, ['scripts/launch.mjs', 'cli', '--seeds', corpus], {
    env: { ...process.env, KNOWLEDGE_CACHE: cacheDir, DATABASE_PATH: join(work, 'visitbot.sqlite'), LOG_LEVEL: 'warn' },
    input: '',
    encoding: 'utf8',
  });
  if (cold.status !== 0) throw new Error(`ask failed: ${cold.stderr}`);
  return performance.now() - t;
}
