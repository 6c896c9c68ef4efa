import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PeopleIndex, type PeopleQuery, type PersonDoc } from '../../src/search/people-index.ts';

// GIVEN the people of a corpus, WHEN they are searched by name, the start of a name, a misspelt name
// or a role, THEN words as typed win, then words begun, then near spellings; and the index is made
// again only for another corpus.

const PEOPLE: PersonDoc[] = [
  { id: 'gong zheng', name: 'Gong Zheng', aliases: 'Gong', roles: 'mayor of Shanghai' },
  { id: 'han zheng', name: 'Han Zheng', aliases: 'Han', roles: 'Vice President' },
  { id: 'london breed', name: 'London Breed', aliases: 'Breed', roles: 'mayor of San Francisco' },
  { id: 'gongora', name: 'Luis Gongora', aliases: 'Gongora', roles: 'chief executive officer of Brightcell' },
];
// As /who looks up a name.
const NAMES: PeopleQuery = { fields: ['name', 'aliases'], combineWith: 'AND', prefix: (t) => t.length >= 3, fuzzy: (t) => (t.length >= 4 ? 0.25 : false) };
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('people index', () => {
  const index = new PeopleIndex(new Database(':memory:'), 'corpus-1', () => PEOPLE);

  it('finds a name as typed before names that begin with it', () => {
    expect(ids(index.search('gong', NAMES))).toEqual(['gong zheng']);
    expect(ids(index.search('gon', NAMES))).toEqual(expect.arrayContaining(['gong zheng', 'gongora']));
  });

  it('needs every word with AND, any with OR', () => {
    expect(ids(index.search('gong zheng', NAMES))).toEqual(['gong zheng']);
    expect(ids(index.search('han zheng', { fields: ['name'] })).sort()).toEqual(['gong zheng', 'han zheng']);
  });

  it('finds a misspelt name only where nothing matches as typed', () => {
    expect(ids(index.search('Lodnon Breed', NAMES))).toEqual(['london breed']);
    expect(index.search('Lodnon Breed', { fields: ['name', 'aliases'], combineWith: 'AND' })).toEqual([]);
  });

  it('searches the fields asked for, with their boosts', () => {
    expect(ids(index.search('mayor', { fields: ['roles'] })).sort()).toEqual(['gong zheng', 'london breed']);
    expect(index.search('mayor', { fields: ['name'] })).toEqual([]);
    const boosted = index.search('gongora shanghai', { boost: { name: 3 } });
    expect(ids(boosted)[0]).toBe('gongora');
  });

  it('takes any text without a query error', () => {
    for (const q of ['"', 'AND OR NOT', 'NEAR(a b)', '*', '{name}:x', '', '—', "o'brien"]) expect(() => index.search(q, NAMES)).not.toThrow();
  });

  it('is made again for another corpus only', () => {
    const db = new Database(':memory:');
    let made = 0;
    const docs = () => (made++, PEOPLE);
    new PeopleIndex(db, 'corpus-1', docs);
    new PeopleIndex(db, 'corpus-1', docs);
    expect(made).toBe(1);
    const other = new PeopleIndex(db, 'corpus-2', () => (made++, PEOPLE.slice(0, 2)));
    expect(made).toBe(2);
    expect(other.search('breed', { fields: ['name', 'aliases'] })).toEqual([]);
  });

  it('keeps answering for its corpus while the next corpus is indexed in the same file, and the one not in use is replaced', () => {
    const db = new Database(':memory:');
    let made = 0;
    const current = new PeopleIndex(db, 'corpus-1', () => (made++, PEOPLE));
    // A reload indexes the next corpus (its people in another order, one fewer) beside it.
    const next = new PeopleIndex(db, 'corpus-2', () => (made++, [...PEOPLE].reverse().slice(1)));
    expect(ids(current.search('breed', NAMES))).toEqual(['london breed']);
    expect(ids(current.search('gongora', NAMES))).toEqual(['gongora']);
    expect(ids(next.search('breed', NAMES))).toEqual(['london breed']);
    expect(next.search('gongora', NAMES)).toEqual([]);
    // Both stay: opened again, neither is made again.
    new PeopleIndex(db, 'corpus-1', () => (made++, PEOPLE));
    new PeopleIndex(db, 'corpus-2', () => (made++, PEOPLE));
    expect(made).toBe(2);
    // A third corpus takes the slot used least recently (corpus-1 was opened before corpus-2 just now).
    const third = new PeopleIndex(db, 'corpus-3', () => (made++, PEOPLE.slice(0, 1)));
    expect(made).toBe(3);
    expect(ids(next.search('breed', NAMES))).toEqual(['london breed']);
    expect(ids(third.search('gong', NAMES))).toEqual(['gong zheng']);
    new PeopleIndex(db, 'corpus-1', () => (made++, PEOPLE));
    expect(made).toBe(4);
  });
});
