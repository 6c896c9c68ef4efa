import type Database from 'better-sqlite3';
import { distance } from 'fastest-levenshtein';
import { LRUCache } from 'lru-cache';
import { indexTerms, shape, shapeOf } from './article-index.ts';

// People by name, alias and role, for /who and autocomplete: SQLite FTS5 in the index file, beside
// the articles, made again only when the corpus changes (in one of two slots, so that a reload can
// make the next corpus's while the current one is read). A word matches as typed first; where
// nothing does, as the start of a longer word (a name being typed); where still nothing does, as a
// near spelling of a word the people's names and roles use (a typo). An in-memory full-text index
// of tens of thousands of people took most of a second to build and tens of megabytes to hold.

export interface PersonDoc {
  id: string;
  name: string;
  aliases: string;
  roles: string;
}

export type PersonField = 'name' | 'aliases' | 'roles';

export interface PeopleQuery {
  fields?: PersonField[];
  /** Every word must match (AND), or any (OR, the default). */
  combineWith?: 'AND' | 'OR';
  /** Whether a word may match as the start of a longer one. */
  prefix?: (term: string) => boolean;
  /** The share of a word's letters that may differ in a near spelling, or false for none. */
  fuzzy?: (term: string) => number | false;
  boost?: Partial<Record<PersonField, number>>;
}

export interface PersonHit {
  id: string;
  score: number;
}

const FIELDS: PersonField[] = ['name', 'aliases', 'roles'];
/**
 * Corpora whose people the file holds at once: while a reload's child process fills the index of the
 * new corpus (live/reload-worker.ts), the knowledge answering meanwhile keeps reading its own.
 */
const SLOTS = 2;
const MAX_HITS = 200;

export class PeopleIndex {
  /** A person's id by the row of the slot's tables: read for the hits only (a list of every id was tens of megabytes at 50,000 articles). */
  private readonly idStatement: Database.Statement<[number], { id: string }>;
  private readonly statements = new Map<string, Database.Statement<[string, number], { rowid: number; score: number }>>();
  private readonly wordStatement: Database.Statement<[string], { word: string }>;
  private readonly shapeStatement: Database.Statement<[string], { word: string }>;
  /** The words of the shapes lookups used most recently: a few hundred cover most typos. */
  private readonly shapes = new LRUCache<string, string[]>({ max: 500 });
  /** The hits of the searches run most recently: a word most people's roles hold ("mayor") costs tens of milliseconds at 50,000 articles. */
  private readonly hits = new LRUCache<string, PersonHit[]>({ max: 500 });

  /** The slot's tables (person_terms_<slot>, person_<slot>, person_word_<slot>). */
  private readonly slot: number;

  constructor(
    private readonly db: Database.Database,
    corpus: string,
    docs: () => PersonDoc[],
  ) {
    db.exec('CREATE TABLE IF NOT EXISTS person_slot (slot INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL, used INTEGER NOT NULL)');
    for (let slot = 0; slot < SLOTS; slot++)
      db.exec(`
        CREATE VIRTUAL TABLE IF NOT EXISTS person_terms_${slot} USING fts5(name, aliases, roles, content='', tokenize='unicode61 remove_diacritics 0');
        CREATE TABLE IF NOT EXISTS person_${slot} (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS person_word_${slot} (word TEXT PRIMARY KEY, shape TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS person_word_${slot}_shape ON person_word_${slot} (shape);
      `);
    const slots = db.prepare<[], { slot: number; fingerprint: string; used: number }>('SELECT slot, fingerprint, used FROM person_slot').all();
    const found = slots.find((s) => s.fingerprint === corpus);
    const nextUse = Math.max(0, ...slots.map((s) => s.used)) + 1;
    const use = db.prepare('INSERT OR REPLACE INTO person_slot (slot, fingerprint, used) VALUES (?, ?, ?)');
    if (found) {
      this.slot = found.slot;
      try {
        use.run(found.slot, corpus, nextUse);
      } catch {
        // a read-only file: the slot may be taken by the next corpus sooner
      }
    } else {
      // A slot no corpus holds, else the one used least recently (not the one the knowledge now
      // answering holds: it marked its slot when it opened it).
      const free = [...Array(SLOTS).keys()].find((k) => !slots.some((s) => s.slot === k));
      this.slot = free ?? [...slots].sort((a, b) => a.used - b.used)[0]!.slot;
      const all = docs();
      const k = this.slot;
      db.transaction(() => {
        // A contentless table is emptied by its 'delete-all' command.
        db.exec(`INSERT INTO person_terms_${k} (person_terms_${k}) VALUES ('delete-all'); DELETE FROM person_${k}; DELETE FROM person_word_${k}`);
        const insertTerms = db.prepare(`INSERT INTO person_terms_${k} (rowid, name, aliases, roles) VALUES (?, ?, ?, ?)`);
        const insertPerson = db.prepare(`INSERT INTO person_${k} (rowid, id) VALUES (?, ?)`);
        const words = new Set<string>();
        all.forEach((d, i) => {
          const fields = [indexTerms(d.name), indexTerms(d.aliases), indexTerms(d.roles)] as const;
          insertTerms.run(i + 1, ...fields);
          insertPerson.run(i + 1, d.id);
          for (const f of fields) for (const w of f.split(' ')) if (w) words.add(w);
        });
        const insertWord = db.prepare(`INSERT INTO person_word_${k} (word, shape) VALUES (?, ?)`);
        for (const w of words) insertWord.run(w, shapeOf(w));
        use.run(k, corpus, nextUse);
      }).immediate();
    }
    this.idStatement = db.prepare(`SELECT id FROM person_${this.slot} WHERE rowid = ?`);
    this.wordStatement = db.prepare(`SELECT word FROM person_word_${this.slot} WHERE word = ?`);
    this.shapeStatement = db.prepare(`SELECT word FROM person_word_${this.slot} WHERE shape = ? ORDER BY rowid`);
  }

  /** People matching the query, best first, with scores (higher is better). */
  search(query: string, options: PeopleQuery = {}): PersonHit[] {
    const terms = [
      ...new Set(
        indexTerms(query)
          .split(' ')
          .filter((t) => /[\p{L}\p{N}]/u.test(t)),
      ),
    ];
    if (!terms.length) return [];
    const exact = this.run(
      terms.map((t) => [quote(t)]),
      options,
    );
    if (exact.length) return exact;
    if (options.prefix) {
      const begun = this.run(
        terms.map((t) => (options.prefix!(t) ? [quote(t), `${quote(t)} *`] : [quote(t)])),
        options,
      );
      if (begun.length) return begun;
    }
    if (!options.fuzzy) return [];
    const near = terms.map((t) => [t, ...this.nearWords(t, options.fuzzy!(t))].filter((w) => this.known(w)));
    // Every word must match somewhere: a word with no spelling the people use matches no one.
    if (options.combineWith === 'AND' && near.some((forms) => !forms.length)) return [];
    return this.run(
      near.filter((forms) => forms.length).map((forms) => forms.map(quote)),
      options,
    );
  }

  private run(alternatives: string[][], { fields = FIELDS, combineWith = 'OR', boost = {} }: PeopleQuery): PersonHit[] {
    if (!alternatives.length) return [];
    const match = `{${fields.join(' ')}} : (${alternatives.map((a) => `(${a.join(' OR ')})`).join(` ${combineWith} `)})`;
    const weights = FIELDS.map((f) => boost[f] ?? 1).join(', ');
    const key = `${weights}\u0000${match}`;
    const known = this.hits.get(key);
    if (known) return known.map((h) => ({ ...h }));
    let statement = this.statements.get(weights);
    if (!statement) {
      statement = this.db.prepare(
        `SELECT rowid, -bm25(person_terms_${this.slot}, ${weights}) AS score FROM person_terms_${this.slot} WHERE person_terms_${this.slot} MATCH ? ORDER BY score DESC, rowid LIMIT ?`,
      );
      this.statements.set(weights, statement);
    }
    const rows = statement.all(match, MAX_HITS);
    const hits = rows.map((r) => ({ id: this.idStatement.get(r.rowid)?.id as string, score: r.score })).filter((h) => h.id !== undefined);
    this.hits.set(key, hits);
    return hits.map((h) => ({ ...h }));
  }

  /** Is this a word of the people's names, aliases or roles? */
  private known(word: string): boolean {
    return this.wordStatement.get(word) !== undefined;
  }

  /** Words of the people's names and roles within the allowed edits, sharing the first letter. */
  private nearWords(term: string, share: number | false): string[] {
    if (share === false) return [];
    const edits = Math.min(6, Math.round(term.length * share));
    if (!edits) return [];
    const out: string[] = [];
    for (let len = term.length - edits; len <= term.length + edits; len++) {
      for (const word of this.wordsShaped(shape(len, term[0]!))) if (word !== term && distance(term, word) <= edits) out.push(word);
    }
    return out;
  }

  private wordsShaped(key: string): string[] {
    let words = this.shapes.get(key);
    if (!words) {
      words = this.shapeStatement.all(key).map((r) => r.word);
      this.shapes.set(key, words);
    }
    return words;
  }
}

const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
