import { fold, isStopWord, stem, words } from '../text.ts';
import type { Article } from '../corpus/types.ts';
import type { Person, RoleFact } from './people.ts';
import { roleTerms } from './role-words.ts';

// The people as the answers read them: one at a time by key, or the positions (in the people's order)
// of those with an alias, a name part or a role word, never all at once. A knowledge opened from its
// snapshot answers these from tables of the index file (knowledge-build/people-table.ts), so that a
// start reads no person; a knowledge built in memory answers them from maps made on first use.

/**
 * What a person is found by: an alias (folded; once per alias, as many times as their aliases fold to
 * it), the last or first part of their key (three letters at least; a first part only of a key of two
 * parts or more), a term of a role (terms(), as the role index reads it), and a word of a role that is
 * a stop word or whose stem is no term of that role (so that every word of a role is found by one of the two).
 */
export type FoundBy = 'alias' | 'last' | 'first' | 'term' | 'word';

/** A word of people's names: as written when every name holding it writes it alike, and whether it is a word of a key. */
export interface NameWord {
  spelling: string | undefined;
  inKey: boolean;
}

export interface PeopleFinder {
  readonly count: number;
  /** The person at a position in the people's order. */
  at(i: number): Person;
  /** The people at these positions (at() of each), those kept in the index file read at once; with `roles`, role roles[n] of the n-th is the one whose sentence will be asked for. */
  many(positions: number[], roles?: number[]): Person[];
  /** The person whose key (folded full name) this is. */
  byKey(key: string): Person | undefined;
  /** The positions of the people found by this word, in the people's order. */
  positions(by: FoundBy, word: string): number[];
  /** The words people are found by that begin with `prefix`. */
  wordsFrom(by: FoundBy, prefix: string): string[];
  /** A folded word of people's names or keys. */
  nameWord(word: string): NameWord | undefined;
  /**
   * The roles of the people at these positions (ascending), each with its terms (roleTerms), read in
   * one pass without making the people: a role search checks hundreds of thousands of candidates and
   * makes only those who fit. With `whole`, the people made next (many()) are made from the rows
   * read here, not read again. Absent where the people are in memory (at() costs nothing there).
   */
  rolesAt?(positions: number[], whole?: boolean): [i: number, roles: { role: string; terms: string[]; article?: number }[]][];
  /** The article a role's `article` (rolesAt) is the position of. */
  articleAt?(position: number): Article;
  /**
   * The article of a role's sentence (role.sentence.paragraph.article), known without reading the
   * sentence where the role is kept so: a filter over every holder of a title reads no sentence.
   */
  articleOf?(role: RoleFact): Article | undefined;
}

/** What a person's words are worked out from: their key, aliases, and each role with its terms. */
export interface PersonWords {
  key: string;
  aliases: readonly string[];
  roles: { role: string; terms: string[] }[];
}

/** Every (kind, word) a person is found by, each once but for aliases (see FoundBy). */
export function wordsOfPerson({ key, aliases, roles }: PersonWords): [FoundBy, string][] {
  const out: [FoundBy, string][] = aliases.map((a) => ['alias', fold(a)]);
  const space = key.indexOf(' ');
  const last = key.slice(key.lastIndexOf(' ') + 1);
  if (last.length >= 3) out.push(['last', last]);
  if (space >= 3) out.push(['first', key.slice(0, space)]);
  const terms = new Set<string>();
  const other = new Set<string>();
  for (const { role, terms: own } of roles) {
    for (const t of own) terms.add(t);
    const held = new Set(own);
    for (const w of words(role)) if (isStopWord(w) || !held.has(stem(w))) other.add(w);
  }
  for (const t of terms) out.push(['term', t]);
  for (const w of other) out.push(['word', w]);
  return out;
}

/** The words of these names and keys (in the people's order), each with its one spelling (undefined where names spell it differently). */
export function nameWordsOf(people: Iterable<{ key: string; name: string }>): Map<string, NameWord> {
  // (null: spelt differently by two names.)
  const spelt = new Map<string, string | null>();
  const inKeys = new Set<string>();
  for (const { key, name } of people) {
    for (const w of name.split(/\s+/)) {
      const k = fold(w);
      spelt.set(k, spelt.has(k) && spelt.get(k) !== w ? null : w);
    }
    for (const w of key.split(' ')) inKeys.add(w);
  }
  const out = new Map<string, NameWord>();
  for (const [w, spelling] of spelt) out.set(w, { spelling: spelling ?? undefined, inKey: inKeys.has(w) });
  for (const w of inKeys) if (!spelt.has(w)) out.set(w, { spelling: undefined, inKey: true });
  return out;
}

/** A person's words as wordsOfPerson reads them. */
export const personWords = (p: Person): PersonWords => ({ key: p.key, aliases: p.aliases, roles: p.roles.map((r) => ({ role: r.role, terms: roleTerms(r) })) });

/** The finder of people held in memory, its maps made on first use. */
export function peopleFinderOf(people: Person[]): PeopleFinder {
  let byKey: Map<string, Person> | undefined;
  let found: Map<string, number[]> | undefined;
  let byKind: Map<FoundBy, string[]> | undefined;
  let names: Map<string, NameWord> | undefined;
  const foundBy = () => {
    if (!found) {
      found = new Map();
      people.forEach((p, i) => {
        for (const [by, w] of wordsOfPerson(personWords(p))) {
          const list = found!.get(`${by}\u0000${w}`);
          if (list) list.push(i);
          else found!.set(`${by}\u0000${w}`, [i]);
        }
      });
    }
    return found;
  };
  return {
    count: people.length,
    at: (i) => people[i]!,
    many: (positions) => positions.map((i) => people[i]!),
    byKey: (key) => (byKey ??= new Map(people.map((p) => [p.key, p]))).get(key),
    positions: (by, word) => foundBy().get(`${by}\u0000${word}`) ?? [],
    wordsFrom(by, prefix) {
      if (!byKind) {
        byKind = new Map();
        for (const k of foundBy().keys()) {
          const [kind, w] = k.split('\u0000') as [FoundBy, string];
          const list = byKind.get(kind);
          if (list) list.push(w);
          else byKind.set(kind, [w]);
        }
      }
      return (byKind.get(by) ?? []).filter((w) => w.startsWith(prefix));
    },
    nameWord: (word) => (names ??= nameWordsOf(people)).get(word),
  };
}
