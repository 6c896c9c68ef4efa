import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

// Corpus-wide results kept in the index file, keyed by a fingerprint of the whole corpus (every
// article's id and content hash; the file itself belongs to one engine version). What takes long to
// work out over thousands of articles (places, initials, whom each article names) is worked out
// again only when the corpus changes. Without content hashes (no knowledge cache) nothing is kept.

/** The key of a corpus of these article ids and content hashes (in the same order): the order does not matter. */
export const corpusKey = (ids: string[], hashes: string[]): string =>
  createHash('sha1')
    .update(
      ids
        .map((id, i) => `${id}\0${hashes[i]}`)
        .sort()
        .join('\n'),
    )
    .digest('base64');

export class CorpusMemo {
  /** The corpus's key: a fingerprint of every article's id and content hash (corpusKey). */
  readonly corpus: string | undefined;
  private readonly read?: Database.Statement<[string, string], { value: string }>;
  private readonly write?: Database.Statement<[string, string, string]>;
  private readonly exists?: Database.Statement<[string, string], number>;

  /**
   * `ids` and `hashes` of the articles, in the same order; a missing hash turns keeping off. With
   * `corpus`, the key itself (corpusKey of the same articles, kept by an earlier start).
   */
  constructor(db: Database.Database, ids: string[], hashes: (string | undefined)[], corpus?: string) {
    if (corpus === undefined && !hashes.every(Boolean)) return;
    this.corpus = corpus ?? corpusKey(ids, hashes as string[]);
    db.exec('CREATE TABLE IF NOT EXISTS memo (name TEXT PRIMARY KEY, corpus TEXT NOT NULL, value TEXT NOT NULL)');
    this.read = db.prepare('SELECT value FROM memo WHERE name = ? AND corpus = ?');
    this.write = db.prepare('INSERT OR REPLACE INTO memo (name, corpus, value) VALUES (?, ?, ?)');
    this.exists = db.prepare<[string, string], number>('SELECT 1 FROM memo WHERE name = ? AND corpus = ?').pluck();
  }

  /** Whether a value is kept under this name for this corpus, without reading it. */
  has(name: string): boolean {
    return this.corpus ? this.exists!.get(name, this.corpus) !== undefined : false;
  }

  /** The value kept under this name for this corpus, as JSON text (undefined: none, or no corpus to key it). */
  get(name: string): string | undefined {
    return this.corpus ? this.read!.get(name, this.corpus)?.value : undefined;
  }

  /** Keeps a value (JSON text) for this corpus; false where it could not be written. */
  set(name: string, value: string): boolean {
    if (!this.corpus) return false;
    try {
      this.write!.run(name, this.corpus, value);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * What `compute` gives for this corpus, as JSON: the kept value when `accept` takes it (it may
   * throw or return undefined for one it cannot use), else computed and kept.
   */
  remember<T>(name: string, compute: () => T, accept: (value: unknown) => T | undefined): T {
    const kept = this.corpus ? this.read!.get(name, this.corpus) : undefined;
    if (kept) {
      try {
        const value = accept(JSON.parse(kept.value));
        if (value !== undefined) return value;
      } catch {
        // unreadable: worked out again below
      }
    }
    const value = compute();
    if (this.corpus) {
      try {
        this.write!.run(name, this.corpus, JSON.stringify(value));
      } catch {
        // a read-only or busy file: the value is used all the same
      }
    }
    return value;
  }
}
