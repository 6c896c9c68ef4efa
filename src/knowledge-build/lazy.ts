import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { join } from 'node:path';
import { readEntry, readLinkMemo, type CacheLogger } from '../cache/cache.ts';
import type { CorpusMemo } from '../cache/corpus-memo.ts';
import { replayLinks } from '../cache/link-memo.ts';
import { homeLine, parseArticle, readArticleFile } from '../corpus/load.ts';
import type { Article, Paragraph, Sentence } from '../corpus/types.ts';
import type { ShortForm } from '../knowledge/abbreviations.ts';
import { deriveFacts } from './derive.ts';
import type { DatedEvent, Precision } from '../knowledge/events.ts';
import type { EventList } from './event-list.ts';
import type { Mention, Person, RoleFact } from '../knowledge/people.ts';
import type { Quote } from '../knowledge/quotes.ts';
import { roleTerms, TERMS } from '../knowledge/role-words.ts';
import type { PeopleFinder } from '../knowledge/people-finder.ts';
import { keepPeople, keptPeople, type KeptPeople, type KeptPerson, type PersonRow } from './people-table.ts';
import { keepPlaces, keptPlaces } from './places-table.ts';
import type { Places } from '../knowledge/places.ts';

// The knowledge of an unchanged corpus without reading it: what the whole corpus needs at hand (the
// articles' titles and dates, places, initials and abbreviations) is one snapshot kept in the index
// file when the corpus was built, the people and the dated events in tables beside it read as asked
// (keepPeople, keepEvents); what each article holds (its paragraphs and sentences, who is mentioned where,
// its quotes) is read from its knowledge-cache entry and link memo when a question reads it, and
// kept in a least-recently-used cache bounded in bytes (KNOWLEDGE_CACHE_MB). References from the
// corpus-wide parts to sentences (a role's sentence, an event's, a person's mentions) are kept as
// (article, sentence) numbers and resolved on use. An article read again while something still holds
// its sentences gets the same objects (a weak reference), so identity holds within a question.

/** What the whole corpus needs at hand, as kept in the index file (JSON). */
export interface KnowledgeSnapshot {
  v: 1;
  /**
   * id, file, content hash, title, source, published, url, dateline, main person (-1: none), the people
   * it names (indexes into people), byline, and the place its leading line names (homeLine: '' none).
   * The head keeps neither hash nor people ('' and []): a start has the hashes from the seeds'
   * manifest, and whom an article names is read with it (keepPeople).
   */
  articles: [
    id: string,
    file: string,
    hash: string,
    title: string,
    source: string,
    published: string,
    url: string | null,
    dateline: string | null,
    subject: number,
    people: number[],
    byline?: string | null,
    home?: string,
  ][];
  /** The people (PersonRow), kept in the index file's tables (keepPeople: empty in the head). */
  people: PersonRow[];
  /** How many people the index file keeps under `texts`, and the positions of the most mentioned, most first (keepPeople). */
  peopleCount?: number;
  prominent?: number[];
  /** In date order: start, end, precision, phrase, article, sentence (kept in the index file's table, keepEvents: empty in the head). */
  events: [start: string, end: string | null, precision: Precision, phrase: string, article: number, sentence: number][];
  /** How many events the index file keeps under `texts` (keepEvents). */
  eventCount?: number;
  /** Folded key and name, in the order found (kept in the index file's table, keepPlaces: empty in the head). */
  places: [string, string][];
  /** How many places the index file keeps under `texts` (keepPlaces). */
  placeCount?: number;
  initials: [string, string][];
  /** Folded short form, short, long, and the defining sentence (-1, -1: none). */
  abbreviations: [key: string, short: string, long: string, article: number, sentence: number][];
  quotes: number;
  sentences: number;
  /** The key of the copy of the sentences the parts above refer to, kept in the index file (keepSentences); absent: none kept. */
  texts?: string;
}

/** A sentence the snapshot refers to, as kept in the index file: article, sentence, paragraph kind (1: caption), number and order, start, text. */
export type SentenceRow = [article: number, sentence: number, caption: number, n: number, order: number, start: number, text: string];

/** A map as the answers read it: by key only. */
export interface Lookup<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
}

/** A read-only view over a lookup function: it has a key when it finds something for it. */
export function lookup<K, V>(get: (key: K) => V | undefined): Lookup<K, V> {
  return { get, has: (key) => get(key) !== undefined };
}

export interface EagerParts {
  articles: Article[];
  hashOf: (a: Article) => string | undefined;
  people: Person[];
  quotes: Quote[];
  events: DatedEvent[];
  peopleOfArticle: Map<Article, Person[]>;
  subjects: Map<Article, Person | undefined>;
  places: Map<string, string>;
  initials: Map<string, string>;
  abbreviations: Map<string, ShortForm>;
  sentences: number;
}

/**
 * The snapshot of a knowledge built in full, and the sentences its roles, events and abbreviations
 * refer to (kept beside it, so that an answer citing thousands of them reads no article); undefined
 * when an article has no content hash.
 */
export function snapshotOf(k: EagerParts): { snapshot: KnowledgeSnapshot; sentences: SentenceRow[] } | undefined {
  const articleIndex = new Map(k.articles.map((a, i) => [a, i]));
  const personIndex = new Map(k.people.map((p, i) => [p, i]));
  const at = new Map<Sentence, [number, number]>();
  k.articles.forEach((a, i) => {
    let n = 0;
    for (const p of a.paragraphs) for (const s of p.sentences) at.set(s, [i, n++]);
  });
  const rows = new Map<Sentence, SentenceRow>();
  const ref = (s: Sentence | undefined): [number, number] => (s && at.get(s)) || [-1, -1];
  const kept = (s: Sentence | undefined): [number, number] => {
    const r = ref(s);
    if (s && r[0] >= 0 && !rows.has(s)) rows.set(s, sentenceRow(r[0], r[1], s));
    return r;
  };
  const quoted = new Map<Person, Set<number>>();
  for (const q of k.quotes) {
    const set = quoted.get(q.speaker) ?? new Set<number>();
    set.add(articleIndex.get(q.paragraph.article)!);
    quoted.set(q.speaker, set);
  }
  const articles: KnowledgeSnapshot['articles'] = [];
  for (const a of k.articles) {
    const hash = k.hashOf(a);
    if (!hash) return undefined;
    const subject = k.subjects.get(a);
    articles.push([
      a.id,
      a.file,
      hash,
      a.title,
      a.source,
      a.published,
      a.url ?? null,
      a.dateline ?? null,
      subject ? personIndex.get(subject)! : -1,
      (k.peopleOfArticle.get(a) ?? []).map((p) => personIndex.get(p)!),
      a.byline ?? null,
      homeLine(a),
    ]);
  }
  const snapshot: KnowledgeSnapshot = {
    v: 1,
    articles,
    people: k.people.map((p) => [
      p.key,
      p.name,
      p.aliases,
      p.roles.flatMap((r) => [r.role, ...kept(r.sentence)]),
      p.mentions.flatMap((s) => ref(s)),
      [...(quoted.get(p) ?? [])],
      p.roles.map((r) => roleTerms(r).join(' ')),
    ]),
    events: k.events.map((e) => [e.date.start, e.date.end ?? null, e.date.precision, e.phrase, ...kept(e.sentence)]),
    places: [...k.places],
    initials: [...k.initials],
    abbreviations: [...k.abbreviations].map(([key, f]) => [key, f.short, f.long, ...kept(f.sentence)]),
    quotes: k.quotes.length,
    sentences: k.sentences,
  };
  return { snapshot, sentences: [...rows.values()] };
}

const SENTENCES =
  'CREATE TABLE IF NOT EXISTS snapshot_sentences (texts TEXT NOT NULL, a INTEGER NOT NULL, s INTEGER NOT NULL, caption INTEGER NOT NULL, n INTEGER NOT NULL, ord INTEGER NOT NULL, start INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (texts, a, s)) WITHOUT ROWID';

/** The row kept for sentence `n` (in document order) of article `a`. */
export const sentenceRow = (a: number, n: number, s: Sentence): SentenceRow => [
  a,
  n,
  s.paragraph.kind === 'caption' ? 1 : 0,
  s.paragraph.n,
  s.paragraph.order,
  s.start,
  s.text,
];

/**
 * Writes the sentences a snapshot refers to in the index file under `key`, one at a time (the
 * sentences of earlier snapshots go at `done`); throws where they cannot be written.
 */
export function sentenceWriter(db: Database.Database, key: string): { keep(row: SentenceRow): void; done(): void } {
  db.exec(SENTENCES);
  const insert = db.prepare('INSERT OR REPLACE INTO snapshot_sentences (texts, a, s, caption, n, ord, start, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  return {
    keep: (r) => insert.run(key, ...r),
    done: () => db.prepare('DELETE FROM snapshot_sentences WHERE texts != ?').run(key),
  };
}

/** Keeps the sentences a snapshot refers to in the index file under `key` (those of earlier snapshots go); false where they could not be written. */
export function keepSentences(db: Database.Database, key: string, rows: SentenceRow[]): boolean {
  try {
    const writer = sentenceWriter(db, key);
    db.transaction(() => {
      writer.done();
      for (const r of rows) writer.keep(r);
    })();
    return true;
  } catch {
    return false;
  }
}

/** A kept sentence of a snapshot: caption, n, order, start, text. */
export type KeptSentenceRow = [caption: number, n: number, order: number, start: number, text: string];

/** The kept sentences of a snapshot, read from the index file; undefined: not kept. */
export interface KeptSentence {
  at(article: number, sentence: number): KeptSentenceRow | undefined;
  /** Those of these (article, sentence) pairs, in one statement (a role search cites thousands). */
  many(pairs: [article: number, sentence: number][]): (KeptSentenceRow | undefined)[];
}

/** The sentences kept under `key` (keepSentences), or undefined where the index file holds none. */
export function keptSentences(db: Database.Database, key: string): KeptSentence | undefined {
  try {
    const read = db
      .prepare<[string, number, number], [number, number, number, number, string]>(
        'SELECT caption, n, ord, start, text FROM snapshot_sentences WHERE texts = ? AND a = ? AND s = ?',
      )
      .raw();
    // (The pairs in their order: CROSS JOIN keeps them the outer loop, each row found by its key.)
    const many = db
      .prepare<[string, string], [number, ...KeptSentenceRow]>(
        'SELECT j.key, t.caption, t.n, t.ord, t.start, t.text FROM json_each(?) j CROSS JOIN snapshot_sentences t ON t.texts = ? AND t.a = j.value ->> 0 AND t.s = j.value ->> 1',
      )
      .raw();
    if (!db.prepare('SELECT 1 FROM snapshot_sentences WHERE texts = ? LIMIT 1').get(key)) return undefined;
    return {
      at(a, s) {
        try {
          return read.get(key, a, s);
        } catch {
          return undefined;
        }
      },
      many(pairs) {
        const out = new Array<KeptSentenceRow | undefined>(pairs.length);
        try {
          for (const [k, ...row] of many.iterate(JSON.stringify(pairs), key)) out[k] = row;
        } catch {
          // none read: each is read alone when asked for
        }
        return out;
      },
    };
  } catch {
    return undefined;
  }
}

const EVENTS = [
  'CREATE TABLE IF NOT EXISTS snapshot_events (texts TEXT NOT NULL, ord INTEGER NOT NULL, start TEXT NOT NULL, finish TEXT, precision TEXT NOT NULL, phrase TEXT NOT NULL, a INTEGER NOT NULL, s INTEGER NOT NULL, md TEXT, PRIMARY KEY (texts, ord)) WITHOUT ROWID',
  'CREATE INDEX IF NOT EXISTS snapshot_events_article ON snapshot_events (texts, a, ord)',
  // Only events dated to a day have a month and day (md), as /onthisday reads them.
  'CREATE INDEX IF NOT EXISTS snapshot_events_day ON snapshot_events (texts, md, ord) WHERE md IS NOT NULL',
  'CREATE INDEX IF NOT EXISTS snapshot_events_period ON snapshot_events (texts, ord) WHERE md IS NOT NULL AND finish IS NOT NULL',
];

/**
 * Keeps a snapshot's events (in date order) in the index file under `key`; false where they could not
 * be written. Those of earlier snapshots go, but for the one the kept head names: a knowledge opened
 * from it reads its events as asked, and answers until a reload swaps in this one.
 */
export function keepEvents(db: Database.Database, key: string, events: KnowledgeSnapshot['events']): boolean {
  try {
    for (const sql of EVENTS) db.exec(sql);
    const insert = db.prepare('INSERT INTO snapshot_events (texts, ord, start, finish, precision, phrase, a, s, md) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const answering = headTexts(db) ?? key;
    db.transaction(() => {
      db.prepare('DELETE FROM snapshot_events WHERE texts NOT IN (?, ?)').run(key, answering);
      events.forEach(([start, end, precision, phrase, a, s], ord) =>
        insert.run(key, ord, start, end, precision, phrase, a, s, precision === 'day' ? start.slice(5) : null),
      );
    })();
    return true;
  } catch {
    return false;
  }
}

/** The key of the sentences and events the snapshot head kept in the index file names, or undefined. */
function headTexts(db: Database.Database): string | undefined {
  try {
    const texts = db.prepare<[string], unknown>("SELECT json_extract(value, '$.texts') FROM memo WHERE name = ?").pluck().get(SNAPSHOT);
    return typeof texts === 'string' ? texts : undefined;
  } catch {
    return undefined;
  }
}

/** An event as kept in the index file: its place in date order, start, end, precision, phrase, article, sentence. */
export type EventRow = [ord: number, start: string, end: string | null, precision: Precision, phrase: string, article: number, sentence: number];

/** The events kept under a key (keepEvents), read by position, article, or month and day. */
export interface KeptEvents {
  count: number;
  range(from: number, to: number): EventRow[];
  ofArticle(article: number): EventRow[];
  onDay(md: string): EventRow[];
  periods(): EventRow[];
}

/** The events kept under `key` (keepEvents), `count` of them; undefined where the index file holds another number. */
export function keptEvents(db: Database.Database, key: string, count: number): KeptEvents | undefined {
  try {
    // The reads by article and by day name their index: without statistics the planner would walk the
    // primary key in date order instead (a whole table for each article).
    const columns = (index: string) => `SELECT ord, start, finish, precision, phrase, a, s FROM snapshot_events INDEXED BY ${index} WHERE texts = ?`;
    const range = db
      .prepare<[string, number, number], EventRow>(
        'SELECT ord, start, finish, precision, phrase, a, s FROM snapshot_events WHERE texts = ? AND ord >= ? AND ord < ? ORDER BY ord',
      )
      .raw();
    const ofArticle = db.prepare<[string, number], EventRow>(`${columns('snapshot_events_article')} AND a = ? ORDER BY ord`).raw();
    const onDay = db.prepare<[string, string], EventRow>(`${columns('snapshot_events_day')} AND md = ? ORDER BY ord`).raw();
    const periods = db.prepare<[string], EventRow>(`${columns('snapshot_events_period')} AND md IS NOT NULL AND finish IS NOT NULL ORDER BY ord`).raw();
    // The last one is there and none after it: all were written (in one transaction).
    const last = count ? range.get(key, count - 1, count) : undefined;
    if ((count && !last) || range.get(key, count, count + 1)) return undefined;
    // A read that fails (the file gone or busy) finds none.
    const safely =
      <A extends unknown[]>(read: (...args: A) => EventRow[]) =>
      (...args: A): EventRow[] => {
        try {
          return read(...args);
        } catch {
          return [];
        }
      };
    return {
      count,
      range: safely((from: number, to: number) => range.all(key, from, to)),
      ofArticle: safely((a: number) => ofArticle.all(key, a)),
      onDay: safely((md: string) => onDay.all(key, md)),
      periods: safely(() => periods.all(key)),
    };
  } catch {
    return undefined;
  }
}

/** The corpus memo's name of the snapshot's head. */
export const SNAPSHOT = 'knowledge-snapshot';

/** Whether a start could open the snapshot kept for this corpus: its head, and all the people and events it names are there. */
export function snapshotKept(memo: CorpusMemo, db: Database.Database): boolean {
  const raw = memo.get(SNAPSHOT);
  if (raw === undefined) return false;
  try {
    const head = JSON.parse(raw) as Partial<KnowledgeSnapshot>;
    return (
      typeof head.texts === 'string' &&
      typeof head.eventCount === 'number' &&
      typeof head.peopleCount === 'number' &&
      Array.isArray(head.prominent) &&
      keptEvents(db, head.texts, head.eventCount) !== undefined &&
      keptPeople(db, head.texts, head.peopleCount, head.articles?.length ?? 0) !== undefined &&
      typeof head.placeCount === 'number' &&
      keptPlaces(db, head.texts, head.placeCount) !== undefined
    );
  } catch {
    return false;
  }
}

/**
 * Keeps a snapshot: its people (`count` of them, made a slice at a time by `rows`) in the index file's
 * tables under its key (keepPeople), then the rest (the head) in the corpus memo, naming how many and
 * the most mentioned (its events are kept in a table too: keepEvents).
 */
export function keepSnapshot(
  memo: CorpusMemo,
  db: Database.Database,
  snapshot: KnowledgeSnapshot & { texts: string },
  count = snapshot.people.length,
  rows = (from: number, to: number) => snapshot.people.slice(from, to),
): void {
  const named = snapshot.articles.map((a) => a[9]);
  const answering = headTexts(db) ?? snapshot.texts;
  const prominent = keepPeople(db, snapshot.texts, answering, count, rows, named);
  const places = prominent && keepPlaces(db, snapshot.texts, answering, snapshot.places);
  const articles = snapshot.articles.map((row) => {
    const kept = [...row] as typeof row;
    kept[2] = '';
    kept[9] = [];
    return kept;
  });
  // The head last: a head found for a corpus has all its people (kept under its key).
  if (prominent && places)
    memo.set(
      SNAPSHOT,
      JSON.stringify({ ...snapshot, articles, people: [], events: [], places: [], peopleCount: count, prominent, placeCount: snapshot.places.length }),
    );
}

/** What one article holds, read on demand. */
interface Unit {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  index: Map<Sentence, number>;
  terms: string[];
  mentions: Map<Sentence, Mention[]>;
  quotes: Quote[];
  /** Approximate bytes held, for the cache's bound. */
  size: number;
}

export interface LazySources {
  /** The engine's folder of the knowledge cache, its key, and the seeds folder (an entry that cannot be read is derived from its file). */
  folder: string;
  engine: string;
  dir: string;
  /** Bound of the articles kept in memory, in bytes. */
  maxBytes: number;
  logger?: CacheLogger;
  /** The sentences the snapshot refers to, kept in the index file: handed out without reading their articles. */
  texts?: KeptSentence;
  /** The events, kept in the index file: read as asked. */
  events: KeptEvents;
  /** The people, kept in the index file: read as asked. */
  people: KeptPeople;
  /** The places, kept in the index file: read as asked. */
  places: Places;
  /** The i-th article's content hash (its knowledge-cache entry). */
  hashOf: (i: number) => string;
}

/** The corpus-wide parts of the knowledge, with everything per article read through `article(i)`. */
export interface LazyParts {
  articles: Article[];
  people: PeopleFinder;
  /** Every person, made from their rows (tests). */
  everyone(): Iterable<Person>;
  prominent(): Person[];
  eventList: EventList;
  subjectOf(article: Article): Person | undefined;
  /** Whether the i-th article is mostly about this person. */
  isSubject(i: number, person: Person): boolean;
  places: Places;
  initials: Map<string, string>;
  abbreviations: Map<string, ShortForm>;
  quoteCount: number;
  sentences: number;
  mentions: Lookup<Sentence, Mention[]>;
  eventsByArticle: Lookup<Article, DatedEvent[]>;
  eventsBySentence: Lookup<Sentence, DatedEvent[]>;
  quotesByArticle: Lookup<Article, Quote[]>;
  quotesBySpeaker: Lookup<Person, Quote[]>;
  /** The articles that mention a person, without reading them. */
  articlesOf(person: Person): Set<Article>;
  termsOfSentence(s: Sentence): string | undefined;
  /** The articles held in memory now and their approximate bytes (tests, metrics). */
  held(): { articles: number; bytes: number };
  /** How many event objects were made from the index file's rows so far (tests). */
  eventsMade(): number;
  /** How many people were made from the index file's rows so far (tests). */
  peopleMade(): number;
}

/**
 * Work in slices: a generator that yields between them, run at once (runSteps) or with the event loop
 * turning between slices (runStepsAsync), so that a reload opening a snapshot keeps answering.
 */
export type Steps<T> = Generator<void, T, void>;

/** Every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The steps, letting the event loop turn (setImmediate) whenever about `sliceMs` of them have run. */
export async function runStepsAsync<T>(steps: Steps<T>, sliceMs = 8): Promise<T> {
  let since = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - since >= sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  }
}

/** The people made from their rows kept in memory (the most recently read), besides those anything else holds. */
const PEOPLE_HELD = 5_000;

/**
 * The articles whose events are kept in memory once read (about five events each, 40-50 MB when
 * full): a question may read the events of tens of thousands of candidate articles, each read from
 * the index file in about 15 µs.
 */
const EVENT_ARTICLES = 25_000;

// The people, roles, events and articles of a snapshot read their sentences and paragraphs through
// getters shared by every object of a kind, their references kept as symbol properties: a getter
// written in an object literal is a closure per object, and V8 keeps such an object's properties in
// a dictionary (about 340 bytes more per object, 300 MB of heap for the 900,000 of a 50,000-article
// corpus). The getters stay own, enumerable properties, as in a literal (a spread copies their value).
// The symbol properties are written in the object literal: V8 sizes an object for its literal's
// properties, and one added later goes to a separate property array (24 bytes more per object). A
// role's or event's sentence is two numbers (ART, SEN), not an array of two (64 bytes more); a role
// made by a role search may carry its kept sentence, read with its person's row (KEPT), until first
// asked for. A person's mentions, as (article, sentence) pairs, and then the articles quoting them
// are one Int32Array (REFS), split at QUOTED, read from the row by READ when first asked for (a role
// search makes thousands of people and asks few of them); AT is the person's position.
const RESOLVE = Symbol('resolve');
const ART = Symbol('article');
const SEN = Symbol('sentence');
const KEPT = Symbol('kept sentence');
const REFS = Symbol('refs');
const READ = Symbol('read refs');
const QUOTED = Symbol('quoted');
const AT = Symbol('position');
type Positioned = { [AT]: number };
type Resolve = (a: number, s: number, kept?: KeptSentenceRow) => unknown;
type Deferred = { [RESOLVE]: Resolve; [ART]: number; [SEN]: number; [KEPT]?: KeptSentenceRow | KeptBatch };
/** The roles a role search made (peopleAt), whose kept sentences are read in one statement when the first of them is asked for. */
type KeptBatch = { read(): void };
type Refs = { [RESOLVE]: Resolve; [READ]: (p: Refs & Positioned) => void; [REFS]: Int32Array | undefined; [QUOTED]: number };
/** A person's references: mentions as (article, sentence) pairs, or the articles holding their quotes; none for a person made elsewhere. */
function refsOf(p: Person, what: 'mentions' | 'quoted'): { refs: Int32Array; start: number; end: number } {
  const r = p as Partial<Refs & Positioned>;
  if (!r[REFS] && r[READ]) r[READ](r as Refs & Positioned);
  if (!r[REFS]) return { refs: new Int32Array(0), start: 0, end: 0 };
  return what === 'mentions' ? { refs: r[REFS], start: 0, end: r[QUOTED]! } : { refs: r[REFS], start: r[QUOTED]!, end: r[REFS].length };
}
/** What a person without aliases holds: one shared list, frozen (nothing adds to a lazy knowledge's people). */
const NO_ALIASES = Object.freeze([]) as unknown as string[];
const SENTENCE: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Deferred) {
    let kept = this[KEPT];
    if (kept && !Array.isArray(kept)) {
      kept.read();
      kept = this[KEPT] as KeptSentenceRow | undefined;
    }
    // (Used once: the sentence made from it is then the one handed out while anything holds it.)
    if (kept) this[KEPT] = undefined;
    return this[RESOLVE](this[ART], this[SEN], kept);
  },
};
const MENTIONS: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Refs) {
    const { refs, end } = refsOf(this as unknown as Person, 'mentions');
    const out: unknown[] = [];
    for (let k = 0; k < end; k += 2) out.push(this[RESOLVE](refs[k]!, refs[k + 1]!));
    return out;
  },
};
const PARAGRAPHS: PropertyDescriptor = {
  enumerable: true,
  get(this: Deferred) {
    return this[RESOLVE](this[ART], 0);
  },
};

/** The corpus-wide parts made from a snapshot, in steps; undefined when it does not make sense. */
export function* lazyPartsSteps(snap: KnowledgeSnapshot, from: LazySources): Steps<LazyParts | undefined> {
  if (snap?.v !== 1 || ![snap.articles, snap.people].every(Array.isArray)) return undefined;
  const units = new LRUCache<number, Unit>({ maxSize: Math.max(1, from.maxBytes), sizeCalculation: (u) => Math.max(1, u.size) });
  const weak: (WeakRef<Unit> | undefined)[] = [];
  const unitOfParagraph = new WeakMap<Paragraph, Unit>();

  const unit = (i: number): Unit => {
    let u = units.get(i);
    if (u) return u;
    u = weak[i]?.deref();
    if (!u) {
      u = load(i);
      weak[i] = new WeakRef(u);
      for (const p of u.paragraphs) unitOfParagraph.set(p, u);
    }
    units.set(i, u);
    return u;
  };
  // A sentence the snapshot refers to, asked for while its article is not in memory, is made from
  // its kept copy (from.texts) with a stand-in paragraph that reads the article only when its text
  // or sentences are asked for. It is the sentence's one object until the article is read; the
  // article then takes it in place of its own (load), so identity holds as if it had been read.
  const standIns: (Map<number, WeakRef<Sentence>> | undefined)[] = [];
  const standInParagraphs: (Map<number, WeakRef<Paragraph>> | undefined)[] = [];
  const articleOfStandIn = new WeakMap<Paragraph, number>();
  const indexOfStandIn = new WeakMap<Sentence, number>();
  const sentenceAt = (a: number, s: number, kept?: KeptSentenceRow): Sentence => {
    if (!from.texts || units.has(a) || weak[a]?.deref()) return unit(a).sentences[s]!;
    const held = standIns[a]?.get(s)?.deref();
    if (held) return held;
    const row = kept ?? from.texts.at(a, s);
    if (!row) return unit(a).sentences[s]!;
    const [caption, n, order, start, text] = row;
    const paragraphs = (standInParagraphs[a] ??= new Map());
    let paragraph = paragraphs.get(order)?.deref();
    if (!paragraph) {
      paragraph = {
        article: articles[a]!,
        kind: caption ? 'caption' : 'story',
        n,
        order,
        get text() {
          return unit(a).paragraphs[order]!.text;
        },
        get sentences() {
          return unit(a).paragraphs[order]!.sentences;
        },
      };
      paragraphs.set(order, new WeakRef(paragraph));
      articleOfStandIn.set(paragraph, a);
    }
    const sentence: Sentence = { paragraph, start, text };
    (standIns[a] ??= new Map()).set(s, new WeakRef(sentence));
    indexOfStandIn.set(sentence, s);
    return sentence;
  };
  const paragraphsOf = (i: number) => unit(i).paragraphs;
  const unitOf = (s: Sentence): Unit | undefined => {
    const a = articleOfStandIn.get(s.paragraph);
    if (a !== undefined) unit(a);
    return unitOfParagraph.get(s.paragraph);
  };

  const articles: Article[] = snap.articles.map(([id, file, , title, source, published, url, dateline, , , byline, home], i) => {
    // (homeLine kept: a filter on the story's home over every article reads none of them.)
    const a = { id, file, title, source, published, homeLine: home } as Article & Deferred;
    if (url !== null) a.url = url;
    if (dateline !== null) a.dateline = dateline;
    if (typeof byline === 'string') a.byline = byline;
    a[RESOLVE] = paragraphsOf;
    a[ART] = i;
    return Object.defineProperty(a, 'paragraphs', PARAGRAPHS);
  });
  const articleIndex = new Map(articles.map((a, i) => [a, i]));

  function load(i: number): Unit {
    const article = articles[i]!;
    const hash = from.hashOf(i);
    let entry = readEntry(from.folder, from.engine, hash, article);
    if (!entry) {
      from.logger?.warn({ file: article.file }, 'knowledge cache entry unreadable; deriving the article again from its file');
      try {
        const parsed = parseArticle(article.file, readArticleFile(join(from.dir, article.file)).toString('utf8'));
        for (const p of parsed.paragraphs) p.article = article;
        entry = { paragraphs: parsed.paragraphs, facts: deriveFacts(parsed) };
      } catch {
        entry = { paragraphs: [], facts: { terms: [] } as unknown as ReturnType<typeof deriveFacts> };
      }
    }
    const paragraphs = entry.paragraphs;
    const sentences = paragraphs.flatMap((p) => p.sentences);
    // The stand-ins handed out for this article's sentences take their places.
    for (const [k, ref] of standIns[i] ?? []) {
      const standIn = ref.deref();
      const own = sentences[k];
      if (!standIn || !own || own.text !== standIn.text || own.start !== standIn.start) continue;
      const siblings = own.paragraph.sentences;
      siblings[siblings.indexOf(own)] = standIn;
      standIn.paragraph = own.paragraph;
      sentences[k] = standIn;
    }
    standIns[i] = undefined;
    standInParagraphs[i] = undefined;
    const memo = readLinkMemo(from.folder, from.engine, hash);
    const named = from.people.namedIn(i);
    const linked =
      memo &&
      named &&
      replayLinks(
        paragraphs,
        named.map((p) => people.at(p)),
        memo,
      );
    if (!linked) from.logger?.warn({ file: article.file }, 'knowledge cache link memo unreadable; the article is read without its mentions and quotes');
    const mentions = linked?.mentions ?? new Map<Sentence, Mention[]>();
    // Calibrated on generated articles (heap growth per article read, with the retriever's term sets): about twice the text's bytes.
    let size = 2_000 + sentences.length * 300 + mentions.size * 150;
    for (const p of paragraphs) size += p.text.length * 4 + 200;
    for (const t of entry.facts.terms) size += t.length * 2 + 80;
    return { paragraphs, sentences, index: new Map(sentences.map((s, k) => [s, k])), terms: entry.facts.terms, mentions, quotes: linked?.quotes ?? [], size };
  }

  // A role as the answers read it, its sentence resolved on use.
  const roleFactsOf = (roles: (string | number)[], termsOfRoles: string[]): RoleFact[] => {
    // Sized at once: a list grown by push holds 17 places for its first item.
    const facts: RoleFact[] = new Array<RoleFact>(roles.length / 3);
    for (let k = 0; k < roles.length; k += 3) {
      const known = termsOfRoles[k / 3];
      const fact = {
        role: roles[k] as string,
        [TERMS]: typeof known === 'string' ? known : undefined,
        [RESOLVE]: sentenceAt,
        [ART]: roles[k + 1] as number,
        [SEN]: roles[k + 2] as number,
        [KEPT]: undefined,
      };
      facts[k / 3] = Object.defineProperty(fact, 'sentence', SENTENCE) as unknown as RoleFact;
    }
    return facts;
  };
  const readRefs = (p: Refs & Positioned): void => {
    const [mentions, quotedIn] = from.people.refsAt(p[AT]) ?? [[], []];
    const refs = new Int32Array(mentions.length + quotedIn.length);
    refs.set(mentions);
    refs.set(quotedIn, mentions.length);
    p[REFS] = refs;
    p[QUOTED] = mentions.length;
  };
  const personOf = ([i, key, name, aliases, roles, terms]: KeptPerson): Person => {
    const person = {
      key,
      name,
      aliases: aliases.length ? aliases : NO_ALIASES,
      roles: roleFactsOf(roles, terms),
      [RESOLVE]: sentenceAt,
      [READ]: readRefs,
      [REFS]: undefined,
      [QUOTED]: 0,
      [AT]: i,
    };
    return Object.defineProperty(person, 'mentions', MENTIONS) as unknown as Person;
  };
  // People are made from their rows as asked, one object per person while anything holds it (a weak
  // reference, as for events), the PEOPLE_HELD read most recently kept.
  const personRefs = new Map<number, WeakRef<Person>>();
  let peopleMade = 0;
  const peopleHeld = new LRUCache<number, Person>({ max: PEOPLE_HELD });
  const personGone = new FinalizationRegistry<number>((i) => {
    if (!personRefs.get(i)?.deref()) personRefs.delete(i);
  });
  /** A person whose row cannot be read (the file gone or busy): no one's name, no roles. */
  const missing = (i: number): Person => ({ key: '', name: '', aliases: NO_ALIASES, roles: [], mentions: [], [AT]: i }) as Person;
  const makePerson = (row: KeptPerson): Person => {
    const p = personOf(row);
    peopleMade++;
    personRefs.set(row[0], new WeakRef(p));
    personGone.register(p, row[0]);
    return p;
  };
  const personAt = (i: number): Person => {
    let p = peopleHeld.get(i) ?? personRefs.get(i)?.deref();
    if (!p) {
      const row = from.people.at(i);
      if (!row) return missing(i);
      p = makePerson(row);
    }
    peopleHeld.set(i, p);
    return p;
  };
  // The rows the last rolesAt read whole, until the next people are made.
  let readRows: Map<number, KeptPerson> | undefined;
  const rolesAt = (positions: number[], whole?: boolean): [number, { role: string; terms: string[]; article: number }[]][] => {
    const read = from.people.rolesAt(positions, whole);
    readRows = whole ? new Map(read.map(([i, , row]) => [i, row!])) : undefined;
    return read.map(([i, roles]) => [i, roles]);
  };
  // Those not made yet are read in one statement; so are the kept sentences of role roles[n] of the n-th, where not in memory.
  const peopleAt = (positions: number[], roles?: number[]): Person[] => {
    const found = new Map<number, Person>();
    const unread: number[] = [];
    for (const i of positions) {
      const p = peopleHeld.peek(i) ?? personRefs.get(i)?.deref();
      if (p) found.set(i, p);
      else if (!found.has(i)) {
        found.set(i, missing(i));
        unread.push(i);
      }
    }
    if (unread.length) {
      // (Those whose rows the last rolesAt read, a role search's fits, are made from them.)
      const rest = readRows ? unread.filter((i) => !readRows!.has(i)) : unread;
      if (readRows) for (const i of unread) if (readRows.has(i)) found.set(i, makePerson(readRows.get(i)!));
      if (rest.length) for (const row of from.people.many(rest)) found.set(row[0], makePerson(row));
    }
    readRows = undefined;
    const texts = from.texts;
    if (roles && texts) {
      // (Read when the first of them is asked for, not here: a filter over every holder of a title
      // may read only their roles' articles, articleOf, and none of their sentences.)
      const cited = positions.map((i, n) => found.get(i)!.roles[roles[n]!] as (RoleFact & Deferred) | undefined);
      const batch: KeptBatch = {
        read() {
          const unheld = cited.filter((r): r is RoleFact & Deferred => {
            if (!r || r[KEPT] !== batch) return false;
            r[KEPT] = undefined;
            const a = r[ART];
            return !units.has(a) && !weak[a]?.deref() && !standIns[a]?.get(r[SEN])?.deref();
          });
          const rows = texts.many(unheld.map((r) => [r[ART], r[SEN]]));
          unheld.forEach((r, n) => (r[KEPT] = rows[n]));
          cited.length = 0;
        },
      };
      for (const r of cited) if (r && !r[KEPT]) r[KEPT] = batch;
    }
    // (Only the last PEOPLE_HELD are kept as read last: no use churning the cache with thousands.)
    for (const i of positions.slice(-PEOPLE_HELD)) {
      const p = found.get(i)!;
      if (personRefs.get(i)?.deref() === p) peopleHeld.set(i, p);
    }
    return positions.map((i) => found.get(i)!);
  };
  const people: PeopleFinder = {
    count: from.people.count,
    at: personAt,
    many: peopleAt,
    byKey(key) {
      const i = from.people.positionOf(key);
      return i === undefined ? undefined : personAt(i);
    },
    positions: from.people.positions,
    wordsFrom: from.people.wordsFrom,
    nameWord: from.people.nameWord,
    rolesAt,
    articleAt: (a) => articles[a]!,
    articleOf(role) {
      const r = role as Partial<Deferred>;
      return r[RESOLVE] === sentenceAt && typeof r[ART] === 'number' ? articles[r[ART]] : undefined;
    },
  };
  yield;

  // Events are made from their rows as asked, one object per event while anything holds it (a weak
  // reference, as for sentences); the events of the articles read most recently and of the days
  // asked most recently are kept.
  const eventRefs = new Map<number, WeakRef<DatedEvent>>();
  let made = 0;
  const gone = new FinalizationRegistry<number>((ord) => {
    if (!eventRefs.get(ord)?.deref()) eventRefs.delete(ord);
  });
  const eventOf = ([ord, start, end, precision, phrase, a, s]: EventRow): DatedEvent => {
    const held = eventRefs.get(ord)?.deref();
    if (held) return held;
    made++;
    const e = Object.defineProperty(
      { date: end === null ? { start, precision } : { start, precision, end }, phrase, [RESOLVE]: sentenceAt, [ART]: a, [SEN]: s },
      'sentence',
      SENTENCE,
    ) as unknown as DatedEvent;
    eventRefs.set(ord, new WeakRef(e));
    gone.register(e, ord);
    return e;
  };
  interface ArticleEvents {
    list: DatedEvent[];
    bySentence: Map<number, DatedEvent[]>;
  }
  const eventGroups = new LRUCache<number, ArticleEvents>({ max: EVENT_ARTICLES });
  const eventsOfArticle = (a: number): ArticleEvents => {
    let group = eventGroups.get(a);
    if (group) return group;
    group = { list: [], bySentence: new Map() };
    for (const row of from.events.ofArticle(a)) {
      const e = eventOf(row);
      group.list.push(e);
      const at = group.bySentence.get(row[6]);
      if (at) at.push(e);
      else group.bySentence.set(row[6], [e]);
    }
    eventGroups.set(a, group);
    return group;
  };
  const days = new LRUCache<string, DatedEvent[]>({ max: 32 });
  let periods: DatedEvent[] | undefined;
  const eventList: EventList = {
    length: from.events.count,
    slice: (start, end) => from.events.range(start, end).map(eventOf),
    onDay(md) {
      let list = days.get(md);
      if (!list) days.set(md, (list = from.events.onDay(md).map(eventOf)));
      return list;
    },
    periods: () => (periods ??= from.events.periods().map(eventOf)),
  };
  yield;

  const subjectOf = (a: Article): Person | undefined => {
    const i = snap.articles[articleIndex.get(a) ?? -1]?.[8] ?? -1;
    return i >= 0 ? people.at(i) : undefined;
  };
  const initials = new Map(snap.initials);
  // The rows are made into a map: let go (the articles' rows stay, read by load).
  snap.initials = [];
  yield;
  const sentenceIndex = (s: Sentence): number | undefined => indexOfStandIn.get(s) ?? unitOf(s)?.index.get(s);

  return {
    articles,
    people,
    *everyone() {
      for (let i = 0; i < people.count; i++) yield people.at(i);
    },
    prominent: () => (snap.prominent ?? []).map((i) => people.at(i)),
    subjectOf,
    isSubject: (i, person) => snap.articles[i]![8] === (person as Partial<Positioned>)[AT],
    places: from.places,
    initials,
    abbreviations: new Map(
      snap.abbreviations.map(([key, short, long, a, s]): [string, ShortForm] => {
        if (a < 0) return [key, { short, long }];
        return [
          key,
          {
            short,
            long,
            get sentence() {
              return sentenceAt(a, s);
            },
          },
        ];
      }),
    ),
    quoteCount: snap.quotes,
    sentences: snap.sentences,
    mentions: {
      get: (s) => unitOf(s)?.mentions.get(s),
      has: (s) => unitOf(s)?.mentions.has(s) ?? false,
    },
    eventList,
    eventsByArticle: lookup((a: Article) => {
      const i = articleIndex.get(a);
      if (i === undefined) return undefined;
      const list = eventsOfArticle(i).list;
      return list.length ? list : undefined;
    }),
    eventsBySentence: lookup((s: Sentence) => {
      const a = articleIndex.get(s.paragraph.article);
      if (a === undefined) return undefined;
      const group = eventsOfArticle(a);
      if (!group.list.length) return undefined;
      const i = sentenceIndex(s);
      return i === undefined ? undefined : group.bySentence.get(i);
    }),
    quotesByArticle: lookup((a: Article) => {
      const i = articleIndex.get(a);
      if (i === undefined) return undefined;
      const q = unit(i).quotes;
      return q.length ? q : undefined;
    }),
    quotesBySpeaker: {
      get(p) {
        const { refs, start, end } = refsOf(p, 'quoted');
        const list: Quote[] = [];
        for (let k = start; k < end; k++) list.push(...unit(refs[k]!).quotes.filter((q) => q.speaker === p));
        return list.length ? list : undefined;
      },
      has(p) {
        const { start, end } = refsOf(p, 'quoted');
        return end > start;
      },
    },
    articlesOf(person) {
      const out = new Set<Article>();
      const { refs, start, end } = refsOf(person, 'mentions');
      for (let k = start; k < end; k += 2) out.add(articles[refs[k]!]!);
      return out;
    },
    termsOfSentence(s) {
      const u = unitOf(s);
      const i = u?.index.get(s);
      return i === undefined ? undefined : u!.terms[i];
    },
    held: () => ({ articles: units.size, bytes: units.calculatedSize }),
    eventsMade: () => made,
    peopleMade: () => peopleMade,
  };
}
