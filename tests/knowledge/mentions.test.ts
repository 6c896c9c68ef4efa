import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/corpus/load.ts';
import { buildKnowledge } from '../../src/knowledge-build/index.ts';
import { BOUNDARY, escapeRegExp, findMentions, mentionMatcher, type Person } from '../../src/knowledge/people.ts';

// findMentions replaced one regular expression per article (all its names and aliases, longest
// first, between word boundaries of any script); it must find exactly what that expression found.
function byRegExp(text: string, people: Person[], aliasOf: Map<string, Person>) {
  const byForm = new Map<string, Person>();
  for (const p of people) byForm.set(p.name, p);
  for (const [alias, p] of aliasOf) if (!byForm.has(alias)) byForm.set(alias, p);
  if (!byForm.size) return [];
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return [...text.matchAll(new RegExp(`${BOUNDARY}(?:${forms.join('|')})${BOUNDARY}`, 'gu'))].map((m) => ({
    person: byForm.get(m[0])!,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const person = (name: string): Person => ({ key: name.toLowerCase(), name, aliases: [], roles: [], mentions: [] });

describe('findMentions', () => {
  it('finds whole names before their parts, and parts used alone', () => {
    const breed = person('London Breed');
    const matcher = mentionMatcher([breed], new Map([['Breed', breed]]));
    expect(findMentions('Mayor London Breed met Breed’s staff; Breedlove did not.', matcher)).toEqual([
      { person: breed, start: 6, end: 18 },
      { person: breed, start: 23, end: 28 },
    ]);
  });

  it('agrees with the regular expression on the seed articles', () => {
    const k = buildKnowledge(loadArticles('seeds').articles);
    for (const a of k.articles) {
      const people = k.people.filter((p) => p.mentions.some((s) => s.paragraph.article === a));
      const aliasOf = new Map(people.flatMap((p) => p.aliases.map((al) => [al, p] as const)));
      const matcher = mentionMatcher(people, aliasOf);
      for (const p of a.paragraphs) for (const s of p.sentences) expect(findMentions(s.text, matcher)).toEqual(byRegExp(s.text, people, aliasOf));
    }
  });

  it('agrees with the regular expression on random texts', () => {
    const people = ['Li Na', 'Li', 'Na', 'Ó Li', 'A-b', 'x_y', 'Zé', '1 Li'].map(person);
    const aliasOf = new Map([
      ['Lin', people[0]!],
      ['é', people[6]!],
    ]);
    const matcher = mentionMatcher(people, aliasOf);
    const alphabet = ['Li', 'Na', 'Ó', 'é', 'x', 'A', 'b', 'Z', ' ', ' ', "'", '-', '_', '1', 'n', 'y', '𝐀'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + rand(14) }, () => alphabet[rand(alphabet.length)]).join('');
      expect([text, findMentions(text, matcher)]).toEqual([text, byRegExp(text, people, aliasOf)]);
    }
  });
});
