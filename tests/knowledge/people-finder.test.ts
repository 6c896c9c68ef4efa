import { describe, expect, it } from 'vitest';
import { nameWordsOf, wordsOfPerson } from '../../src/knowledge/people-finder.ts';

// GIVEN a person's key, aliases and roles THEN they are found by every word a lookup may ask: each
// alias (as often as it folds to it), the name's parts, each role's terms, and each role word no term holds.

describe('the words a person is found by', () => {
  it('lists aliases, name parts, role terms, and the role words no term stands for (stop words, abbreviated titles)', () => {
    const words = wordsOfPerson({
      key: 'otto brenn',
      aliases: ['Brenn', 'Brénn'],
      roles: [{ role: 'State Rep. of the district', terms: ['state', 'repres', 'district'] }],
    });
    expect(words.filter(([by]) => by === 'alias')).toEqual([
      ['alias', 'brenn'],
      ['alias', 'brenn'],
    ]);
    expect(words).toContainEqual(['last', 'brenn']);
    expect(words).toContainEqual(['first', 'otto']);
    expect(words).toContainEqual(['term', 'repres']);
    // "rep" is no term of the role ("Representative" is): found by the word itself, as "of" and "the".
    expect(words.filter(([by]) => by === 'word').map(([, w]) => w)).toEqual(['rep', 'of', 'the']);
  });

  it('gives no first part to a name of one word, and no part shorter than three letters', () => {
    const words = wordsOfPerson({ key: 'li', aliases: [], roles: [] });
    expect(words).toEqual([]);
    expect(wordsOfPerson({ key: 'cher', aliases: [], roles: [] })).toEqual([['last', 'cher']]);
  });

  it("keeps a name word's spelling only where every name writes it alike", () => {
    const words = nameWordsOf([
      { key: 'ana quinones-hart', name: 'Ana Quiñones-Hart' },
      { key: 'ana lund', name: 'ANA Lund' },
    ]);
    expect(words.get('quinones-hart')).toEqual({ spelling: 'Quiñones-Hart', inKey: true });
    expect(words.get('ana')).toEqual({ spelling: undefined, inKey: true });
  });
});
