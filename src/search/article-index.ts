import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { isStopWord, stem } from '../text.ts';

/**
 * A sentence's term taken from its context (a pronoun's antecedent), marked so that the index does not
 * count it in how often the corpus uses the term: the sentence holds it for search all the same.
 */
export const CONTEXT_MARK = '~';

/** Sentence terms without those marked as taken from their context: what the article itself writes. */
export const withoutContext = (terms: string): string => (terms.includes(CONTEXT_MARK) ? terms.replace(/(?:^| )~\S*/g, '').trim() : terms);

// The search index on disk: SQLite FTS5 over each article's index terms (title, the people it names,
// body), ranked by BM25 with the title and people boosted, and the corpus's term statistics (in how
// many sentences and articles each term occurs, for idf and near spellings). In the knowledge cache
// it survives restarts: a start over an unchanged corpus indexes and counts nothing, a changed
// article is indexed again alone; the postings and the vocabulary live in SQLite's pages rather than
// in the JavaScript heap, where in-memory indexes of a large corpus held most of the memory and most
// of the start. Without a path it is in memory.

// MiniSearch's default tokenizer, written out: the words split at spaces, line breaks and punctuation
// (the index was once MiniSearch's, and its terms stayed so cut; MiniSearch itself costs too much at start).
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
const TOKENIZE = (text: string): string[] => text.split(SPACE_OR_PUNCTUATION);
const processIndexTerm = (t: string): string | null => (isStopWord(t.toLowerCase()) ? null : stem(t));

/** A text's index terms: the words as TOKENIZE cuts them, less stop words, stemmed. */
export function indexTerms(text: string): string {
  const out: string[] = [];
  for (const t of TOKENIZE(text)) {
    const p = processIndexTerm(t);
    if (p) out.push(p);
  }
  return out.join(' ');
}

/** An article's index terms (title and body), each as stemmed content words joined by spaces. */
export interface ArticleIndexTerms {
  title: string;
  body: string;
}

/** An article as the index holds it. */
export interface IndexDoc {
  id: string;
  /** Its index terms: asked for only when the article is indexed (again). */
  terms: () => ArticleIndexTerms;
  /** The names of the people the article names, as printed (made into terms when it is indexed). */
  people: string;
  /** Each sentence's terms (terms() joined by spaces), in document order. */
  sentences: string[];
  /** A hash of the article's whole content, where one is known (the knowledge cache's); without it the terms stand for the content. */
  content?: string;
}

export interface TermCount {
  /** Sentences and articles holding the term. */
  sentences: number;
  articles: number;
}

/** Title and people count more than the body, as in the ranking the bot was tuned with. */
const WEIGHTS = { title: 2, people: 3, body: 1 };

export class ArticleIndex {
  /** The index file's connection, shared with the people index and the corpus memo. */
  readonly db: Database.Database;
  private readonly search: Database.Statement<[string, number], { id: string }>;
  private readonly matching: Database.Statement<[string, number], { id: string }>;
  private readonly count: Database.Statement<[string], TermCount>;
  private readonly shaped: Database.Statement<[string], { term: string }>;
  private readonly inTitleOrBody: Database.Statement<[string], { id: string }>;
  private readonly held = new LRUCache<string, Set<string>>({ max: 100 });
  /** The searches made most recently and the ids they found. */
  private readonly found = new LRUCache<string, string[]>({ max: 500 });
  /** The terms of the shapes queries used most recently: a few hundred cover the near spellings of most questions. */
  private readonly shapes = new LRUCache<string, string[]>({ max: 500 });
  /** A fingerprint of the whole corpus as indexed: the ids and contents of all its articles. */
  corpus = '';
  /** What opening it took: articles (re)indexed and removed, and whether the terms were counted again. */
  readonly stats = { indexed: 0, removed: 0, counted: false };

  /**
   * The index in this file (openIndexFile) made to hold exactly `docs`; without them, the index as
   * the file holds it (a start over a corpus it was made for, knowledge-build/lazy.ts).
   */
  constructor(db: Database.Database, docs?: IndexDoc[]) {
    this.db = db;
    if (docs) this.sync(docs);
    else this.corpus = db.prepare<[], { fingerprint: string }>('SELECT fingerprint FROM corpus').get()?.fingerprint ?? '';
    // The articles' ids are read with the matches (a map of every row's id cost a start 50,000 rows).
    // Equal scores (copies of one story) are ordered by article id, so that the order never
    // depends on the order in which the index was filled.
    this.search = this.db.prepare(`
      SELECT a.id AS id FROM article_terms t JOIN article a ON a.rowid = t.rowid
      WHERE article_terms MATCH ? ORDER BY bm25(article_terms, ${WEIGHTS.title}, ${WEIGHTS.people}, ${WEIGHTS.body}), a.id LIMIT ?`);
    this.matching = this.db.prepare(
      'SELECT a.id AS id FROM article_terms t JOIN article a ON a.rowid = t.rowid WHERE article_terms MATCH ? ORDER BY t.rowid LIMIT ?',
    );
    this.count = this.db.prepare('SELECT sentences, articles FROM term WHERE term = ?');
    this.shaped = this.db.prepare('SELECT term FROM term WHERE shape = ? ORDER BY rowid');
    this.inTitleOrBody = this.db.prepare('SELECT a.id AS id FROM article_terms t JOIN article a ON a.rowid = t.rowid WHERE article_terms MATCH ?');
  }

  /**
   * Ids of the articles holding any of these terms, best first; unranked, in the order the articles
   * were indexed. Ranking scores every article that matches, which for words most articles use is
   * thousands of scores that BM25 weighs at nearly nothing (such words have no discriminating power).
   */
  find(terms: string[], limit: number, ranked = true): string[] {
    const phrases = terms.filter((t) => /[\p{L}\p{N}]/u.test(t)).map((t) => `"${t.replace(/"/g, '""')}"`);
    if (!phrases.length) return [];
    // Ranking thousands of matches costs tens of milliseconds at 5,000 articles: the same search
    // (a question asked again, or searched twice while answering) is answered from memory.
    const key = `${ranked ? 1 : 0}${limit}\u0000${phrases.join(' OR ')}`;
    let ids = this.found.get(key);
    if (!ids) {
      ids = (ranked ? this.search : this.matching).all(phrases.join(' OR '), limit).map((r) => r.id);
      this.found.set(key, ids);
    }
    return [...ids];
  }

  /** In how many sentences and articles the term occurs; undefined when none. */
  termCount(term: string): TermCount | undefined {
    return this.count.get(term);
  }

  /**
   * Ids of the articles whose title or body holds this word as the index cut it (its people's names
   * left out); remembered for the words asked most recently.
   */
  holding(term: string): Set<string> {
    let ids = this.held.get(term);
    if (!ids) {
      ids = new Set(this.inTitleOrBody.all(`{title body} : "${term.replace(/"/g, '""')}"`).map((r) => r.id));
      this.held.set(term, ids);
    }
    return ids;
  }

  /** The corpus's terms of this shape (shapeOf), in the order the corpus first uses them. */
  termsShaped(shape: string): string[] {
    let terms = this.shapes.get(shape);
    if (!terms) {
      terms = this.shaped.all(shape).map((r) => r.term);
      this.shapes.set(shape, terms);
    }
    return terms;
  }

  private sync(docs: IndexDoc[]): void {
    // One write transaction, taken at once: another process syncing the same index waits for it.
    this.db
      .transaction(() => {
        const writer = new IndexWriter(this.db, this.stats);
        for (const doc of docs) writer.add(doc);
        this.corpus = writer.finish();
      })
      .immediate();
  }
}

/**
 * Makes an index file's article index hold the articles added, in order, one at a time (a build that
 * does not hold the corpus adds each as it reads it): an article whose fingerprint is unchanged is
 * kept, a changed one indexed again, a new one added, and finish() removes the rest and counts the
 * terms again when the corpus changed. Run inside a write transaction.
 */
export class IndexWriter {
  private readonly stored: Map<string, { rowid: number; fingerprint: string }>;
  private readonly insertArticle: Database.Statement<[string, string]>;
  private readonly updateArticle: Database.Statement<[string, number]>;
  private readonly insertTerms: Database.Statement<[number, string, string, string]>;
  private readonly deleteTerms: Database.Statement<[number]>;
  /** Each article's id and fingerprint, for the corpus's. */
  private readonly keys: string[] = [];
  /** Each term's number, in the order the corpus first uses them. */
  private readonly terms = new Map<string, number>();
  /** By a term's number n, in how many sentences (at 2n) and articles (at 2n + 1) it occurs: no object per term (a million at 50,000 articles). */
  private counts = new Int32Array(1 << 16);

  constructor(
    private readonly db: Database.Database,
    private readonly stats = { indexed: 0, removed: 0, counted: false },
  ) {
    const rows = db.prepare<[], { rowid: number; id: string; fingerprint: string }>('SELECT rowid, id, fingerprint FROM article').all();
    this.stored = new Map(rows.map((r) => [r.id, r]));
    this.insertArticle = db.prepare('INSERT INTO article (id, fingerprint) VALUES (?, ?)');
    this.updateArticle = db.prepare('UPDATE article SET fingerprint = ? WHERE rowid = ?');
    this.insertTerms = db.prepare('INSERT INTO article_terms (rowid, title, people, body) VALUES (?, ?, ?, ?)');
    this.deleteTerms = db.prepare('DELETE FROM article_terms WHERE rowid = ?');
  }

  add(doc: IndexDoc): void {
    const content = doc.content ?? JSON.stringify([doc.terms(), doc.sentences]);
    const fingerprint = createHash('sha1').update(`${content}\0${doc.people}`).digest('base64');
    this.keys.push(`${doc.id}\0${fingerprint}`);
    const inArticle = new Set<number>();
    for (const sentence of doc.sentences) {
      for (const t of new Set(sentence ? sentence.split(' ') : [])) {
        if (t.startsWith(CONTEXT_MARK)) continue;
        let n = this.terms.get(t);
        if (n === undefined) {
          this.terms.set(t, (n = this.terms.size));
          if (2 * n + 1 >= this.counts.length) {
            const bigger = new Int32Array(this.counts.length * 2);
            bigger.set(this.counts);
            this.counts = bigger;
          }
        }
        this.counts[2 * n]!++;
        inArticle.add(n);
      }
    }
    for (const n of inArticle) this.counts[2 * n + 1]!++;
    const old = this.stored.get(doc.id);
    this.stored.delete(doc.id);
    let rowid = old?.rowid;
    if (old?.fingerprint === fingerprint) return;
    if (rowid !== undefined) {
      this.deleteTerms.run(rowid);
      this.updateArticle.run(fingerprint, rowid);
    } else rowid = Number(this.insertArticle.run(doc.id, fingerprint).lastInsertRowid);
    const { title, body } = doc.terms();
    this.insertTerms.run(rowid, title, indexTerms(doc.people), body);
    this.stats.indexed++;
  }

  /** Removes the articles not added, counts the terms again when the corpus changed, and returns the corpus's fingerprint. */
  finish(): string {
    const deleteArticle = this.db.prepare('DELETE FROM article WHERE rowid = ?');
    for (const { rowid } of this.stored.values()) {
      this.deleteTerms.run(rowid);
      deleteArticle.run(rowid);
      this.stats.removed++;
    }
    const corpus = createHash('sha1').update(this.keys.sort().join('\n')).digest('base64');
    const counted = this.db.prepare<[], { fingerprint: string }>('SELECT fingerprint FROM corpus').get();
    if (counted?.fingerprint !== corpus) {
      this.db.exec('DELETE FROM term; DELETE FROM corpus');
      const insert = this.db.prepare('INSERT INTO term (term, shape, sentences, articles) VALUES (?, ?, ?, ?)');
      for (const [t, n] of this.terms) insert.run(t, shapeOf(t), this.counts[2 * n]!, this.counts[2 * n + 1]!);
      this.db.prepare('INSERT INTO corpus (fingerprint) VALUES (?)').run(corpus);
      this.stats.counted = true;
    }
    return corpus;
  }
}

/** Length and first letter: near spellings are sought among the words of the same shape or near it. */
export const shapeOf = (term: string): string => shape(term.length, term[0] ?? '');
export const shape = (length: number, first: string): string => `${length}:${first}`;

export interface IndexLogger {
  warn(obj: object, msg: string): void;
}

/**
 * The index file at `path` (in memory without one), with its tables. A file that cannot be opened or
 * is corrupt is deleted and made again; where that fails too, the index is kept in memory. Never fatal.
 */
export function openIndexFile(path?: string, logger?: IndexLogger): Database.Database {
  if (!path) return withSchema(new Database(':memory:'));
  try {
    return withSchema(connection(path));
  } catch (first) {
    forget(path);
    let err = first;
    if (isCorrupt(first)) {
      logger?.warn({ path, reason: (first as Error).message }, 'article index corrupt; building it again');
      try {
        return withSchema(connection(path));
      } catch (again) {
        forget(path);
        err = again;
      }
    }
    logger?.warn({ path, reason: (err as Error).message }, 'cannot write the article index (KNOWLEDGE_CACHE); keeping it in memory');
    return withSchema(new Database(':memory:'));
  }
}

/** An index of `docs` in the file at `path` (openIndexFile). */
export function openArticleIndex(docs: IndexDoc[], path?: string, logger?: IndexLogger): ArticleIndex {
  return indexIn(openIndexFile(path, logger), docs, path, logger);
}

/** An index of `docs` in an open index file; one that fails while being filled is kept in memory. */
export function indexIn(db: Database.Database, docs: IndexDoc[], path?: string, logger?: IndexLogger): ArticleIndex {
  try {
    return new ArticleIndex(db, docs);
  } catch (err) {
    if (!path) throw err;
    logger?.warn({ path, reason: (err as Error).message }, 'article index unusable; keeping it in memory');
    forget(path);
    return new ArticleIndex(openIndexFile(), docs);
  }
}

function withSchema(db: Database.Database): Database.Database {
  db.exec(`
    CREATE TABLE IF NOT EXISTS article (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL);
    CREATE VIRTUAL TABLE IF NOT EXISTS article_terms USING fts5(title, people, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
    CREATE TABLE IF NOT EXISTS term (rowid INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, shape TEXT NOT NULL, sentences INTEGER NOT NULL, articles INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS term_shape ON term (shape);
    CREATE TABLE IF NOT EXISTS corpus (fingerprint TEXT NOT NULL);
  `);
  return db;
}

const isCorrupt = (err: unknown) => ['SQLITE_CORRUPT', 'SQLITE_NOTADB'].includes((err as { code?: string }).code ?? '');

function forget(path: string): void {
  const db = connections.get(path);
  connections.delete(path);
  try {
    db?.close();
    for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  } catch {
    // never opened, or not a place files can be
  }
}

/** One connection per index file in a process: a rebuilt knowledge reuses it rather than opening another. */
const connections = new Map<string, Database.Database>();

function connection(path: string): Database.Database {
  let db = connections.get(path);
  if (!db) {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    // Wait for another process's lock before anything else, switching to WAL included.
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    connections.set(path, db);
  }
  return db;
}
