import { fold } from '../text.ts';
import type { Knowledge } from '../knowledge-build/index.ts';
import type { Person } from '../knowledge/people.ts';
import { TITLES } from '../knowledge/lexicon.ts';
import { parseRoleQuery, peopleInRole } from '../knowledge/roles.ts';

// Finds the person a user means: the full name, a title plus name, one part of the name the articles
// use alone, a near spelling, or a role ("the mayor of Shanghai"). Several fits are returned as such
// so that the bot can list them instead of guessing.

export type PersonMatch = { kind: 'one'; person: Person } | { kind: 'many'; people: Person[] } | { kind: 'none' };

const TITLE_PREFIX = new RegExp(`^(?:(?:${TITLES.map((t) => t.toLowerCase().replace(/\./g, '\\.?')).join('|')}|mr|mrs|ms|miss|madam)\\.?\\s+)+`);

export function cleanName(query: string): string {
  // ("Vessby's port warden": the owner's name without its possessive ending.)
  return fold(query)
    .replace(/(?<=\p{L})['\u2019]s\b/gu, '')
    .replace(/[?!.,;:"'()[\]{}]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:who|what)\s+(?:is|was|are|were)\s+/, '')
    .replace(/^(?:is|was|about)\s+/, '')
    .replace(/^(?:the|a|an)\s+/, '');
}

export function resolvePerson(k: Knowledge, query: string): PersonMatch {
  const q = cleanName(query);
  if (!q || !/\p{L}/u.test(q)) return { kind: 'none' };
  // "Darnell J. Whitaker" is Darnell Whitaker: a middle initial is left out as often as written.
  const noInitial = q.replace(/ [a-z](?= )/g, '');
  const byKey = k.peopleByKey.get(q) ?? k.peopleByKey.get(q.replace(TITLE_PREFIX, '')) ?? k.peopleByKey.get(noInitial.replace(TITLE_PREFIX, ''));
  if (byKey) return { kind: 'one', person: byKey };

  const alias = k.peopleByAlias.get(q) ?? [];
  if (alias.length) return one(alias);

  const nameQuery = q.replace(TITLE_PREFIX, '') || q;
  // "mayor of Tacoma" describes an office: "of Tacoma" is no name to spell near "Tomas".
  // A short word may be misspelt too ("jon grub") when another word of the name holds it to someone.
  const several = nameQuery.split(/\s+/).length > 1;
  const byName = /^of\s/.test(nameQuery)
    ? []
    : k.peopleIndex.search(nameQuery, {
        fields: ['name', 'aliases'],
        combineWith: 'AND',
        fuzzy: (term) => (term.length >= 4 ? 0.25 : several && term.length === 3 ? 0.34 : false),
        prefix: (term) => term.length >= 3,
      });
  if (byName.length) return one(top(k, byName));

  // A description of a role: "the Brightcell CEO", "the mayor of Shanghai", "COO".
  const described = parseRoleQuery(query);
  if (described) {
    const holders = peopleInRole(k, described).map((m) => m.person);
    if (holders.length) return one(holders);
    if (described.body) return { kind: 'none' };
  }

  const byRole = k.peopleIndex.search(q, {
    fields: ['roles'],
    combineWith: 'AND',
    fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
    prefix: (term) => term.length >= 5,
  });
  if (byRole.length) return one(top(k, byRole));
  // "the bakery guy", "the tourism lady": a word for anyone after what they do.
  const generic = /^(.+?)\s+(?:guy|guys|person|people|man|men|woman|women|lady|folks?|fellow|one)$/.exec(q);
  if (generic) return resolvePerson(k, generic[1]!);
  return { kind: 'none' };
}

/** Hits close to the best one; a clear winner stands alone. */
function top(k: Knowledge, hits: { id: unknown; score: number }[]): Person[] {
  const best = hits[0]!.score;
  return hits
    .filter((h) => h.score >= best * 0.75)
    .slice(0, 10)
    .map((h) => k.peopleByKey.get(String(h.id))!)
    .filter(Boolean);
}

function one(people: Person[]): PersonMatch {
  return people.length === 1 ? { kind: 'one', person: people[0]! } : { kind: 'many', people };
}

export function describe(p: Person): string {
  const roles = p.roles.map((r) => r.role);
  return roles.length ? `${p.name} (${roles[0]})` : p.name;
}
