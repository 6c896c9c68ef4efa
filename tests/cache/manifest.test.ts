import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.ts';
import type { CacheStats } from '../../src/cache/cache.ts';
import { buildKnowledgeFromDir, type Knowledge } from '../../src/knowledge-build/index.ts';
import { fileSignature } from '../../src/cache/manifest.ts';
import { engineKey } from '../../src/cache/version.ts';
import { writeCorpus } from '../../test-support/corpus.ts';

// GIVEN a seeds folder built once with the knowledge cache, WHEN it is built again, THEN files whose
// listing and times are unchanged are found in the cache without being read (the manifest), a file
// whose times changed is read again, and the answers are those of a build without the cache.

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `visitbot-${name}-`));
  dirs.push(d);
  return d;
};

const QUESTIONS = ['/who London Breed', '/quote Breed', '/timeline', '/sources', '/when did Han Zheng meet Breed', 'where did Breed go before Beijing?'];
const answers = (k: Knowledge) => {
  const bot = createBot({ knowledge: k, now: () => new Date('2024-04-18T10:00:00Z') });
  return QUESTIONS.map((q) => bot.handleLine(q, 'cli'));
};
/** A build that trusts every file's times at once (no racy window), as a start long after the last edit does. */
function build(seeds: string, cacheDir: string) {
  const stats: CacheStats = { reused: 0, derived: 0, corrupt: 0, relinked: 0 };
  return { knowledge: buildKnowledgeFromDir(seeds, { cacheDir, stats, racyMs: 0 }), stats };
}
const manifestPath = (cache: string) => {
  const folder = join(cache, engineKey());
  return join(folder, readdirSync(folder).find((f) => f.endsWith('.manifest'))!);
};

describe('seeds folder manifest', () => {
  it('finds unchanged files by their times, not by reading them, and answers as a build without the cache', () => {
    const seeds = temp('seeds');
    cpSync('seeds', seeds, { recursive: true });
    const cache = temp('cache');
    const plain = answers(buildKnowledgeFromDir(seeds));
    build(seeds, cache);
    const warm = build(seeds, cache);
    expect(warm.stats).toEqual({ reused: 2, derived: 0, corrupt: 0, relinked: 0 });
    expect(answers(warm.knowledge)).toEqual(plain);
    // The proof that the files are not read: a manifest that says file A holds B's content is believed.
    const [a, b] = readdirSync(seeds).sort();
    const manifest = JSON.parse(readFileSync(manifestPath(cache), 'utf8')) as Record<string, [string, string]>;
    manifest[a!] = [manifest[a!]![0], manifest[b!]![1]];
    writeFileSync(manifestPath(cache), JSON.stringify(manifest));
    const fooled = build(seeds, cache).knowledge;
    expect(fooled.articles.map((x) => x.title)).toEqual([fooled.articles[1]!.title, fooled.articles[1]!.title]);
    // A file whose times change is read again: the real content is back.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(seeds, a!), later, later);
    const reread = build(seeds, cache);
    expect(reread.knowledge.articles.map((x) => x.title)).toEqual(buildKnowledgeFromDir(seeds).articles.map((x) => x.title));
    expect(answers(reread.knowledge)).toEqual(plain);
  });

  it('reads a changed, added or removed file as it is now', () => {
    const seeds = temp('seeds');
    cpSync('seeds', seeds, { recursive: true });
    const cache = temp('cache');
    build(seeds, cache);
    const [a, b] = readdirSync(seeds).sort();
    writeFileSync(join(seeds, a!), readFileSync(join(seeds, a!), 'utf8').replace(/Gong Zheng/g, 'Zhou Ming'));
    rmSync(join(seeds, b!));
    writeFileSync(join(seeds, 'copy.md'), readFileSync(join('seeds', b!), 'utf8'));
    const again = build(seeds, cache);
    expect(again.stats).toMatchObject({ reused: 1, derived: 1, corrupt: 0 });
    expect(again.knowledge.articles.map((x) => x.file).sort()).toEqual([a!, 'copy.md'].sort());
    expect(answers(again.knowledge)).toEqual(answers(buildKnowledgeFromDir(seeds)));
    // The manifest now holds exactly the folder's files.
    expect(Object.keys(JSON.parse(readFileSync(manifestPath(cache), 'utf8')) as object).sort()).toEqual([a!, 'copy.md'].sort());
  });

  it('does not trust the times of a file changed within the racy window, nor of anything but a regular file', () => {
    const seeds = temp('seeds');
    const file = join(seeds, 'a.md');
    writeFileSync(file, 'x');
    expect(fileSignature(file, Date.now())).toBeUndefined();
    expect(fileSignature(file, Date.now(), 0)).toMatch(/^1:/);
    expect(fileSignature(seeds, Date.now(), 0)).toBeUndefined();
    expect(fileSignature(join(seeds, 'missing.md'), Date.now(), 0)).toBeUndefined();
  });

  it('ignores a damaged manifest and writes it again', () => {
    const seeds = temp('seeds');
    cpSync('seeds', seeds, { recursive: true });
    const cache = temp('cache');
    const plain = answers(build(seeds, cache).knowledge);
    for (const damage of ['{"a', '[1,2]', '{"x.md": 3}', 'null']) {
      writeFileSync(manifestPath(cache), damage);
      const again = build(seeds, cache);
      expect(again.stats).toMatchObject({ reused: 2, derived: 0, corrupt: 0 });
      expect(answers(again.knowledge)).toEqual(plain);
      expect(Object.keys(JSON.parse(readFileSync(manifestPath(cache), 'utf8')) as object)).toHaveLength(2);
    }
  });

  it('gives byte-identical answers through the CLI cold, warm by the manifest, and without the cache', async () => {
    const dir = temp('cli');
    const seeds = join(dir, 'seeds');
    writeCorpus(seeds, 60);
    // Older than the racy window, as files are at any start but the first seconds after an edit.
    await new Promise((r) => setTimeout(r, 2100));
    const cache = join(dir, 'cache');
    const queries = '/who Gongb Zhengb\n/quote Breedc\n/timeline\n/sources\nwho met Breed on Thursday?\n/when did Hanc Zhengc meet Breedc\n';
    const ask = (cacheDir: string) =>
      spawnSync('npm', ['run', '--silent', 'ask', '--', '--json', '--seeds', seeds], {
        input: queries,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, KNOWLEDGE_CACHE: cacheDir },
      });
    const cold = ask(cache);
    expect(cold.status).toBe(0);
    const manifest = readdirSync(cache)
      .map((d) => join(cache, d))
      .flatMap((d) =>
        readdirSync(d)
          .filter((f) => f.endsWith('.manifest'))
          .map((f) => join(d, f)),
      );
    expect(manifest).toHaveLength(1);
    expect(Object.keys(JSON.parse(readFileSync(manifest[0]!, 'utf8')) as object)).toHaveLength(60);
    const warm = ask(cache);
    const off = ask('off');
    expect(warm.stdout).toBe(cold.stdout);
    expect(off.stdout).toBe(cold.stdout);
    expect(cold.stdout.trim().split('\n')).toHaveLength(6);
  }, 90_000);
});
