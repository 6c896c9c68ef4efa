import type Database from 'better-sqlite3';
import { nameWordsOf, wordsOfPerson, type FoundBy, type NameWord } from '../knowledge/people-finder.ts';
import type { PersonDoc } from '../search/people-index.ts';
import type { RoleFact } from '../knowledge/people.ts';
import { roleTerms } from '../knowledge/role-words.ts';

// A snapshot's people in tables of the index file, under the snapshot's key (as its sentences and
// events are): a row per person (key, name, aliases, roles with their sentences and terms, where they
// are mentioned and quoted), indexed by key; a row per word a person is found by (an alias, a name
// part, a role's term or word: people-finder.ts); the words of the names; and whom each article names.
// A start reads none of them: a question reads the people it asks about. The rows name the snapshot
// by a number (snapshot_people_keys), not by its 36-character key: the word rows are millions at
// 50,000 articles, and that key in each row and in an index beside them doubled the index file.

/** A person as kept: key, name, aliases, roles as (role, article, sentence) triples, mentions as (article, sentence) pairs, the articles quoting them, each role's terms joined by spaces. */
export type PersonRow = [key: string, name: string, aliases: string[], roles: (string | number)[], mentions: number[], quoted: number[], roleTerms: string[]];

const TABLES = [
  'CREATE TABLE IF NOT EXISTS snapshot_people_keys (s INTEGER PRIMARY KEY, texts TEXT NOT NULL UNIQUE)',
  'CREATE TABLE IF NOT EXISTS snapshot_people (s INTEGER NOT NULL, i INTEGER NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL, terms TEXT NOT NULL, mentions TEXT NOT NULL, quoted TEXT NOT NULL, PRIMARY KEY (s, i)) WITHOUT ROWID',
  'CREATE INDEX IF NOT EXISTS snapshot_people_key ON snapshot_people (s, key)',
  // (kind: FoundBy's first letter; times: how many of the person's aliases fold to the word, else 1.)
  'CREATE TABLE IF NOT EXISTS snapshot_people_words (s INTEGER NOT NULL, kind TEXT NOT NULL, word TEXT NOT NULL, i INTEGER NOT NULL, times INTEGER NOT NULL, PRIMARY KEY (s, kind, word, i)) WITHOUT ROWID',
  'CREATE TABLE IF NOT EXISTS snapshot_name_words (s INTEGER NOT NULL, word TEXT NOT NULL, spelling TEXT, in_key INTEGER NOT NULL, PRIMARY KEY (s, word)) WITHOUT ROWID',
  'CREATE TABLE IF NOT EXISTS snapshot_named (s INTEGER NOT NULL, a INTEGER NOT NULL, people TEXT NOT NULL, PRIMARY KEY (s, a)) WITHOUT ROWID',
];
const PEOPLE_TABLES = ['snapshot_people', 'snapshot_people_words', 'snapshot_name_words', 'snapshot_named', 'snapshot_people_keys'];

/** The number that stands for a snapshot's key in the people's tables (and the places': places-table.ts). */
export const snapshotNumber = (db: Database.Database, key: string): number | undefined =>
  db.prepare<[string], number>('SELECT s FROM snapshot_people_keys WHERE texts = ?').pluck().get(key);

/** How many of the most mentioned people a snapshot lists (the answers read 50 at most). */
export const PROMINENT = 100;

/**
 * Keeps `count` people (made `CHUNK` at a time by `rows`) and whom each article names (`named`, their
 * positions: read when the article is) in the index file under `key`, and returns
 * the positions of the PROMINENT most mentioned, most first (as a stable sort by mentions gives them);
 * undefined where they could not be written. Those of earlier snapshots go but for `answering`'s (the
 * key of the snapshot a knowledge answering now was opened from: it reads its people as asked).
 */
export function keepPeople(
  db: Database.Database,
  key: string,
  answering: string,
  count: number,
  rows: (from: number, to: number) => PersonRow[],
  named: number[][],
): number[] | undefined {
  try {
    for (const sql of TABLES) db.exec(sql);
    const person = db.prepare('INSERT INTO snapshot_people (s, i, key, name, aliases, roles, terms, mentions, quoted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const word = db.prepare('INSERT INTO snapshot_people_words (s, kind, word, i, times) VALUES (?, ?, ?, ?, ?)');
    const nameWord = db.prepare('INSERT INTO snapshot_name_words (s, word, spelling, in_key) VALUES (?, ?, ?, ?)');
    const namedIn = db.prepare('INSERT INTO snapshot_named (s, a, people) VALUES (?, ?, ?)');
    const top: [mentions: number, i: number][] = [];
    const names: { key: string; name: string }[] = [];
    db.transaction(() => {
      const kept = JSON.stringify(db.prepare('SELECT s FROM snapshot_people_keys WHERE texts IN (?, ?)').pluck().all(key, answering));
      for (const table of PEOPLE_TABLES) db.prepare(`DELETE FROM ${table} WHERE s NOT IN (SELECT value FROM json_each(?))`).run(kept);
      db.prepare('INSERT OR IGNORE INTO snapshot_people_keys (texts) VALUES (?)').run(key);
      const s = snapshotNumber(db, key)!;
      for (let from = 0; from < count; from += CHUNK) {
        rows(from, Math.min(count, from + CHUNK)).forEach(([k, name, aliases, roles, mentions, quoted, terms], n) => {
          const i = from + n;
          person.run(s, i, k, name, JSON.stringify(aliases), JSON.stringify(roles), JSON.stringify(terms), JSON.stringify(mentions), JSON.stringify(quoted));
          const of = { key: k, aliases, roles: terms.map((t, r) => ({ role: roles[r * 3] as string, terms: t ? t.split(' ') : [] })) };
          const times = new Map<string, number>();
          for (const [by, w] of wordsOfPerson(of)) times.set(`${by[0]}${w}`, (times.get(`${by[0]}${w}`) ?? 0) + 1);
          for (const [kindWord, t] of times) word.run(s, kindWord[0], kindWord.slice(1), i, t);
          names.push({ key: k, name });
          ranked(top, mentions.length / 2, i);
        });
      }
      for (const [w, { spelling, inKey }] of nameWordsOf(names)) nameWord.run(s, w, spelling ?? null, inKey ? 1 : 0);
      named.forEach((list, a) => namedIn.run(s, a, JSON.stringify(list)));
    })();
    return top.map(([, i]) => i);
  } catch {
    return undefined;
  }
}

/** People written per transaction's slice (their rows made a slice at a time). */
const CHUNK = 2_000;

/** Puts person `i` with `mentions` in its place among the PROMINENT most mentioned so far: after those with as many (a stable sort). */
function ranked(top: [number, number][], mentions: number, i: number): void {
  if (top.length === PROMINENT && mentions <= top[PROMINENT - 1]![0]) return;
  let at = top.length;
  while (at > 0 && top[at - 1]![0] < mentions) at--;
  top.splice(at, 0, [mentions, i]);
  if (top.length > PROMINENT) top.pop();
}

/** A person's row as read: position, key, name, aliases, roles, role terms (no mentions nor quoted articles: refsAt reads them when asked for). */
export type KeptPerson = [i: number, key: string, name: string, aliases: string[], roles: (string | number)[], roleTerms: string[]];

/** The people kept under a key, read as asked. */
export interface KeptPeople {
  count: number;
  at(i: number): KeptPerson | undefined;
  /** The people at these positions, in their order, read in one statement (a role search makes thousands); a row that cannot be read is left out. */
  many(positions: number[]): KeptPerson[];
  /** Where a person is mentioned, as (article, sentence) pairs, and the articles quoting them. */
  refsAt(i: number): [mentions: number[], quoted: number[]] | undefined;
  /** The position of the person with this key. */
  positionOf(key: string): number | undefined;
  positions(by: FoundBy, word: string): number[];
  wordsFrom(by: FoundBy, prefix: string): string[];
  nameWord(word: string): NameWord | undefined;
  /** Every person's document for the people index, read from their rows (no person made). */
  docs(): PersonDoc[];
  /** The positions of the people article `a` names (undefined: unreadable). */
  namedIn(a: number): number[] | undefined;
  /**
   * The roles (role, terms, the article of its sentence) of the people at these positions, ascending,
   * read in one statement (PeopleFinder.rolesAt); with `whole`, each with the person's row as `at`
   * reads it (a role search makes those who fit from it, without reading them again).
   */
  rolesAt(positions: number[], whole?: boolean): [i: number, roles: { role: string; terms: string[]; article: number }[], row: KeptPerson | undefined][];
}

/** The people kept under `texts` (keepPeople), `count` of them, and whom each of `articles` names; undefined where the index file holds other numbers. */
export function keptPeople(db: Database.Database, texts: string, count: number, articles: number): KeptPeople | undefined {
  try {
    const snapshot = snapshotNumber(db, texts);
    if (snapshot === undefined) return undefined;
    type Raw = [number, string, string, string, string, string];
    const at = db.prepare<[number, number], Raw>('SELECT i, key, name, aliases, roles, terms FROM snapshot_people WHERE s = ? AND i = ?').raw();
    // (The positions in their order: CROSS JOIN keeps them the outer loop, each row found by its key.)
    const many = db
      .prepare<[string, number], Raw>(
        'SELECT p.i, p.key, p.name, p.aliases, p.roles, p.terms FROM json_each(?) j CROSS JOIN snapshot_people p ON p.s = ? AND p.i = j.value ORDER BY j.key',
      )
      .raw();
    const refs = db.prepare<[number, number], [string, string]>('SELECT mentions, quoted FROM snapshot_people WHERE s = ? AND i = ?').raw();
    const positionOf = db.prepare<[number, string], number>('SELECT i FROM snapshot_people WHERE s = ? AND key = ?').pluck();
    const positions = db
      .prepare<[number, string, string], [number, number]>('SELECT i, times FROM snapshot_people_words WHERE s = ? AND kind = ? AND word = ? ORDER BY i')
      .raw();
    const from = db
      .prepare<[number, string, string, string], string>(
        'SELECT DISTINCT word FROM snapshot_people_words WHERE s = ? AND kind = ? AND word >= ? AND word < ? ORDER BY word',
      )
      .pluck();
    const docs = db.prepare<[number], [string, string, string, string]>('SELECT key, name, aliases, roles FROM snapshot_people WHERE s = ? ORDER BY i').raw();
    const nameWord = db.prepare<[number, string], { spelling: string | null; in_key: number }>(
      'SELECT spelling, in_key FROM snapshot_name_words WHERE s = ? AND word = ?',
    );
    const named = db.prepare<[number, number], string>('SELECT people FROM snapshot_named WHERE s = ? AND a = ?').pluck();
    const roles = db
      .prepare<[number, string], [number, string, string]>(
        'SELECT i, roles, terms FROM snapshot_people WHERE s = ? AND i IN (SELECT value FROM json_each(?)) ORDER BY i',
      )
      .raw();
    const rows = db
      .prepare<[number, string], Raw>(
        'SELECT i, roles, terms, key, name, aliases FROM snapshot_people WHERE s = ? AND i IN (SELECT value FROM json_each(?)) ORDER BY i',
      )
      .raw();
    // The last one is there and none after it: all were written (in one transaction).
    if ((count && !at.get(snapshot, count - 1)) || at.get(snapshot, count)) return undefined;
    if ((articles && named.get(snapshot, articles - 1) === undefined) || named.get(snapshot, articles) !== undefined) return undefined;
    const parsed = (r: Raw | undefined): KeptPerson | undefined => r && [r[0], r[1], r[2], JSON.parse(r[3]), JSON.parse(r[4]), JSON.parse(r[5])];
    // A read that fails (the file gone or busy) finds no one.
    const safely =
      <A extends unknown[], T>(read: (...args: A) => T, none: T) =>
      (...args: A): T => {
        try {
          return read(...args);
        } catch {
          return none;
        }
      };
    return {
      count,
      at: safely((i: number) => parsed(at.get(snapshot, i)), undefined),
      many: safely((positions: number[]) => {
        // (Parsed as they are read: no second list of 100,000 rows.)
        const out: KeptPerson[] = [];
        for (const r of many.iterate(JSON.stringify(positions), snapshot)) out.push(parsed(r)!);
        return out;
      }, []),
      refsAt: safely((i: number) => {
        const row = refs.get(snapshot, i);
        return row && [JSON.parse(row[0]), JSON.parse(row[1])];
      }, undefined),
      positionOf: safely((k: string) => positionOf.get(snapshot, k), undefined),
      positions: safely((by: FoundBy, w: string) => positions.all(snapshot, by[0]!, w).flatMap(([i, times]) => Array<number>(times).fill(i)), []),
      // (Every word beginning with the prefix sorts below the prefix followed by the last code point.)
      wordsFrom: safely((by: FoundBy, prefix: string) => from.all(snapshot, by[0]!, prefix, `${prefix}\u{10FFFF}`), []),
      nameWord: safely((w: string) => {
        const row = nameWord.get(snapshot, w);
        return row && { spelling: row.spelling ?? undefined, inKey: row.in_key === 1 };
      }, undefined),
      namedIn: safely((a: number) => {
        const text = named.get(snapshot, a);
        return text === undefined ? undefined : (JSON.parse(text) as number[]);
      }, undefined),
      rolesAt: safely((positions: number[], whole?: boolean) => {
        const out: [number, { role: string; terms: string[]; article: number }[], KeptPerson | undefined][] = [];
        for (const [i, triples, terms, key, name, aliases] of (whole ? rows : roles).iterate(snapshot, JSON.stringify(positions)) as Iterable<
          [number, string, string, string?, string?, string?]
        >) {
          const r = JSON.parse(triples) as (string | number)[];
          const t = JSON.parse(terms) as string[];
          const list: { role: string; terms: string[]; article: number }[] = new Array(r.length / 3);
          for (let k = 0; k < r.length; k += 3) {
            const known = t[k / 3];
            list[k / 3] = {
              role: r[k] as string,
              terms: typeof known === 'string' ? (known ? known.split(' ') : []) : roleTerms({ role: r[k] as string } as RoleFact),
              article: r[k + 1] as number,
            };
          }
          out.push([i, list, whole ? [i, key!, name!, JSON.parse(aliases!) as string[], r, t] : undefined]);
        }
        return out;
      }, []),
      docs: safely(() => {
        const out: PersonDoc[] = [];
        for (const [id, name, aliases, roles] of docs.iterate(snapshot)) {
          const triples = JSON.parse(roles) as (string | number)[];
          out.push({ id, name, aliases: (JSON.parse(aliases) as string[]).join(' '), roles: triples.filter((_, k) => k % 3 === 0).join(' | ') });
        }
        return out;
      }, []),
    };
  } catch {
    return undefined;
  }
}
