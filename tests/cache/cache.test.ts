import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.ts';
import { loadArticlesWith } from '../../src/corpus/load.ts';
import { openKnowledgeCache, type CacheStats } from '../../src/cache/cache.ts';
import { buildKnowledge, buildKnowledgeFromDir, type Knowledge } from '../../src/knowledge-build/index.ts';
import { ENGINE_VERSION, engineFiles, engineKey } from '../../src/cache/version.ts';
import { articleText } from '../helpers.ts';

// GIVEN a seeds folder and a knowledge cache folder, WHEN the knowledge is built again (unchanged,
// one article changed, another engine, a damaged entry), THEN only what must be derived is, and the
// answers are those of a build without the cache.

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `visitbot-${name}-`));
  dirs.push(d);
  return d;
};
function seedsCopy(): string {
  const d = temp('seeds');
  cpSync('seeds', d, { recursive: true });
  return d;
}

const QUESTIONS = [
  '/who London Breed',
  '/who the mayor of Shanghai',
  '/quote Breed',
  '/when did Han Zheng meet Breed',
  '/timeline',
  '/onthisday April 18',
  '/sources',
  'How many business leaders did the US delegation meet in Shanghai?',
  '/who SF mayor',
  'where did Breed go before Beijing?',
];
const answers = (k: Knowledge) => {
  const bot = createBot({ knowledge: k, now: () => new Date('2024-04-18T10:00:00Z') });
  return QUESTIONS.map((q) => bot.handleLine(q, 'cli'));
};

function build(seeds: string, cacheDir: string) {
  const stats: CacheStats = { reused: 0, derived: 0, corrupt: 0, relinked: 0 };
  const warnings: string[] = [];
  const knowledge = buildKnowledgeFromDir(seeds, { cacheDir, stats, logger: { warn: (_o, msg) => void warnings.push(msg) } });
  return { knowledge, stats, warnings };
}
const entries = (cache: string) => readdirSync(join(cache, engineKey())).filter((f) => f.endsWith('.json') && !f.endsWith('.link.json'));

describe('knowledge cache', () => {
  it('derives every article on a miss, none on a hit, and answers as a build without cache', () => {
    const seeds = seedsCopy();
    const cache = temp('cache');
    const plain = answers(buildKnowledgeFromDir(seeds));
    const cold = build(seeds, cache);
    expect(cold.stats).toEqual({ reused: 0, derived: 2, corrupt: 0, relinked: 2 });
    expect(entries(cache)).toHaveLength(2);
    const warm = build(seeds, cache);
    // Nothing derived, nothing linked again: the people's links and quotes come from the memo.
    expect(warm.stats).toEqual({ reused: 2, derived: 0, corrupt: 0, relinked: 0 });
    expect(answers(cold.knowledge)).toEqual(plain);
    expect(answers(warm.knowledge)).toEqual(plain);
    // The structures the answers read, compared directly as well.
    const shape = (k: Knowledge) => ({
      people: k.people.map((p) => [p.name, p.aliases, p.roles.map((r) => [r.role, r.sentence.text]), p.mentions.length]),
      quotes: k.quotes.map((q) => [q.speaker.name, q.kind, q.text, q.excerpt, q.paragraph.n]),
      events: k.events.map((e) => [e.date, e.phrase, e.sentence.text]),
      places: [...k.places],
      abbreviations: [...k.abbreviations].map(([s, f]) => [s, f.long, f.sentence?.text]),
      initials: [...k.initials],
      articles: k.articles.map((a) => [a.id, a.title, a.dateline, a.paragraphs.map((p) => [p.kind, p.n, p.order, p.sentences.map((s) => [s.start, s.text])])]),
    });
    expect(shape(warm.knowledge)).toEqual(shape(buildKnowledgeFromDir(seeds)));
  });

  it('derives a changed article again, alone, and sees the change', () => {
    const seeds = seedsCopy();
    const cache = temp('cache');
    build(seeds, cache);
    const [file] = readdirSync(seeds).sort();
    writeFileSync(join(seeds, file!), readFileSync(join(seeds, file!), 'utf8').replace(/Gong Zheng/g, 'Zhou Ming'));
    const again = build(seeds, cache);
    expect(again.stats).toMatchObject({ reused: 1, derived: 1, corrupt: 0 });
    expect(again.knowledge.people.map((p) => p.name)).toContain('Zhou Ming');
    expect(again.knowledge.people.map((p) => p.name)).not.toContain('Gong Zheng');
    expect(answers(again.knowledge)).toEqual(answers(buildKnowledgeFromDir(seeds)));
    expect(entries(cache)).toHaveLength(3); // the old content's entry is left; it is keyed by content
  });

  it('reuses an entry for the same content under another file name', () => {
    const seeds = seedsCopy();
    const cache = temp('cache');
    build(seeds, cache);
    const [file] = readdirSync(seeds).sort();
    writeFileSync(join(seeds, `copy-${file}`), readFileSync(join(seeds, file!)));
    const again = build(seeds, cache);
    expect(again.stats).toMatchObject({ reused: 3, derived: 0, corrupt: 0 });
    expect(again.knowledge.articles.map((a) => a.file)).toContain(`copy-${file}`);
  });

  it('is invalidated by another engine: a new engine derives everything into its own folder', () => {
    const seeds = seedsCopy();
    const cache = temp('cache');
    const stats = (engine: string) => {
      const c = openKnowledgeCache(cache, undefined, engine);
      const { articles, problems } = loadArticlesWith(seeds, c.parse);
      buildKnowledge(articles, problems, { factsOf: c.factsOf });
      return c.stats;
    };
    expect(stats('v1-aaaa')).toMatchObject({ reused: 0, derived: 2, corrupt: 0 });
    expect(stats('v1-aaaa')).toMatchObject({ reused: 2, derived: 0, corrupt: 0 });
    expect(stats('v2-bbbb')).toMatchObject({ reused: 0, derived: 2, corrupt: 0 });
    expect(readdirSync(cache).sort()).toEqual(['v1-aaaa', 'v2-bbbb']);
    // The real key names the engine version and the code that derives.
    expect(engineKey()).toMatch(new RegExp(`^v${ENGINE_VERSION}-[0-9a-f]{16}$`));
  });

  it('GIVEN the modules that derive and write what the cache keeps THEN the engine key hashes every one (a moved file still invalidates)', () => {
    const src = resolve('src');
    const hashed = new Set(engineFiles(src));
    // Every src/ module reached through imports from the cache and the build that reads it.
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const [, spec] of readFileSync(join(src, file), 'utf8').matchAll(/^(?:import|export)[^'"]*?from '(\.{1,2}\/[^']+\.ts)'/gm)) {
        const next = relative(src, resolve(src, dirname(file), spec!));
        if (!next.startsWith('..')) visit(next);
      }
    };
    for (const f of ['cache/cache.ts', 'cache/link-memo.ts', 'knowledge-build/index.ts']) visit(f);
    expect(reached.size).toBeGreaterThan(20);
    expect([...reached].filter((f) => !hashed.has(f))).toEqual([]);
  });

  it('rebuilds a corrupt, truncated or foreign entry, logs it, and rewrites it', () => {
    const seeds = seedsCopy();
    const cache = temp('cache');
    build(seeds, cache);
    const [a, b] = entries(cache).map((f) => join(cache, engineKey(), f));
    const good = readFileSync(a!, 'utf8');
    writeFileSync(a!, good.slice(0, good.length / 2)); // truncated JSON
    const other = JSON.parse(readFileSync(b!, 'utf8'));
    other.paragraphs[0][3] = [0, 1e6]; // a sentence past its paragraph
    writeFileSync(b!, JSON.stringify(other));
    const again = build(seeds, cache);
    expect(again.stats).toMatchObject({ reused: 0, derived: 2, corrupt: 2 });
    expect(again.warnings).toEqual(['knowledge cache entry corrupt; deriving the article again', 'knowledge cache entry corrupt; deriving the article again']);
    expect(answers(again.knowledge)).toEqual(answers(buildKnowledgeFromDir(seeds)));
    expect(readFileSync(a!, 'utf8')).toBe(good);
    expect(build(seeds, cache).stats).toMatchObject({ reused: 2, derived: 0, corrupt: 0 });
    // An entry holding another content's facts (a renamed or swapped file) is not trusted either.
    writeFileSync(a!, readFileSync(b!, 'utf8'));
    expect(build(seeds, cache).stats).toMatchObject({ reused: 1, derived: 1, corrupt: 1 });
  });

  it('keeps corpus-wide results in the index file, and works them out again from damaged parts', () => {
    const seeds = seedsCopy();
    const cache = temp('cache');
    const plain = answers(buildKnowledgeFromDir(seeds));
    build(seeds, cache);
    expect(answers(build(seeds, cache).knowledge)).toEqual(plain);
    // The parts read only after a change (name candidates, places, index terms) damaged in every
    // entry, then a change: the build reads them, finds them unusable, and derives them again.
    for (const f of entries(cache)) {
      const path = join(cache, engineKey(), f);
      writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), later: '[["not", "names"]' }));
    }
    writeFileSync(join(seeds, 'zz-extra.md'), articleText({ title: 'Port talks' }, ['Zhang Wei, mayor of Testville, met the delegation on Tuesday.']));
    expect(answers(build(seeds, cache).knowledge)).toEqual(answers(buildKnowledgeFromDir(seeds)));
  });

  it('goes on without the cache when its folder cannot be written', () => {
    const seeds = seedsCopy();
    const blocker = join(temp('cache'), 'file');
    writeFileSync(blocker, 'not a folder');
    const { knowledge, stats, warnings } = build(seeds, blocker);
    expect(stats).toMatchObject({ reused: 0, derived: 2, corrupt: 0 });
    expect(warnings).toEqual([
      'cannot write the knowledge cache (KNOWLEDGE_CACHE); going on without it',
      'cannot write the article index (KNOWLEDGE_CACHE); keeping it in memory',
    ]);
    expect(answers(knowledge)).toEqual(answers(buildKnowledgeFromDir(seeds)));
  });

  it('never caches a malformed file: it is reported each time', () => {
    const seeds = temp('seeds');
    writeFileSync(join(seeds, 'ok.md'), articleText({}, ['Zhang Wei, mayor of Testville, met the delegation on Tuesday.']));
    writeFileSync(join(seeds, 'bad.md'), 'no front matter here');
    const cache = temp('cache');
    for (let i = 0; i < 2; i++) {
      const { knowledge, stats } = build(seeds, cache);
      expect(knowledge.problems.map((p) => p.file)).toEqual(['bad.md']);
      expect(stats.derived + stats.reused).toBe(1);
    }
    expect(entries(cache)).toHaveLength(1);
  });

  it('links an unchanged article again when the names other articles bring change, and not otherwise', () => {
    const seeds = temp('seeds');
    const cache = temp('cache');
    const intro = (name: string) =>
      articleText({ title: 'Port talks', published: '2024-04-16' }, [
        `${name}, mayor of Testville, met the delegation on Tuesday.`,
        `${name.split(' ')[0]} welcomed the guests at the port.`,
      ]);
    // "Zhang" alone is someone only because another article introduces Zhang Wei.
    writeFileSync(join(seeds, 'a.md'), intro('Zhang Wei'));
    writeFileSync(
      join(seeds, 'b.md'),
      articleText({ title: 'Port deal', published: '2024-04-17' }, ['The port deal was signed on Wednesday, Zhang said.', 'Zhang also met business leaders.']),
    );
    const first = build(seeds, cache);
    expect(first.knowledge.quotes.map((q) => [q.speaker.name, q.paragraph.article.file])).toContainEqual(['Zhang Wei', 'b.md']);
    expect(build(seeds, cache).stats).toEqual({ reused: 2, derived: 0, corrupt: 0, relinked: 0 });
    writeFileSync(join(seeds, 'a.md'), intro('Zhao Lei'));
    const again = build(seeds, cache);
    expect(again.stats).toEqual({ reused: 1, derived: 1, corrupt: 0, relinked: 2 });
    expect(again.knowledge.quotes.map((q) => q.speaker.name)).not.toContain('Zhang Wei');
    expect(answers(again.knowledge)).toEqual(answers(buildKnowledgeFromDir(seeds)));
    // A damaged memo is logged and worked out again.
    const memo = readdirSync(join(cache, engineKey())).find((f) => f.endsWith('.link.json'))!;
    writeFileSync(join(cache, engineKey(), memo), '{"engine":');
    const repaired = build(seeds, cache);
    expect(repaired.stats).toEqual({ reused: 2, derived: 0, corrupt: 0, relinked: 1 });
    expect(repaired.warnings).toEqual(['knowledge cache link memo corrupt; linking the article again']);
    expect(answers(repaired.knowledge)).toEqual(answers(buildKnowledgeFromDir(seeds)));
  });
});
