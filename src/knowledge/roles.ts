import { LRUCache } from 'lru-cache';
import { fold, isStopWord, stem, terms, words } from '../text.ts';
import type { ShortForm } from './abbreviations.ts';
import { TITLES } from './lexicon.ts';
import type { Article } from '../corpus/types.ts';
import type { Person, RoleFact } from './people.ts';
import { roleTerms, titlesInFull } from './role-words.ts';
import type { PeopleFinder } from './people-finder.ts';
import { isKindOf, synonyms } from './wordnet.ts';
import { placesIn, type Places } from './places.ts';

/** What the role lookups read of the knowledge the build makes (src/knowledge-build): the rules import no build. */
interface Knowledge {
  peopleFinder: PeopleFinder;
  initials: Map<string, string>;
  abbreviations: Map<string, ShortForm>;
  /** Place names by folded name: a body's word that a role holds only inside a place's name names no body. */
  places?: Places;
}

// People by the description of their role: "the CEO of Brightcell Energy", "the Kestrel City mayor",
// "SF's mayor", "COO". The title may be said in other words (CEO for chief executive, from WordNet)
// or by its initials; the body (a company, a city) must be named in the role, or there is no match.

export interface RoleQuery {
  /** The title asked for ("ceo", "mayor"); absent for "who runs X". */
  title?: string;
  /** The body or place the role belongs to ("Brightcell Energy", "Marlow"). */
  body?: string;
}

export interface RoleMatch {
  person: Person;
  role: RoleFact;
}

const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.toLowerCase().split(' ')));

/** Reads a description of a role: "the mayor of Marlow", "Joyu's CEO", "the Brightcell CEO", "COO". */
export function parseRoleQuery(text: string): RoleQuery | undefined {
  const t = text
    .trim()
    .replace(/[?.!]+$/, '')
    .replace(/^(?:the|a|an)\s+/i, '');
  if (!t) return undefined;
  const of = /^(.+?)\s+(?:of|at|for|in|from|with)\s+(?:the\s+)?(.+)$/i.exec(t);
  if (of && isTitle(of[1]!)) return { title: of[1]!.toLowerCase(), body: of[2]! };
  const owner = /^(.+?)['\u2019]s\s+(.+)$/.exec(t);
  if (owner && isTitle(owner[2]!)) return { title: owner[2]!.toLowerCase(), body: owner[1]! };
  const words = t.split(/\s+/);
  // "the Kestrel City mayor", "the Brightcell CEO": a name, then the title.
  let i = 0;
  while (i < words.length - 1 && /^\p{Lu}/u.test(words[i]!) && !isTitle(words.slice(i).join(' '))) i++;
  if (i > 0 && isTitle(words.slice(i).join(' '))) return { title: words.slice(i).join(' ').toLowerCase(), body: words.slice(0, i).join(' ') };
  if (isTitle(t)) return { title: t.toLowerCase() };
  return undefined;
}

/** A title: ends in a word that names an office or a job ("mayor", "chief executive", "COO"). */
export function isTitle(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length > 4 || !/^[\p{L}-]+$/u.test(last)) return false;
  if (words.slice(0, -1).some((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()))) return false;
  if (/^\p{Lu}{2,5}$/u.test(last)) return true; // an initialism: CEO, COO
  const l = last.toLowerCase();
  return TITLE_WORDS.has(l) || ['worker', 'leader', 'head', 'official', 'expert'].some((kind) => isKindOf(l, kind));
}

/** The ways a title may be written: itself and the words of its initials. */
function titleForms(k: Knowledge, title: string): string[][] {
  const spelled = k.initials.get(fold(title));
  // ("council member" is also written "councilmember", and the other way round.)
  const joined = /^council\s+(?:wo)?member$/i.test(title)
    ? title.replace(/\s+/, '')
    : /^council(?:wo)?member$/i.test(title)
      ? title.replace(/^council/i, 'council ')
      : undefined;
  return [title, ...(spelled ? [spelled] : []), ...(joined ? [joined] : [])].map((f) => terms(f)).filter((f) => f.length);
}

/** Other words for a title, from WordNet ("CEO" for "chief executive officer"). */
function titleSynonyms(title: string): string[][] {
  // "chief executive" is no WordNet lemma: its longer form is ("chief executive officer", "CEO").
  const longer = /^chief\s+\w+$/i.test(title) ? synonyms(`${title} officer`, 'noun', 2).concat(`${title} officer`) : [];
  // "the port boss", "the chamber's head": whoever leads it, by the title their role gives.
  const boss = /^(.*?)\s*\b(?:boss|head|leader|honcho|top\s+(?:official|exec|executive|person))$/i.exec(title);
  const leading = boss ? LEADING_TITLES.map((t) => `${boss[1]} ${t}`.trim()) : [];
  return [...synonyms(title, 'noun', 2), ...longer, ...leading].map((f) => terms(f)).filter((f) => f.length);
}

// The titles of those who lead a body.
const LEADING_TITLES = ['director', 'president', 'chief executive', 'chair', 'chairman', 'chairwoman', 'head', 'general manager', 'ceo'];

/** The ways a body may be written: itself, or what its initials or abbreviation stand for. */
function bodyForms(k: Knowledge, body: string): string[][] {
  const key = fold(body).replace(/\s+/g, '');
  const long = k.abbreviations.get(key)?.long ?? (/^[a-z]{2,5}$/.test(key) ? k.initials.get(key) : undefined);
  // ("Brask Cable Company" is also "Brask Cable", which may be written "Brask".)
  const bare = body.replace(CORPORATE_END, '');
  return [body, ...(bare !== body && bare.includes(' ') ? [bare] : []), ...(long ? [long] : [])].map((f) => terms(f)).filter((f) => f.length);
}

const CORPORATE_END = /,?\s+(?:Company|Co\.?|Inc\.?|Incorporated|Corporation|Corp\.?|Ltd\.?|Limited|LLC|PLC|Holdings|Group)$/;

const OFFICER = terms('officer')[0];

function holds(roleTerms: Set<string>, form: string[]): boolean {
  // "chief executive officer" is also written "chief executive": a trailing "officer" may be left out
  // (not another word: "the ostvik mayor" is no role "of Ostvik College").
  const needed = form.length >= 3 && form[form.length - 1] === OFFICER ? form.slice(0, -1) : form;
  return needed.every((t) => roleTerms.has(t));
}

/**
 * A body is named when all its words are there; a short name may drop a generic last word
 * ("Brightcell" for "Brightcell Energy"), a long one may not ("Bay Area Trade Office" is not the
 * "Bay Area Council").
 */
/** Marks a body form whose words must all be there. */
const LITERAL = '\u0000all';

function names(roleTerms: Set<string>, marked: string[]): boolean {
  const literal = marked[marked.length - 1] === LITERAL;
  const form = literal ? marked.slice(0, -1) : marked;
  if (literal) return form.every((t) => roleTerms.has(t));
  // "Valdorian" names "Valdoria": a role word may extend a body's word.
  const has = (t: string) => {
    if (roleTerms.has(t)) return true;
    // (By the endings of a people's name only: "Northern" is no "North".)
    if (t.length >= 5) for (const r of roleTerms) if (r.startsWith(t) && /^(?:n|an|ian|ese|ish|i|s|es)$/.test(r.slice(t.length))) return true;
    return false;
  };
  const held = form.filter(has).length;
  if (held !== form.filter((t) => roleTerms.has(t)).length) return held === form.length || (form.length === 2 && has(form[0]!) && held === 1);
  return held === form.length || (form.length === 2 && roleTerms.has(form[0]!) && held === 1);
}

/**
 * A body's name found in the role only in part, and that part inside a place's name: "Kestrel" of
 * "Kestrel City Mayor" is no "Kestrel Ferry Company", "San Francisco" of "mayor of San Francisco" no
 * "San Francisco Chamber of Commerce".
 */
function onlyInPlace(k: Knowledge, role: string, marked: string[], have: Set<string>): boolean {
  const form = marked.filter((t) => t !== LITERAL);
  if (!k.places || form.every((t) => have.has(t))) return false;
  const held = form.filter((t) => have.has(t) || [...have].some((r) => t.length >= 5 && r.startsWith(t)));
  // (A place of more words than those held: "Kestrel City" for "Kestrel"; "Shanghai" itself may be the body.)
  return placesIn(role, k.places).some((p) => {
    const place = terms(p.place);
    return place.length > held.length && held.length > 0 && held.every((t) => place.includes(t));
  });
}

/**
 * "president of Kelso Rising" for the "Kelso Rising Business League": a name of two words or more that
 * the body's name begins with and that ends there ("Bay Area Council" is no short "Bay Area Trade Office").
 */
function shortName(k: Knowledge, role: string, marked: string[]): boolean {
  if (marked[marked.length - 1] === LITERAL) return false;
  for (const run of role.matchAll(/\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)+/gu)) {
    // (A place is no short name: "mayor of San Francisco" heads no "San Francisco Chamber of Commerce".)
    if (k.places?.has(fold(run[0]))) continue;
    const own = run[0].split(/\s+/).map((w) => stem(w.replace(/['\u2019]s$/, '')));
    if (own.length < marked.length && own.every((t, i) => t === marked[i])) return true;
  }
  return false;
}

/**
 * "Veskia" does not name the "Veskia Growth Board": in the role, the body's last word is followed
 * by two or more capitalised words of the same name (one may be left out: "Brightcell" for "Brightcell Energy").
 */
function longerName(role: string, form: string[], titles: string[][]): boolean {
  const last = form.filter((t) => t !== LITERAL).pop();
  // (Words the question gives, in the body or the title, are no more of the name: "the Halden state economist".)
  const asked = new Set([...form, ...titles.flat()]);
  // (Only the body a role names after "of", "at" or "for": "U.S. Treasury Secretary" is a title.)
  const body = /\b(?:of|at|for)\s+(?:the\s+)?(.*)$/.exec(role)?.[1];
  if (!last || !body) return false;
  for (const run of body.matchAll(/\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'\u2019-]*)*/gu)) {
    const ws = run[0].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    const stems = ws.map((w) => stem(w.replace(/['\u2019]s$/, '')));
    const at = stems.indexOf(last);
    if (at >= 0 && stems.slice(at + 1).filter((t) => !asked.has(t)).length >= 2) return true;
  }
  return false;
}

/** Everyone whose role fits the query, with the role that fits (the same list for the same query: not to be changed). */
export function peopleInRole(k: Knowledge, q: RoleQuery): RoleMatch[] {
  // A question asks the same several times (is the office held, who is it, who holds it): worked out
  // once, and kept for the queries asked most recently.
  let memo = roleMemos.get(k.peopleFinder);
  if (!memo) roleMemos.set(k.peopleFinder, (memo = new LRUCache<string, RoleMatch[]>({ max: 256 })));
  const key = `${q.title ?? ''}\u0000${q.body ?? ''}`;
  let found = memo.get(key);
  if (!found) memo.set(key, (found = matchRole(k, q)));
  return found;
}

const roleMemos = new WeakMap<PeopleFinder, LRUCache<string, RoleMatch[]>>();

/** Who fits a role search, in the people's order: position, the role that fits, its text and the position of its sentence's article (-1: unknown). */
interface Scan {
  at: number[];
  role: number[];
  text: string[];
  article: number[];
}

const scans = new WeakMap<PeopleFinder, LRUCache<string, Scan>>();

/** What a filter of role matches reads: the role's text and the article of its sentence. */
export type RoleFilter = (role: string, article: Article) => boolean;

/**
 * peopleInRole's matches that pass `only`, in its order. Where the people are kept in the index file
 * (and the query was not answered in full just before), only the people who pass are made: a filter
 * over every holder of a bare title ("mayor": 100,000 at 50,000 articles) makes few.
 */
export function peopleInRoleWhere(k: Knowledge, q: RoleQuery, only: RoleFilter): RoleMatch[] {
  const known = roleMemos.get(k.peopleFinder)?.get(`${q.title ?? ''}\u0000${q.body ?? ''}`);
  if (known || !k.peopleFinder.rolesAt || !k.peopleFinder.articleAt)
    return (known ?? peopleInRole(k, q)).filter((m) => only(m.role.role, roleArticle(k, m.role)));
  return matchRole(k, q, only);
}

function matchRole(k: Knowledge, q: RoleQuery, only?: RoleFilter): RoleMatch[] {
  // Only a name ("Brightcell Energy") may drop its last word; "the trade mission" is no name.
  const named = q.body ? /^\p{Lu}/u.test(q.body.replace(/^(?:the|a|an)\s+/i, '')) : false;
  const bodies = q.body ? bodyForms(k, q.body).map((f) => (named ? f : [...f, LITERAL])) : [];
  const exact = holders(k, q.title ? titleForms(k, q.title) : [], bodies, only);
  // Other words for the title only where the title as asked fits nobody (before any filter).
  if (exact.fit || !q.title) return exact.out;
  const others = titleSynonyms(q.title);
  return others.length ? holders(k, others, bodies, only).out : [];
}

/** Those who fit (how many, and the matches, those that pass `only` where given). */
function holders(k: Knowledge, titles: string[][], bodies: string[][], only?: RoleFilter): { fit: number; out: RoleMatch[] } {
  if (!titles.length && !bodies.length) return { fit: 0, out: [] };
  const index = roleIndex(k.peopleFinder);
  // Only the people with a role holding a title's first needed word (and a body's word, or a word
  // it begins) can fit: found in the index, then checked one by one as before, in the people's order.
  const candidates = () => {
    const withTitle = titles.length
      ? index.holding(
          titles.map((f) => [f[0]!]),
          false,
        )
      : undefined;
    const withBody = bodies.length
      ? index.holding(
          bodies.map((f) => (f[f.length - 1] === LITERAL ? [f[0]!] : f.filter((t) => t !== LITERAL))),
          true,
        )
      : undefined;
    return (withTitle && withBody ? [...withTitle].filter((i) => withBody.has(i)) : [...(withTitle ?? withBody!)]).sort((a, b) => a - b);
  };
  const fits = (role: string, have: Set<string>): boolean => {
    if (titles.length && !titles.some((f) => holds(have, f) && !modified(role, f))) return false;
    // (An office of a body asks for that body: "the president of Veskia" is not that of the "Veskia
    // Growth Board". The people of a body may be asked by its short name: "the Halden economist".)
    return (
      !bodies.length ||
      bodies.some((f) => (names(have, f) || shortName(k, role, f)) && !(titles.length && longerName(role, f, titles)) && !onlyInPlace(k, role, f, have))
    );
  };
  const out: RoleMatch[] = [];
  // People kept in the index file: their roles are read in one pass, and only those who fit (and pass
  // `only`) are made, at once, each with the sentence of the role that fits (the answers cite it).
  // Who fits is kept for the searches made most recently: a question may search again with another filter.
  const { rolesAt, articleAt } = k.peopleFinder;
  if (rolesAt) {
    let memo = scans.get(k.peopleFinder);
    if (!memo) scans.set(k.peopleFinder, (memo = new LRUCache<string, Scan>({ maxSize: 250_000, sizeCalculation: (scan) => scan.at.length + 1 })));
    const key = JSON.stringify([titles, bodies]);
    let scan = memo.get(key);
    if (!scan) {
      scan = { at: [], role: [], text: [], article: [] };
      for (const [i, roles] of rolesAt(candidates(), true)) {
        const r = roles.findIndex(({ role, terms }) => fits(role, new Set(terms)));
        if (r < 0) continue;
        scan.at.push(i);
        scan.role.push(r);
        scan.text.push(roles[r]!.role);
        scan.article.push(roles[r]!.article ?? -1);
      }
      memo.set(key, scan);
    }
    const fit: number[] = [];
    const fitRole: number[] = [];
    scan.at.forEach((i, n) => {
      const a = scan.article[n]!;
      if (only && articleAt && a >= 0 && !only(scan.text[n]!, articleAt(a))) return;
      fit.push(i);
      fitRole.push(scan.role[n]!);
    });
    k.peopleFinder.many(fit, fitRole).forEach((person, n) => {
      const role = person.roles[fitRole[n]!];
      if (role) out.push({ person, role });
    });
    // (A filter that could not be given the article of a role: applied to the people made.)
    return { fit: scan.at.length, out: only && (!articleAt || scan.article.includes(-1)) ? out.filter((m) => only(m.role.role, roleArticle(k, m.role))) : out };
  }
  for (const i of candidates()) {
    const person = k.peopleFinder.at(i);
    const roleTerms = index.termsOf(person);
    const r = person.roles.findIndex((role, n) => fits(role.role, roleTerms[n]!));
    if (r >= 0) out.push({ person, role: person.roles[r]! });
  }
  return { fit: out.length, out: only ? out.filter((m) => only(m.role.role, roleArticle(k, m.role))) : out };
}

/** The people by the terms and words of their roles (the finder's), and each role's terms: one per knowledge. */
interface RoleIndex {
  /** A person's roles' terms, role by role (made for the people a query reads, kept for those read most recently). */
  termsOf(person: Person): Set<string>[];
  /** The roles holding a word: found through the terms, kept for the words asked most recently. */
  withWord(word: string): RoleMatch[];
  /** The words of the roles holding a word, each once (in the order withWord's roles give them), worked out without making the people. */
  wordsWith(word: string): string[];
  /** withWord's roles whose text passes `only`, in its order, their people made a slice at a time as the roles are read. */
  withWordWhere(word: string, only: (role: string) => boolean): Iterable<RoleMatch>;
  /** The people holding a role with any of these terms; with `extended`, or a term a word of at least 5 letters begins, up to 3 letters longer (as names() reads a body). */
  holding(terms: string[][], extended: boolean): Set<number>;
}

const roleIndexes = new WeakMap<PeopleFinder, RoleIndex>();

/** People made at once by withWordWhere: a question that stops at the first role that fits makes few. */
const SLICE = 1_000;

function roleIndex(people: PeopleFinder): RoleIndex {
  let index = roleIndexes.get(people);
  if (index) return index;
  // (A Set per role of hundreds of thousands cost a 50,000-article corpus's first role question most of a second.)
  const termSets = new LRUCache<Person, Set<string>[]>({ max: 10_000 });
  const withWord = new LRUCache<string, RoleMatch[]>({ max: 256 });
  // A role holding the word holds its term (terms() are its words less stop words, stemmed): only the
  // people with that term are read, in their order, not every role of the corpus; a stop word is no
  // term, and the people whose roles hold it are found by the word itself.
  const positionsWith = (word: string) => (isStopWord(word) ? people.positions('word', word) : people.positions('term', stem(word)));
  // (People kept in the index file: the roles of those found are read, no person made, and kept for
  // the word with the words of the roles holding it and, per holder, the texts of those roles;
  // "mayor" is a word of 100,000 roles at 50,000 articles, and whether any of them names a place
  // needs their words only. Bounded by the holders kept in all.)
  const holdingWords = new LRUCache<string, { people: number[]; texts: string[][]; at: number[][]; words: string[] }>({
    maxSize: 250_000,
    sizeCalculation: (found) => found.people.length + 1,
  });
  const holdingWord = (word: string) => {
    let found = holdingWords.get(word);
    if (!found) {
      const holders: number[] = [];
      const texts: string[][] = [];
      const at: number[][] = [];
      const all = new Set<string>();
      for (const [i, held] of people.rolesAt!(positionsWith(word))) {
        let own: string[] | undefined;
        let ats: number[] | undefined;
        held.forEach(({ role }, r) => {
          // ("Gov." holds "governor".)
          const ws = words(titlesInFull(role));
          if (!ws.includes(word)) return;
          (own ??= []).push(role);
          (ats ??= []).push(r);
          for (const w of ws) all.add(w);
        });
        if (!own) continue;
        holders.push(i);
        texts.push(own);
        at.push(ats!);
      }
      holdingWords.set(word, (found = { people: holders, texts, at, words: [...all] }));
    }
    return found;
  };
  index = {
    termsOf(person) {
      let sets = termSets.get(person);
      if (!sets) termSets.set(person, (sets = person.roles.map((role) => new Set(roleTerms(role)))));
      return sets;
    },
    withWord(word) {
      let found = withWord.get(word);
      if (!found) {
        const roles: RoleMatch[] = [];
        const at = positionsWith(word);
        // (People kept in the index file: only those with such a role are made.)
        for (const person of people.many(people.rolesAt ? holdingWord(word).people : at))
          for (const role of person.roles) if (words(titlesInFull(role.role)).includes(word)) roles.push({ person, role });
        withWord.set(word, (found = roles));
      }
      return found;
    },
    wordsWith(word) {
      if (people.rolesAt) return holdingWord(word).words;
      const all = new Set<string>();
      for (const { role } of this.withWord(word)) for (const w of words(titlesInFull(role.role))) all.add(w);
      return [...all];
    },
    *withWordWhere(word, only) {
      if (!people.rolesAt) {
        for (const match of this.withWord(word)) if (only(match.role.role)) yield match;
        return;
      }
      const found = holdingWord(word);
      const at: number[] = [];
      const first: number[] = [];
      found.people.forEach((i, n) => {
        const k = found.texts[n]!.findIndex(only);
        if (k < 0) return;
        at.push(i);
        // (The role whose kept sentence is read with the slice's people: the first that passes.)
        first.push(found.at[n]![k]!);
      });
      for (let from = 0; from < at.length; from += SLICE) {
        const made = people.many(at.slice(from, from + SLICE), first.slice(from, from + SLICE));
        for (const person of made)
          for (const role of person.roles) if (words(titlesInFull(role.role)).includes(word) && only(role.role)) yield { person, role };
      }
    },
    holding(forms, extended) {
      const out = new Set<number>();
      for (const form of forms) {
        for (const t of form) {
          for (const i of people.positions('term', t)) out.add(i);
          if (!extended || t.length < 5) continue;
          for (const r of people.wordsFrom('term', t)) if (r.length <= t.length + 3 && r !== t) for (const i of people.positions('term', r)) out.add(i);
        }
      }
      return out;
    },
  };
  roleIndexes.set(people, index);
  return index;
}

/** The people with a role of which this is a word (words() of the role in lower case), in their order. */
export function holdersOfWord(k: Knowledge, word: string): Person[] {
  // Every word of a role is found by its stem's term or by itself (people-finder.ts).
  const at = [...new Set([...k.peopleFinder.positions('term', stem(word)), ...k.peopleFinder.positions('word', word)])].sort((a, b) => a - b);
  const holds = (roles: readonly { role: string }[]) => roles.some((r) => words(r.role.toLowerCase()).includes(word));
  // (People kept in the index file: only those with such a role are made.)
  if (k.peopleFinder.rolesAt) return k.peopleFinder.many(k.peopleFinder.rolesAt(at, true).flatMap(([i, roles]) => (holds(roles) ? [i] : [])));
  return at.map((i) => k.peopleFinder.at(i)).filter((p) => holds(p.roles));
}

/** The article of a role's sentence (role.sentence.paragraph.article), read without the sentence where the people are kept so. */
export function roleArticle(k: Knowledge, role: RoleFact): RoleFact['sentence']['paragraph']['article'] {
  return k.peopleFinder.articleOf?.(role) ?? role.sentence.paragraph.article;
}

/** The roles with this word (words(), not stemmed), in the people's order, each person's in theirs. */
export function rolesWithWord(k: Knowledge, word: string): readonly RoleMatch[] {
  return roleIndex(k.peopleFinder).withWord(word);
}

/** rolesWithWord's roles whose text passes `only`, in its order, read as iterated (their people made a slice at a time): for a search that may stop early. */
export function rolesWithWordWhere(k: Knowledge, word: string, only: (role: string) => boolean): Iterable<RoleMatch> {
  return roleIndex(k.peopleFinder).withWordWhere(word, only);
}

/** The words (words()) of the roles with this word, each once. */
export function wordsOfRolesWith(k: Knowledge, word: string): readonly string[] {
  return roleIndex(k.peopleFinder).wordsWith(word);
}

// "Vice Mayor", "Deputy Director", "former President": another office than the title alone.
const MODIFIERS = /^(?:vice|deputy|assistant|associate|acting|former|ex|co|lieutenant|under|sub|interim|then)$/i;

const ANY_MODIFIER = new RegExp(`(?:^|[\\s,-])${MODIFIERS.source.slice(1, -1)}(?=[\\s,-]|$)`, 'i');

/** Does the role hold the title only behind a modifier the title asked for lacks ("vice mayor" for "mayor")? */
function modified(role: string, title: string[]): boolean {
  // (Most roles hold no modifier, and a role search checks thousands: no need to work out their terms.)
  if (!ANY_MODIFIER.test(role)) return false;
  const ws = role.toLowerCase().split(/[\s,-]+/);
  const at = ws.findIndex((_w, i) => title.every((t, k) => terms(ws[i + k] ?? '')[0] === t));
  return at > 0 && MODIFIERS.test(ws[at - 1]!) && !title.some((t) => MODIFIERS.test(t));
}

/** Does the role name someone in charge (a chief executive, a mayor, a director)? */
export function leads(role: string): boolean {
  const words = role
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((w) => /^[a-z-]+$/.test(w));
  return words.some((w, i) => isKindOf(w, 'head') || isKindOf(w, 'leader') || (i > 0 && isKindOf(`${words[i - 1]} ${w}`, 'leader')));
}
