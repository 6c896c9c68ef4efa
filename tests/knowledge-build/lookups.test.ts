import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { correctSpelling } from '../../src/answers/normalize.ts';
import { PeopleIndex } from '../../src/search/people-index.ts';
import { knowledgeOf } from '../helpers.ts';
import type { Sentence } from '../../src/corpus/types.ts';
import type { Knowledge } from '../../src/knowledge-build/index.ts';
import type { Person } from '../../src/knowledge/people.ts';
import { placesIn } from '../../src/knowledge/places.ts';
import { rolesWithWord, wordsOfRolesWith } from '../../src/knowledge/roles.ts';
import { peopleFinderOf } from '../../src/knowledge/people-finder.ts';
import { fold, words } from '../../src/text.ts';

// GIVEN the lookups that replaced scans over every place or every role of the corpus (at 50,000
// articles those scans cost most of a question), WHEN they are asked, THEN they find exactly what
// the scans found, in the same order.

/** placesIn as it was: every place tried on the text, longest first. */
function placesInByScan(text: string, places: Map<string, string>): { place: string; at: number }[] {
  let folded = '';
  for (const ch of text) {
    const f = fold(ch);
    folded += f.length === ch.length ? f : ch.toLowerCase();
  }
  const out: { place: string; at: number }[] = [];
  const taken: [number, number][] = [];
  for (const [key, name] of [...places].sort((a, b) => b[0].length - a[0].length)) {
    let at = folded.indexOf(key);
    while (at >= 0) {
      const end = at + key.length;
      const whole = !/[\p{L}\p{N}]/u.test(folded[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(folded[end] ?? ' ');
      if (whole && !taken.some(([s, e]) => at < e && end > s)) {
        out.push({ place: name, at });
        taken.push([at, end]);
      }
      at = folded.indexOf(key, end);
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

describe('places named in a text', () => {
  const places = new Map([
    ['marlow', 'Marlow'],
    ['new marlow', 'New Marlow'],
    ['st. ives', 'St. Ives'],
    ['são paulo', 'São Paulo'],
    ['kestrel city', 'Kestrel City'],
    ['kestrel', 'Kestrel'],
    ['east kestrel city', 'East Kestrel City'],
    ['ivesby', 'Ivesby'],
    ['#hub', '#Hub'],
    ['paulo', 'Paulo'],
  ]);
  const texts = [
    'The mayor flew from Marlow to New Marlow, then on to Kestrel City.',
    'In East Kestrel City and Kestrel, and St. Ives; not Ivesby-on-Sea or Marlowe.',
    'SÃO PAULO, São Paulo and Sao Paulo: Paulo alone.',
    'Marlow,Marlow.marlow—MARLOW newmarlow new marlow',
    'At the #hub in Kestrel-City and kestrelcity',
    '',
    'No place here at all.',
    'Kestrel City Kestrel City Kestrel',
  ];

  it('finds what trying every place found, at the same offsets', () => {
    for (const text of texts) expect(placesIn(text, places)).toEqual(placesInByScan(text, places));
    expect(placesIn(texts[0]!, places).map((p) => p.place)).toEqual(['Marlow', 'New Marlow', 'Kestrel City']);
  });

  it('reads a place added to the map since', () => {
    const grown = new Map(places);
    expect(placesIn('Off to Ostby.', grown)).toEqual([]);
    grown.set('ostby', 'Ostby');
    expect(placesIn('Off to Ostby.', grown)).toEqual([{ place: 'Ostby', at: 7 }]);
  });
});

describe('roles with a word', () => {
  const sentence = { text: '' } as Sentence;
  const person = (name: string, ...roles: string[]): Person => ({
    key: fold(name),
    name,
    aliases: [],
    roles: roles.map((role) => ({ role, sentence })),
    mentions: [],
  });
  const people = [
    person('Ann Alder', 'mayor of Marlow', 'former Mayor of New Marlow'),
    person('Bo Birch', 'chief executive of the Kestrel Trust'),
    person('Cy Cedar', 'deputy mayors’ aide', 'Mayor'),
    person('Di Dogwood', 'director of the mayor’s office of trade', 'mayoral candidate'),
    person('Ed Elm', 'president of the Marlow Chamber of Commerce'),
  ];
  const k = { people, peopleFinder: peopleFinderOf(people) } as unknown as Knowledge;
  const byScan = (word: string) => people.flatMap((p) => p.roles.filter((r) => words(r.role).includes(word)).map((role) => ({ person: p, role })));

  it('are the roles holding the word as written, in the people’s order', () => {
    for (const word of ['mayor', 'mayors', 'mayoral', 'of', 'the', 'marlow', 'kestrel', 'Mayor', 'office', 'nobody']) {
      expect(rolesWithWord(k, word)).toEqual(byScan(word));
    }
    expect(rolesWithWord(k, 'mayor').map((m) => m.person.name)).toEqual(['Ann Alder', 'Ann Alder', 'Cy Cedar', 'Di Dogwood']);
  });

  it('give the words of those roles, each once', () => {
    for (const word of ['mayor', 'of', 'marlow', 'nobody']) {
      expect([...wordsOfRolesWith(k, word)].sort()).toEqual([...new Set(byScan(word).flatMap((m) => words(m.role.role)))].sort());
    }
  });
});

describe('searches asked again', () => {
  it('find the same people from memory, and a caller changing its hits changes no later search', () => {
    const db = new Database(':memory:');
    const index = new PeopleIndex(db, 'corpus', () => [
      { id: 'a', name: 'Ann Alder', aliases: 'Alder', roles: 'mayor of Marlow' },
      { id: 'b', name: 'Bo Birch', aliases: 'Birch', roles: 'deputy mayor of Marlow' },
    ]);
    const query = { fields: ['roles' as const], combineWith: 'AND' as const };
    const first = index.search('mayor marlow', query);
    const asFound = first.map((h) => ({ ...h }));
    expect(asFound.map((h) => h.id)).toEqual(expect.arrayContaining(['a', 'b']));
    first[0]!.score = -1;
    db.close();
    // Read from memory: the file is closed (a search not asked before cannot run).
    expect(index.search('mayor marlow', query)).toEqual(asFound);
    expect(() => index.search('deputy', query)).toThrow();
  });

  it('spell a word the articles do not use as the near spellings they do, the same each time', () => {
    const k = knowledgeOf(['The delegation visited the Brightwater harbour on Monday.']);
    const r = k.retriever;
    const first = r.analyze('brightwatr harbor');
    expect(first.find((q) => q.term === 'brightwatr')?.forms).toEqual(['brightwatr', 'brightwat']);
    first[0]!.forms.push('changed');
    expect(r.analyze('brightwatr harbor')).toEqual(r.analyze('brightwatr harbor'));
    expect(r.analyze('brightwatr harbor')[0]!.forms).not.toContain('changed');
  });
});

describe('the people index', () => {
  it('is made when a search first needs it, not with the knowledge', () => {
    const k = knowledgeOf(['Mayor Ann Alder of Marlow met Bo Birch, chief executive of the Kestrel Trust.']);
    const tables = () => k.retriever.index.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'person%'").get() as { n: number };
    expect(tables().n).toBe(0);
    expect(k.peopleIndex.search('alder', { fields: ['name'] }).map((h) => h.id)).toEqual(['ann alder']);
    expect(tables().n).toBeGreaterThan(0);
  });
});

describe('a spelling corrected again', () => {
  it('is read from memory, the same as the first time', () => {
    const k = knowledgeOf(['The delegation visited the Brightwater harbour on Monday.']);
    const r = k.retriever;
    const first = correctSpelling('Who runs Brightwatr harbour?', r);
    expect(first).toMatch(/^Who runs Brightwat\w* harbour\?$/);
    expect(first).not.toContain('Brightwatr');
    r.index.db.close();
    // Nothing is looked up in the (closed) index file for words corrected before; a new word would be.
    expect(correctSpelling('Who runs Brightwatr harbour?', r)).toBe(first);
    expect(() => correctSpelling('Who runs Brightwatter?', r)).toThrow();
  });
});
