import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CacheStats } from '../../src/cache/cache.ts';
import { createBot } from '../../src/core/bot.ts';
import { homeLine } from '../../src/corpus/load.ts';
import { articleIndexPath, buildKnowledgeFromDir, buildSnapshot, type Knowledge } from '../../src/knowledge-build/index.ts';
import { PROMINENT } from '../../src/knowledge-build/people-table.ts';
import { keepSnapshotInThread } from '../../src/knowledge-build/thread.ts';
import type { DatedEvent } from '../../src/knowledge/events.ts';
import {
  peopleInRole,
  peopleInRoleWhere,
  rolesWithWord,
  rolesWithWordWhere,
  wordsOfRolesWith,
  type RoleFilter,
  type RoleMatch,
} from '../../src/knowledge/roles.ts';
import { fold } from '../../src/text.ts';
import Database from 'better-sqlite3';
import { writeCorpus } from '../../test-support/corpus.ts';
import { articleText } from '../helpers.ts';

// GIVEN a corpus built once with the knowledge cache, WHEN it is started again unchanged with
// lazyBytes (KNOWLEDGE_CACHE_MB), THEN nothing is read but the snapshot kept in the index file, each
// article is read when a question reads it, at most lazyBytes of them stay in memory, and every
// answer is the one a build without the cache gives.

const dirs: string[] = [];
const temp = (name: string) => {
  const d = mkdtempSync(join(tmpdir(), `visitbot-${name}-`));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const evalQuestions = readdirSync('tests/eval')
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(join('tests/eval', f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { q: string }).q),
  );
const QUESTIONS = [
  ...evalQuestions,
  '/who London Breed',
  '/quote Breed',
  '/quote energy storage',
  '/timeline',
  '/sources',
  '/onthisday April 18',
  'where did Breed go before Beijing?',
];

const answers = (k: Knowledge) => {
  const bot = createBot({ knowledge: k, now: () => new Date('2024-04-18T10:00:00Z') });
  return QUESTIONS.map((q) => bot.handleLine(q, 'cli'));
};
const stats = (): CacheStats => ({ reused: 0, derived: 0, corrupt: 0, relinked: 0 });
/** The key of the sentences the snapshot kept for a corpus names: a new one for every snapshot a full build keeps. */
const snapshotKey = (cacheDir: string, dir: string): string => {
  const db = new Database(articleIndexPath(cacheDir, dir));
  try {
    return (JSON.parse(db.prepare<[], { value: string }>("SELECT value FROM memo WHERE name = 'knowledge-snapshot'").get()!.value) as { texts: string }).texts;
  } finally {
    db.close();
  }
};

/** What a build keeps in a corpus's index file: its memos and snapshot (the sentences' key aside), its article index and term counts. */
function indexTables(cacheDir: string, dir: string) {
  const key = snapshotKey(cacheDir, dir);
  const db = new Database(articleIndexPath(cacheDir, dir), { readonly: true });
  try {
    const all = (sql: string, ...args: string[]) => db.prepare(sql).all(...args);
    return {
      memo: all('SELECT name, corpus, value FROM memo ORDER BY name').map((r) => JSON.stringify(r).replaceAll(key, 'KEY')),
      sentences: all('SELECT a, s, caption, n, ord, start, text FROM snapshot_sentences WHERE texts = ? ORDER BY a, s', key),
      events: all('SELECT ord, start, finish, precision, phrase, a, s, md FROM snapshot_events WHERE texts = ? ORDER BY ord', key),
      articles: all('SELECT rowid, id, fingerprint FROM article ORDER BY rowid'),
      terms: all('SELECT rowid, term, shape, sentences, articles FROM term ORDER BY rowid'),
      corpus: all('SELECT fingerprint FROM corpus'),
      found: all("SELECT rowid FROM article_terms WHERE article_terms MATCH 'breed OR mayor OR shanghai OR visit' ORDER BY rank, rowid"),
    };
  } finally {
    db.close();
  }
}

let seeds: string;
let cache: string;
let plain: ReturnType<typeof answers>;

beforeAll(() => {
  seeds = temp('lazy-seeds');
  cpSync('seeds', seeds, { recursive: true });
  cpSync('tests/fixtures/articles', seeds, { recursive: true });
  writeCorpus(join(seeds, 'generated'), 12);
  for (const f of readdirSync(join(seeds, 'generated'))) cpSync(join(seeds, 'generated', f), join(seeds, f));
  rmSync(join(seeds, 'generated'), { recursive: true });
  cache = temp('lazy-cache');
  plain = answers(buildKnowledgeFromDir(seeds));
  // The first build with the cache reads everything and keeps the snapshot.
  expect(answers(buildKnowledgeFromDir(seeds, { cacheDir: cache, racyMs: 0, lazyBytes: 64 * 2 ** 20 }))).toEqual(plain);
}, 120_000);

describe('knowledge read on demand', () => {
  it('starts an unchanged corpus from its snapshot, reads articles as questions need them, and answers as a full build', () => {
    const s = stats();
    const lazy = buildKnowledgeFromDir(seeds, { cacheDir: cache, racyMs: 0, lazyBytes: 64 * 2 ** 20, stats: s });
    expect(s).toEqual({ reused: lazy.articles.length, derived: 0, corrupt: 0, relinked: 0 });
    expect(lazy.held?.()).toEqual({ articles: 0, bytes: 0 });
    expect(answers(lazy)).toEqual(plain);
    expect(lazy.held!().articles).toBeGreaterThan(0);
  });

  it('keeps the same snapshot, corpus memos and index building a file at a time as building every article in memory', () => {
    // Two copies of the corpus (each folder has its own index file): one built in memory (no
    // lazyBytes), one built a file at a time and opened from its snapshot (a cold start).
    const inMemory = temp('lazy-eager-copy');
    const streamed = temp('lazy-streamed-copy');
    cpSync(seeds, inMemory, { recursive: true });
    cpSync(seeds, streamed, { recursive: true });
    const [cacheA, cacheB] = [temp('lazy-cache-eager'), temp('lazy-cache-streamed')];
    expect(buildKnowledgeFromDir(inMemory, { cacheDir: cacheA, racyMs: 0 }).held).toBeUndefined();
    const opened = buildKnowledgeFromDir(streamed, { cacheDir: cacheB, racyMs: 0, lazyBytes: 2 ** 24 });
    expect(opened.held).toBeDefined();
    expect(indexTables(cacheB, streamed)).toEqual(indexTables(cacheA, inMemory));
    expect(answers(opened)).toEqual(plain);
  });

  it('keeps the snapshot in a thread of its own, which the start then opens', async () => {
    const copy = temp('lazy-thread-copy');
    cpSync(seeds, copy, { recursive: true });
    const cacheCopy = temp('lazy-cache-thread');
    expect(await keepSnapshotInThread(copy, cacheCopy)).toBe(true);
    const kept = snapshotKey(cacheCopy, copy);
    const opened = buildKnowledgeFromDir(copy, { cacheDir: cacheCopy, racyMs: 0, lazyBytes: 2 ** 24 });
    expect(opened.held).toBeDefined();
    expect(snapshotKey(cacheCopy, copy)).toBe(kept);
    expect(answers(opened)).toEqual(plain);
  }, 60_000);

  it('keeps no more of the articles in memory than its bound (KNOWLEDGE_CACHE_MB), and answers the same', () => {
    const bound = 40_000;
    const lazy = buildKnowledgeFromDir(seeds, { cacheDir: cache, racyMs: 0, lazyBytes: bound });
    const bot = createBot({ knowledge: lazy, now: () => new Date('2024-04-18T10:00:00Z') });
    const got = QUESTIONS.map((q) => {
      const a = bot.handleLine(q, 'cli');
      expect(lazy.held!().bytes).toBeLessThanOrEqual(bound);
      return a;
    });
    expect(got).toEqual(plain);
    expect(lazy.held!().articles).toBeGreaterThan(0);
  });

  it("hands out the sentences of roles and events without reading their articles, and they are the articles' own once read", () => {
    const lazy = buildKnowledgeFromDir(seeds, { cacheDir: cache, racyMs: 0, lazyBytes: 64 * 2 ** 20 });
    const person = lazy.people.find((p) => p.roles.length)!;
    // A person's roles are made with the person from their row, the same objects after.
    expect(person.roles).toBe(person.roles);
    const role = person.roles[0]!.sentence;
    const event = lazy.events[lazy.events.length - 1]!.sentence;
    expect(lazy.held!()).toEqual({ articles: 0, bytes: 0 });
    // The same object each time, with what a citation needs.
    expect(person.roles[0]!.sentence).toBe(role);
    expect(role.text.length).toBeGreaterThan(0);
    expect(role.paragraph.article).toBe(lazy.articles.find((a) => a.id === role.paragraph.article.id));
    expect(lazy.held!().articles).toBe(0);
    // Reading the article (here through the paragraph's text) puts the same sentence object in its place.
    const paragraph = role.paragraph;
    expect(paragraph.text.slice(role.start, role.start + role.text.length)).toBe(role.text);
    const own = role.paragraph.article.paragraphs.flatMap((p) => p.sentences);
    expect(own).toContain(role);
    expect(role.paragraph.sentences).toContain(role);
    expect(role.paragraph.n).toBe(paragraph.n);
    expect(lazy.eventsBySentence.get(event)?.length).toBeGreaterThan(0);
    expect(event.paragraph.article.paragraphs.flatMap((p) => p.sentences)).toContain(event);
    expect(person.roles[0]!.sentence).toBe(role);
  });

  it('makes no person at start: each is made from their row when asked for, the same object while held, found by key, alias, name part and role word', () => {
    const lazy = buildKnowledgeFromDir(seeds, { cacheDir: cache, racyMs: 0, lazyBytes: 64 * 2 ** 20 });
    const full = buildKnowledgeFromDir(seeds);
    expect(lazy.peopleMade!()).toBe(0);
    const breed = lazy.peopleByKey.get('london breed')!;
    expect(lazy.peopleMade!()).toBe(1);
    expect(lazy.peopleByKey.get('london breed')).toBe(breed);
    expect(lazy.peopleByAlias.get('breed')).toEqual([breed]);
    expect(lazy.peopleFinder.positions('last', 'breed').map((i) => lazy.peopleFinder.at(i))).toEqual([breed]);
    expect(lazy.quotesBySpeaker.get(breed)?.every((q) => q.speaker === breed)).toBe(true);
    expect(lazy.peopleMade!()).toBeLessThan(lazy.peopleFinder.count);
    // The same people and words as a knowledge built in memory finds.
    expect(lazy.peopleFinder.count).toBe(full.peopleFinder.count);
    for (const [by, word] of [
      ['term', 'mayor'],
      ['alias', 'gong'],
      ['first', 'london'],
      ['word', 'of'],
    ] as const) {
      expect(lazy.peopleFinder.positions(by, word)).toEqual(full.peopleFinder.positions(by, word));
      expect(lazy.peopleFinder.positions(by, word).length).toBeGreaterThan(0);
    }
    expect(lazy.peopleFinder.wordsFrom('term', 'may')).toEqual(full.peopleFinder.wordsFrom('term', 'may'));
    expect(lazy.peopleFinder.nameWord('breed')).toEqual(full.peopleFinder.nameWord('breed'));
    expect(lazy.peopleFinder.nameWord('breed')).toEqual({ spelling: 'Breed', inKey: true });
  });

  it('finds the words of the roles holding a word without making anyone, and makes only the holders a filtered role search or a bare title passes', () => {
    const lazy = buildKnowledgeFromDir(seeds, { cacheDir: cache, racyMs: 0, lazyBytes: 64 * 2 ** 20 });
    const full = buildKnowledgeFromDir(seeds);
    expect(wordsOfRolesWith(lazy, 'mayor')).toEqual(wordsOfRolesWith(full, 'mayor'));
    expect(wordsOfRolesWith(lazy, 'mayor')).toContain('mayor');
    expect(lazy.peopleMade!()).toBe(0);
    const shown = (ms: Iterable<RoleMatch>) => [...ms].map((m) => [m.person.key, m.role.role, m.role.sentence.text]);
    // (No body after the title, in a story with a home line.)
    const only: RoleFilter = (text, article) => !/\b(?:of|at|for)\s+\p{Lu}/u.test(text) && homeLine(article) !== '';
    const mayors = peopleInRoleWhere(lazy, { title: 'mayor' }, only);
    const all = peopleInRole(full, { title: 'mayor' });
    expect(shown(mayors)).toEqual(shown(all.filter((m) => only(m.role.role, m.role.sentence.paragraph.article))));
    expect(mayors.length).toBeGreaterThan(0);
    expect(lazy.peopleMade!()).toBe(new Set(mayors.map((m) => m.person)).size);
    expect(lazy.peopleMade!()).toBeLessThan(all.length);
    // Asked again with no filter (and then with one), the same as a full build.
    expect(shown(peopleInRole(lazy, { title: 'mayor' }))).toEqual(shown(all));
    expect(shown(peopleInRoleWhere(lazy, { title: 'mayor' }, only))).toEqual(shown(mayors));
    const bare = (text: string) => fold(text) === 'mayor';
    expect(shown(rolesWithWordWhere(lazy, 'mayor', bare))).toEqual(shown(rolesWithWord(full, 'mayor').filter((m) => bare(m.role.role))));
    expect(shown(rolesWithWord(lazy, 'mayor'))).toEqual(shown(rolesWithWord(full, 'mayor')));
  });

  it('reads references through one getter per kind (no closure per object), own and enumerable as a full build has them', () => {
    const lazy = buildKnowledgeFromDir(seeds, { cacheDir: cache, racyMs: 0, lazyBytes: 64 * 2 ** 20 });
    const full = buildKnowledgeFromDir(seeds);
    const getter = (o: object, name: string) => Object.getOwnPropertyDescriptor(o, name)?.get;
    const [p1, p2] = lazy.people.filter((p) => p.roles.length);
    const [e1, e2] = lazy.events;
    const [a1, a2] = lazy.articles;
    for (const [x, y, name] of [
      [p1!, p2!, 'mentions'],
      [p1!.roles[0]!, p2!.roles[0]!, 'sentence'],
      [e1!, e2!, 'sentence'],
      [a1!, a2!, 'paragraphs'],
    ] as const) {
      expect(getter(x, name)).toBeTypeOf('function');
      expect(getter(x, name)).toBe(getter(y, name));
    }
    expect(Object.keys(p1!.roles[0]!)).toEqual(Object.keys(full.people.find((p) => p.roles.length)!.roles[0]!));
    expect(Object.keys(e1!)).toEqual(Object.keys(full.events[0]!));
    expect(Object.keys(p1!).sort()).toEqual(Object.keys(full.people[0]!).sort());
    // A spread (an answer moving an event's date) copies the sentence, as from a full build's event.
    expect({ ...e1! }.sentence).toBe(e1!.sentence);
    expect(p1!.mentions.length).toBeGreaterThan(0);
  });

  it("knows each article's home line (the place its leading line in capitals names) without reading it", () => {
    const lazy = buildKnowledgeFromDir(seeds, { cacheDir: cache, racyMs: 0, lazyBytes: 64 * 2 ** 20 });
    const full = buildKnowledgeFromDir(seeds);
    const homes = lazy.articles.map(homeLine);
    expect(lazy.held!().articles).toBe(0);
    expect(homes).toEqual(full.articles.map(homeLine));
    expect(homes.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('answers as a full build when role and event sentences were handed out before their articles were read', () => {
    const lazy = buildKnowledgeFromDir(seeds, { cacheDir: cache, racyMs: 0, lazyBytes: 64 * 2 ** 20 });
    const held = [...lazy.people.flatMap((p) => p.roles.map((r) => r.sentence)), ...lazy.events.map((e) => e.sentence)];
    expect(lazy.held!().articles).toBe(0);
    expect(answers(lazy)).toEqual(plain);
    expect(held.every((s) => s.paragraph.sentences.includes(s))).toBe(true);
  });

  it('reads the events from the index file as a question asks for them: none at start, the same ones in the same order as a full build', () => {
    const lazy = buildKnowledgeFromDir(seeds, { cacheDir: cache, racyMs: 0, lazyBytes: 64 * 2 ** 20 });
    const full = buildKnowledgeFromDir(seeds);
    const shape = (e: DatedEvent) => [e.date, e.phrase, e.sentence.text, e.sentence.paragraph.article.id];
    expect(lazy.eventsMade!()).toBe(0);
    expect(lazy.eventList.length).toBe(full.events.length);
    expect(lazy.eventsMade!()).toBe(0);
    // By position: a timeline's first events and its last.
    const n = full.events.length;
    expect(lazy.eventList.slice(0, 5).map(shape)).toEqual(full.events.slice(0, 5).map(shape));
    expect(lazy.eventList.slice(n - 1, n).map(shape)).toEqual([shape(full.events[n - 1]!)]);
    expect(lazy.eventsMade!()).toBe(6);
    // By day: only that day's events are made.
    const day = lazy.eventList.onDay('04-18');
    expect(day.length).toBeGreaterThan(0);
    expect(day.map(shape)).toEqual(full.events.filter((e) => e.date.precision === 'day' && e.date.start.slice(5) === '04-18').map(shape));
    expect(lazy.eventList.periods().map(shape)).toEqual(full.eventList.periods().map(shape));
    expect(lazy.eventsMade!()).toBeLessThan(n);
    // One object per event while it is held, whichever way it was reached.
    const e = day[0]!;
    expect(lazy.eventsByArticle.get(e.sentence.paragraph.article)).toContain(e);
    expect(lazy.eventsBySentence.get(e.sentence)).toContain(e);
    expect(lazy.eventList.onDay('04-18')[0]).toBe(e);
    // An article's events, as a full build groups them.
    for (const a of full.articles.slice(0, 20)) {
      const own = lazy.articles.find((x) => x.id === a.id)!;
      expect((lazy.eventsByArticle.get(own) ?? []).map(shape)).toEqual((full.eventsByArticle.get(a) ?? []).map(shape));
    }
  });

  it('keeps the events and people the answering knowledge reads while a reload keeps the next snapshot in the same index file', () => {
    const copy = temp('lazy-reload-copy');
    cpSync(seeds, copy, { recursive: true });
    const cacheCopy = temp('lazy-cache-reload');
    buildKnowledgeFromDir(copy, { cacheDir: cacheCopy, racyMs: 0, lazyBytes: 2 ** 24 });
    const old = buildKnowledgeFromDir(copy, { cacheDir: cacheCopy, racyMs: 0, lazyBytes: 2 ** 24 });
    const full = buildKnowledgeFromDir(copy);
    expect(old.eventsMade!()).toBe(0);
    expect(old.peopleMade!()).toBe(0);
    // A file added: the reload's child builds and keeps the new snapshot; the old knowledge answers until the swap.
    writeFileSync(
      join(copy, 'invented-visit.md'),
      articleText({ title: 'Harbor board plans visit', source: 'Testville Courier', published: '2024-04-10' }, [
        'Ana Ruiz, chair of the Testville harbor board, will lead a delegation to Ostvale on May 3, 2024.',
      ]),
    );
    expect(buildSnapshot(copy, { cacheDir: cacheCopy })).toBeDefined();
    const shape = (e: DatedEvent) => [e.date, e.phrase, e.sentence.text, e.sentence.paragraph.article.id];
    expect(old.eventList.onDay('04-18').map(shape)).toEqual(full.eventList.onDay('04-18').map(shape));
    expect(old.eventList.onDay('04-18').length).toBeGreaterThan(0);
    for (const a of full.articles.slice(0, 20)) {
      const own = old.articles.find((x) => x.id === a.id)!;
      expect((old.eventsByArticle.get(own) ?? []).map(shape)).toEqual((full.eventsByArticle.get(a) ?? []).map(shape));
    }
    const person = (k: Knowledge) => {
      const p = k.peopleByKey.get('london breed')!;
      return [p.name, p.aliases, p.roles.map((r) => [r.role, r.sentence.text]), p.mentions.length, k.peopleByAlias.get('breed')?.length];
    };
    expect(person(old)).toEqual(person(full));
    // The next reload lets the oldest go: the index file holds the events of two snapshots at most.
    writeFileSync(join(copy, 'invented-visit-2.md'), articleText({ title: 'Board returns', published: '2024-04-11' }, ['Ana Ruiz returned on May 9, 2024.']));
    expect(buildSnapshot(copy, { cacheDir: cacheCopy })).toBeDefined();
    const db = new Database(articleIndexPath(cacheCopy, copy), { readonly: true });
    expect(db.prepare('SELECT COUNT(DISTINCT texts) FROM snapshot_events').pluck().get()).toBe(2);
    for (const table of ['snapshot_people', 'snapshot_people_words', 'snapshot_name_words', 'snapshot_named', 'snapshot_people_keys'])
      expect(db.prepare(`SELECT COUNT(DISTINCT s) FROM ${table}`).pluck().get()).toBe(2);
    db.close();
  });

  it('lists the most mentioned people first as a full build does (the first PROMINENT of them), without sorting everyone', () => {
    const lazy = buildKnowledgeFromDir(seeds, { cacheDir: cache, racyMs: 0, lazyBytes: 64 * 2 ** 20 });
    const full = buildKnowledgeFromDir(seeds);
    expect(full.people.length).toBeGreaterThan(PROMINENT);
    expect(lazy.prominent).toHaveLength(PROMINENT);
    // Many people share a count of mentions: their order is the people's order, as in a stable sort.
    expect(new Set(full.prominent.slice(0, PROMINENT).map((p) => p.mentions.length)).size).toBeLessThan(PROMINENT / 2);
    expect(lazy.prominent.map((p) => p.key)).toEqual(full.prominent.slice(0, PROMINENT).map((p) => p.key));
  });

  it('builds in full when the events kept in the index file are not all there, and answers the same', () => {
    const copy = temp('lazy-events-gone');
    cpSync(seeds, copy, { recursive: true });
    const cacheCopy = temp('lazy-cache-events-gone');
    buildKnowledgeFromDir(copy, { cacheDir: cacheCopy, racyMs: 0, lazyBytes: 2 ** 24 });
    expect(buildKnowledgeFromDir(copy, { cacheDir: cacheCopy, racyMs: 0, lazyBytes: 2 ** 24 }).held).toBeDefined();
    const kept = snapshotKey(cacheCopy, copy);
    const db = new Database(articleIndexPath(cacheCopy, copy));
    const last = db.prepare<[], { ord: number }>('SELECT max(ord) AS ord FROM snapshot_events').get()!.ord;
    expect(db.prepare('DELETE FROM snapshot_events WHERE ord = ?').run(last).changes).toBe(1);
    db.close();
    const s = stats();
    const rebuilt = buildKnowledgeFromDir(copy, { cacheDir: cacheCopy, racyMs: 0, lazyBytes: 2 ** 24, stats: s });
    // Built in full (a new snapshot kept), then opened from it.
    expect(snapshotKey(cacheCopy, copy)).not.toBe(kept);
    expect(rebuilt.held).toBeDefined();
    expect(s.derived).toBe(0);
    expect(answers(rebuilt)).toEqual(plain);
    // The full build kept the snapshot and its events again.
    const again = buildKnowledgeFromDir(copy, { cacheDir: cacheCopy, racyMs: 0, lazyBytes: 2 ** 24 });
    expect(again.held).toBeDefined();
    expect(answers(again)).toEqual(plain);
  });

  it('builds in full when the people kept in the index file are not all there, and answers the same', () => {
    const copy = temp('lazy-people-gone');
    cpSync(seeds, copy, { recursive: true });
    const cacheCopy = temp('lazy-cache-people-gone');
    buildKnowledgeFromDir(copy, { cacheDir: cacheCopy, racyMs: 0, lazyBytes: 2 ** 24 });
    const kept = snapshotKey(cacheCopy, copy);
    const db = new Database(articleIndexPath(cacheCopy, copy));
    const last = db.prepare('SELECT s, max(i) FROM snapshot_people WHERE s = (SELECT s FROM snapshot_people_keys WHERE texts = ?)').raw().get(kept) as number[];
    expect(db.prepare('DELETE FROM snapshot_people WHERE s = ? AND i = ?').run(...last).changes).toBe(1);
    db.close();
    const rebuilt = buildKnowledgeFromDir(copy, { cacheDir: cacheCopy, racyMs: 0, lazyBytes: 2 ** 24 });
    expect(snapshotKey(cacheCopy, copy)).not.toBe(kept);
    expect(answers(rebuilt)).toEqual(plain);
    // The full build kept the snapshot again.
    const again = buildKnowledgeFromDir(copy, { cacheDir: cacheCopy, racyMs: 0, lazyBytes: 2 ** 24 });
    expect(again.held).toBeDefined();
    expect(answers(again)).toEqual(plain);
  });

  it('builds in full when a file changed, and keeps a new snapshot for the next start', () => {
    const copy = temp('lazy-changed');
    cpSync(seeds, copy, { recursive: true });
    const cacheCopy = temp('lazy-cache-changed');
    buildKnowledgeFromDir(copy, { cacheDir: cacheCopy, racyMs: 0, lazyBytes: 2 ** 24 });
    const kept = snapshotKey(cacheCopy, copy);
    const file = readdirSync(copy).sort()[0]!;
    writeFileSync(join(copy, file), readFileSync(join(copy, file), 'utf8').replace(/\n\n([^\n]+)\n?$/, '\n\nA closing line added to the story.\n'));
    const later = new Date(Date.now() + 5000);
    utimesSync(join(copy, file), later, later);
    const s = stats();
    const changed = buildKnowledgeFromDir(copy, { cacheDir: cacheCopy, racyMs: 0, lazyBytes: 2 ** 24, stats: s });
    expect(s.derived).toBe(1);
    expect(snapshotKey(cacheCopy, copy)).not.toBe(kept);
    expect(answers(changed)).toEqual(answers(buildKnowledgeFromDir(copy)));
    const again = buildKnowledgeFromDir(copy, { cacheDir: cacheCopy, racyMs: 0, lazyBytes: 2 ** 24 });
    expect(again.held).toBeDefined();
    expect(answers(again)).toEqual(answers(buildKnowledgeFromDir(copy)));
  }, 60_000);
});
