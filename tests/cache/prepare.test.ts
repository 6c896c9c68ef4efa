import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../test-support/corpus.ts';
import { createBot } from '../../src/core/bot.ts';
import type { CacheStats } from '../../src/cache/cache.ts';
import { buildKnowledgeFromDir, type Knowledge } from '../../src/knowledge-build/index.ts';
import { prepareKnowledgeCache, type Prepared } from '../../src/cache/prepare.ts';
import { engineKey } from '../../src/cache/version.ts';

// GIVEN a folder of articles missing from the knowledge cache, WHEN the cache is prepared by the
// pool of worker threads, THEN the entries are those a build writes itself, the build derives
// nothing more and answers as without the cache; a malformed file is left to the build, which
// reports it; and without threads the build derives everything as before.

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `visitbot-${name}-`));
  dirs.push(d);
  return d;
};
/** What was prepared, less the folder's listing handed to the build (BuildOptions.listing). */
const counted = async (prepared: Promise<Prepared>) => {
  const { listing: _, ...counts } = await prepared;
  return counts;
};
function corpus(n: number): string {
  const d = temp('corpus');
  writeCorpus(d, n);
  return d;
}

const QUESTIONS = ['/who Londonb Breedb', '/quote Breedc', '/timeline', '/when the Shanghai visit', 'who met Breed on Thursday?', '/sources'];
const answers = (k: Knowledge) => {
  const bot = createBot({ knowledge: k, now: () => new Date('2024-04-18T10:00:00Z') });
  return QUESTIONS.map((q) => bot.handleLine(q, 'cli'));
};
function build(seeds: string, cacheDir: string) {
  const stats: CacheStats = { reused: 0, derived: 0, corrupt: 0, relinked: 0 };
  return { knowledge: buildKnowledgeFromDir(seeds, { cacheDir, stats, logger: { warn: () => undefined } }), stats };
}
/** The cache's entries (not the link memos), by file name. */
const entries = (cache: string) =>
  Object.fromEntries(
    readdirSync(join(cache, engineKey()))
      .filter((f) => f.endsWith('.json') && !f.endsWith('.link.json'))
      .sort()
      .map((f) => [f, readFileSync(join(cache, engineKey(), f), 'utf8')]),
  );

describe('preparing the knowledge cache in worker threads', () => {
  it('writes the entries a build writes itself; the build then derives nothing and answers the same', async () => {
    const seeds = corpus(40);
    const pooled = temp('cache');
    const prepared = await prepareKnowledgeCache(seeds, pooled, undefined, { min: 1, workers: 2 });
    expect(prepared).toEqual({ missing: 40, derived: 40, workers: 2 });
    const inProcess = temp('cache');
    build(seeds, inProcess);
    expect(entries(pooled)).toEqual(entries(inProcess));
    const after = build(seeds, pooled);
    expect(after.stats).toEqual({ reused: 40, derived: 0, corrupt: 0, relinked: 40 });
    expect(answers(after.knowledge)).toEqual(answers(buildKnowledgeFromDir(seeds)));
    // Nothing is missing any more: no thread is started.
    expect(await counted(prepareKnowledgeCache(seeds, pooled, undefined, { min: 1 }))).toEqual({ missing: 0, derived: 0, workers: 0 });
  });

  it('writes the same entries from the bundle npm start runs (dist/derive-worker.mjs)', async () => {
    expect(spawnSync('node', ['scripts/build.mjs']).status).toBe(0);
    const seeds = corpus(20);
    const pooled = temp('cache');
    const entry = pathToFileURL(resolve('dist/derive-worker.mjs'));
    expect(await prepareKnowledgeCache(seeds, pooled, undefined, { min: 1, workers: 2, entry })).toEqual({ missing: 20, derived: 20, workers: 2 });
    const inProcess = temp('cache');
    build(seeds, inProcess);
    expect(entries(pooled)).toEqual(entries(inProcess));
  });

  it('leaves a malformed file to the build, which reports it', async () => {
    const seeds = corpus(20);
    writeFileSync(join(seeds, 'bad.md'), 'no front matter here');
    const cache = temp('cache');
    expect(await prepareKnowledgeCache(seeds, cache, undefined, { min: 1, workers: 2 })).toMatchObject({ missing: 21, derived: 20 });
    const { knowledge, stats } = build(seeds, cache);
    expect(knowledge.problems).toEqual([{ file: 'bad.md', reason: expect.stringMatching(/front matter/) }]);
    expect(stats).toMatchObject({ reused: 20, derived: 0 });
  });

  it('falls back to the build when the threads cannot start', async () => {
    const seeds = corpus(20);
    const cache = temp('cache');
    const entry = pathToFileURL(join(temp('nowhere'), 'missing-worker.mjs'));
    expect(await prepareKnowledgeCache(seeds, cache, undefined, { min: 1, workers: 2, entry })).toEqual({ missing: 20, derived: 0, workers: 2 });
    const { knowledge, stats } = build(seeds, cache);
    expect(stats).toMatchObject({ reused: 0, derived: 20 });
    expect(answers(knowledge)).toEqual(answers(buildKnowledgeFromDir(seeds)));
  });

  it('looks at a sample of a cached folder only: a new article it does not meet is left to the build', async () => {
    const seeds = corpus(128);
    const cache = temp('cache');
    expect(await prepareKnowledgeCache(seeds, cache, undefined, { min: 1, workers: 2 })).toMatchObject({ missing: 128, derived: 128 });
    // Sorted second of 129, where a sample of every other file does not look.
    const [first] = readdirSync(seeds).sort();
    writeFileSync(join(seeds, first!.replace('.md', '0.md')), readFileSync(join(seeds, first!), 'utf8').replace('title: "', 'title: "New '));
    expect(await counted(prepareKnowledgeCache(seeds, cache, undefined, { min: 1, workers: 2 }))).toEqual({ missing: 0, derived: 0, workers: 0 });
    expect(build(seeds, cache).stats).toMatchObject({ reused: 128, derived: 1 });
  });

  it('starts no thread for a few missing articles, nor without the cache', async () => {
    const seeds = corpus(5);
    const cache = temp('cache');
    expect(await counted(prepareKnowledgeCache(seeds, cache))).toEqual({ missing: 5, derived: 0, workers: 0 });
    expect(await prepareKnowledgeCache(seeds, undefined, undefined, { min: 1 })).toEqual({ missing: 0, derived: 0, workers: 0 });
    expect(readdirSync(cache)).toEqual([]);
  });
});
