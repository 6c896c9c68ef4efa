import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { firstWordOf, rankedPlaces, type Places } from '../knowledge/places.ts';
import { snapshotNumber } from './people-table.ts';

// A snapshot's places in a table of the index file, under the number that stands for its key in the
// people's tables: a row per place (its folded key, its name as printed, the first word of its key,
// and where it was found) in the order placesIn tries them (longest key first, ties in the order
// found), found by key and by first word. A start reads none of them (they were a third of the snapshot's head, and a map of
// 225,000 at 50,000 articles); a question reads the places its words can name.

const TABLES = [
  'CREATE TABLE IF NOT EXISTS snapshot_places (s INTEGER NOT NULL, rank INTEGER NOT NULL, ord INTEGER NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, first TEXT NOT NULL, PRIMARY KEY (s, rank)) WITHOUT ROWID',
  'CREATE INDEX IF NOT EXISTS snapshot_places_key ON snapshot_places (s, key)',
  'CREATE INDEX IF NOT EXISTS snapshot_places_first ON snapshot_places (s, first, rank)',
];

/**
 * Keeps the places (folded key, name, in the order found) in the index file under the snapshot's key
 * (its number given by the people's tables: keepPeople first); those of other snapshots go but for
 * `answering`'s. False where they could not be written.
 */
export function keepPlaces(db: Database.Database, key: string, answering: string, places: [string, string][]): boolean {
  try {
    for (const sql of TABLES) db.exec(sql);
    const insert = db.prepare('INSERT INTO snapshot_places (s, rank, ord, key, name, first) VALUES (?, ?, ?, ?, ?, ?)');
    db.transaction(() => {
      const s = snapshotNumber(db, key);
      if (s === undefined) throw new Error('no snapshot number');
      const kept = [s, snapshotNumber(db, answering) ?? s];
      db.prepare('DELETE FROM snapshot_places WHERE s NOT IN (?, ?)').run(kept[0], kept[1]);
      db.prepare('DELETE FROM snapshot_places WHERE s = ?').run(s);
      const found = places.map(([k, name], ord): [string, string, number] => [k, name, ord]);
      rankedPlaces(found).forEach(([k, name, ord], rank) => insert.run(s, rank, ord, k, name, firstWordOf(k)));
    })();
    return true;
  } catch {
    return false;
  }
}

/** Places' keys and first words read most recently, kept in memory. */
const HELD = 10_000;

/** The places kept under `texts` (keepPlaces), `count` of them; undefined where the index file holds another number. */
export function keptPlaces(db: Database.Database, texts: string, count: number): Places | undefined {
  try {
    const s = snapshotNumber(db, texts);
    if (s === undefined) return undefined;
    const at = db.prepare<[number, number], number>('SELECT 1 FROM snapshot_places WHERE s = ? AND rank = ?').pluck();
    // The last one is there and none after it: all were written (in one transaction).
    if ((count && at.get(s, count - 1) === undefined) || at.get(s, count) !== undefined) return undefined;
    const byKey = db.prepare<[number, string], string>('SELECT name FROM snapshot_places INDEXED BY snapshot_places_key WHERE s = ? AND key = ?').pluck();
    const byFirst = db
      .prepare<[number, string], [number, string, string]>(
        'SELECT rank, key, name FROM snapshot_places INDEXED BY snapshot_places_first WHERE s = ? AND first = ?',
      )
      .raw();
    // (A read that fails, the file gone or busy, finds no place.)
    const names = new LRUCache<string, { name: string | null }>({ max: HELD });
    const get = (key: string): string | undefined => {
      let held = names.get(key);
      if (!held) {
        let name: string | undefined;
        try {
          name = byKey.get(s, key);
        } catch {
          return undefined;
        }
        names.set(key, (held = { name: name ?? null }));
      }
      return held.name ?? undefined;
    };
    const firsts = new LRUCache<string, [number, string, string][]>({ max: HELD });
    const withFirst = (word: string): [number, string, string][] => {
      let rows = firsts.get(word);
      if (!rows) {
        try {
          rows = byFirst.all(s, word);
        } catch {
          return [];
        }
        firsts.set(word, rows);
      }
      return rows;
    };
    const all = db.prepare<[number], [string, string]>('SELECT key, name FROM snapshot_places WHERE s = ? ORDER BY ord').raw();
    const every = () => {
      try {
        return all.all(s);
      } catch {
        return [];
      }
    };
    return {
      size: count,
      [Symbol.iterator]: () => every().values(),
      keys: () =>
        every()
          .map(([key]) => key)
          .values(),
      values: () =>
        every()
          .map(([, name]) => name)
          .values(),
      get,
      has: (key) => get(key) !== undefined,
      byFirstWords(words) {
        const found = new Map<number, [string, string]>();
        for (const w of ['', ...words]) for (const [rank, key, name] of withFirst(w)) found.set(rank, [key, name]);
        return [...found.keys()].sort((a, b) => a - b).map((rank) => found.get(rank)!);
      },
    };
  } catch {
    return undefined;
  }
}
