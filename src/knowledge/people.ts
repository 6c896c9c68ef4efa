import { fold } from '../text.ts';
import type { Article, Sentence } from '../corpus/types.ts';
import {
  bare,
  byAppositive,
  byLeadingVerb,
  byLabel,
  byServedAs,
  byTitleOfBody,
  byPluralTitle,
  byRoleBefore,
  byBody,
  bySpeech,
  byTitle,
  byLaterPronoun,
  lex,
  startsUpper,
  type Found,
  type Lexer,
} from './introductions.ts';
import { HONORIFIC, NOT_NAME, ORG_WORD, SPEAKER_LABEL, TITLES } from './lexicon.ts';
import { byDescription } from './descriptions.ts';
import { selfIntroduction } from './self-introduction.ts';

// People are found by the shapes news prose uses to introduce them: an appositive ("Gong Zheng, mayor
// of Shanghai"), a title before the name ("Shenzhen Mayor Qin Weizhong", "Mayor of San Francisco
// London Breed"), or a name before a speech verb ("John Smith said"). Later mentions by one part of
// the name ("Breed", "Gong") become aliases when the article uses them on their own.

export interface RoleFact {
  role: string;
  sentence: Sentence;
}

export interface Person {
  /** Folded full name: the key used everywhere. */
  key: string;
  name: string;
  /** Single-word forms the articles use on their own ("Breed", "Gong"). */
  aliases: string[];
  roles: RoleFact[];
  /** Sentences that mention the person, in document order. */
  mentions: Sentence[];
}

export interface Mention {
  person: Person;
  start: number;
  end: number;
}

export interface ArticlePeople {
  people: Person[];
  /** Mentions of the article's people, per sentence. */
  mentions: Map<Sentence, Mention[]>;
  /** The aliases the article uses for them. */
  aliases: Map<string, Person>;
}

/** Where an article introduces someone (with a role, a title or a speech verb): the part that reads the article only (cached per article). */
export function findIntroductions(article: Article, lexOf: Lexer = lex): Found[] {
  const found: Found[] = [];
  for (const sentence of sentencesOf(article)) {
    const { tokens, runs } = lexOf(sentence);
    byTitle(sentence, tokens, runs, found);
    byAppositive(sentence, runs, found);
    byLeadingVerb(sentence, runs, found);
    byServedAs(sentence, runs, found);
    byLabel(sentence, runs, found);
    byTitleOfBody(sentence, found);
    byPluralTitle(sentence, found);
    byRoleBefore(sentence, runs, found);
    bySpeech(sentence, runs, found);
    byBody(sentence, runs, found);
    byLaterPronoun(sentence, runs, found);
  }
  byDescription(article, lexOf, found);
  // "I'm Ilsa Mallory, and I sit on the port commission": the writer, who names themself.
  const self = selfIntroduction(article);
  if (self && !found.some((f) => f.name === self.name)) found.push(self);
  const text = article.paragraphs.map((p) => p.text).join('\n');
  const names = new Set(found.map((f) => f.name));
  // (The body's full name as told up to the role's paragraph: a firm named later is another.)
  const ends: number[] = [];
  for (const p of article.paragraphs) ends.push((ends[ends.length - 1] ?? 0) + p.text.length + 1);
  const upTo = (f: Found) => text.slice(0, ends[f.sentence.paragraph.order]);
  for (const f of found) if (f.role) f.role = signedFor(companyNamed(bodyNamed(f.role, upTo(f)), f.sentence, names), f);
  return found;
}

/** "Deputy Mayor Ruta Kelsey signed for Brisa": a bare title is held for the body its holder signs for. */
function signedFor(role: string, f: Found): string {
  if (!/^(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*$/u.test(role)) return role;
  const at = f.sentence.text.indexOf(f.name);
  const body = at < 0 ? undefined : SIGNED_FOR.exec(f.sentence.text.slice(at + f.name.length))?.[1];
  return body ? `${role} of ${body}` : role;
}

const SIGNED_FOR = /^\s+(?:signed|signs|spoke|speaks)\s+(?:for|on\s+behalf\s+of)\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/u;

// "company spokesperson", "the airline's chief executive": a firm told by a common noun.
const FIRM_ROLE = /^(?:the\s+)?(?:company|firm|carrier|airline|automaker|manufacturer|startup|developer)(?:['\u2019]s)?\s+(\p{Ll}.*)$/u;

/**
 * "Ardent has paused the plant. … company spokesperson Mia Lund said": the firm is the one the
 * paragraph has just made its subject, a capitalised name opening an earlier sentence that is no
 * person's.
 */
function companyNamed(role: string, sentence: Sentence, people: Set<string>): string {
  const m = FIRM_ROLE.exec(role);
  if (!m) return role;
  const before = sentence.paragraph.sentences.filter((s) => s.start < sentence.start).reverse();
  for (const s of before) {
    const subject = /^(?:The\s+)?((?:\p{Lu}[\p{L}'\u2019&-]*\s){1,3})(?:has|have|had|is|was|will|would|said|\p{Ll}+ed)\b/u.exec(s.text)?.[1]?.trim();
    if (subject && !people.has(subject) && ![...people].some((p) => p.split(' ').includes(subject))) return `${m[1]} of ${subject}`;
  }
  return role;
}

/**
 * "managing director of the trade council", "the partnership's chief executive": a body the story
 * names in full elsewhere ("the Brenner Trade Office", "the Economic Development
 * Partnership"), by the one name it gives that ends in those words.
 */
function bodyNamed(role: string, text: string): string {
  const m = /\b(?:of|at|for)\s+the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$|^(?:the\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)['\u2019]s\s/u.exec(role);
  const common = m?.[1] ?? m?.[2];
  const full = common && ORG_WORD.test(titleCased(common)) ? namedInFull(common, text) : undefined;
  if (!full) return role;
  return m![1] ? role.replace(new RegExp(`the\\s+${escapeRegExp(common!)}$`), `the ${full}`) : role.replace(/^(?:the\s+)?[^'\u2019]+/, `the ${full}`);
}

const titleCased = (words: string) => words.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

/** The one name a text gives that ends in these lower-case words ("partnership" → "Vessby Regional Partnership"), if only one. */
export function namedInFull(common: string, text: string): string | undefined {
  const titled = titleCased(common);
  const names = new Set(
    [...text.matchAll(new RegExp(`((?:\\p{Lu}[\\p{L}'\u2019&-]* (?:of |and )?){1,4})${escapeRegExp(titled)}\\b`, 'gu'))].map((x) =>
      `${x[1]}${titled}`.replace(/^The\s+/, ''),
    ),
  );
  return names.size === 1 ? [...names][0] : undefined;
}

/** Registers what findIntroductions found: a person per folded name, across articles, with each new role. */
export function registerPeople(found: Found[], registry: Map<string, Person>): Person[] {
  const local = new Map<string, Person>();
  // "Helena Prado Vasconcelos … Prado Vasconcelos said": a double surname alone is the one person.
  const full = found.map((f) => f.name).filter((n) => n.split(' ').length >= 3);
  for (const f of found) {
    const longer = full.find((n) => n !== f.name && n.endsWith(` ${f.name}`) && f.name.includes(' '));
    if (longer) f.name = longer;
  }
  for (const f of found) {
    // "Teresa M. Valdivia" is Teresa Valdivia: the name is kept without the middle initial.
    f.name = f.name.replace(/ \p{Lu}\.(?= )/gu, '');
    const key = fold(f.name);
    let person = registry.get(key);
    if (!person) {
      person = { key, name: f.name, aliases: [], roles: [], mentions: [] };
      registry.set(key, person);
    }
    local.set(key, person);
    if (f.role && !person.roles.some((r) => fold(r.role) === fold(f.role!))) person.roles.push({ role: f.role, sentence: f.sentence });
  }
  return [...local.values()];
}

/**
 * The capitalised words of an article in order, each with the folded two- and three-word names it
 * may start when the next word is capitalised too: what peopleNamed looks up (cached per article).
 */
export type NameCandidate = [word: string] | [word: string, three: string, two: string];

export function nameCandidates(article: Article, lexOf: Lexer = lex): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const sentence of sentencesOf(article)) {
    const words = lexOf(sentence).tokens.map((t) => bare(t.text));
    for (let i = 0; i < words.length; i++) {
      if (!startsUpper(words[i]!)) continue; // names start with a capital
      if (i + 1 < words.length && startsUpper(words[i + 1]!))
        out.push([words[i]!, fold(words.slice(i, i + 3).join(' ')), fold(words.slice(i, i + 2).join(' '))]);
      else out.push([words[i]!]);
    }
  }
  return out;
}

/**
 * People an article names without introducing them: by full name ("… met London Breed"), or, given
 * the aliases other articles use, by one part of the name alone ("Breed said") when no one else
 * goes by it.
 */
export function peopleNamed(
  article: Article | NameCandidate[],
  registry: Map<string, Person>,
  aliases?: Map<string, Set<Person>>,
  ownNames = new Set<string>(),
): Person[] {
  const out = new Set<Person>();
  for (const [word, three, two] of Array.isArray(article) ? article : nameCandidates(article)) {
    if (registry.size && three !== undefined) {
      const full = registry.get(three) ?? registry.get(two!);
      if (full) out.add(full);
    }
    const byAlias = ownNames.has(word) ? undefined : aliases?.get(word);
    if (byAlias?.size === 1) out.add([...byAlias][0]!);
  }
  return [...out];
}

/** Links an article's people to its sentences: the aliases it uses (`known`, when worked out already) and every mention. */
export function linkPeople(article: Article, people: Person[], known?: Map<string, Person>): ArticlePeople {
  const sentences = sentencesOf(article);
  const aliasOf = known ?? articleAliases(sentences, people);
  for (const [alias, person] of aliasOf) if (!person.aliases.includes(alias)) person.aliases.push(alias);
  const mentions = new Map<Sentence, Mention[]>();
  const matcher = mentionMatcher(people, aliasOf);
  const described = describedIn(article, people);
  const speakers = new Map(
    article.paragraphs.flatMap((p) => {
      const label = SPEAKER_LABEL.exec(p.text)?.[1];
      const who = label ? speakerLabelled(label, people) : undefined;
      return who ? [[p, who] as const] : [];
    }),
  );
  for (const sentence of sentences) {
    const list = findMentions(sentence.text, matcher);
    // A sentence that gives someone's role without their name ("The school's principal went …") mentions them.
    for (const m of described.get(sentence) ?? []) if (!list.some((x) => x.person === m.person)) list.push(m);
    // ("LUND: … I signed the berth deal.": a transcript line's "I" is its speaker.)
    const speaker = speakers.get(sentence.paragraph);
    const i = speaker ? /(?<![\p{L}"\u201c])I(?=\s+\p{Ll})/u.exec(sentence.text) : null;
    if (speaker && i && !list.some((x) => x.person === speaker)) list.push({ person: speaker, start: i.index, end: i.index + 1 });
    list.sort((a, b) => a.start - b.start);
    if (list.length) mentions.set(sentence, list);
    for (const p of new Set(list.map((m) => m.person))) p.mentions.push(sentence);
  }
  return { people, mentions, aliases: aliasOf };
}

/**
 * The person a transcript's label names: their full name ("MEI LIN TAO"), their last name with or
 * without an office ("PORT CHIEF LUND", "IRIARTE-QUELL"), or an office only one of them holds ("HOST").
 */
export function speakerLabelled(label: string, people: Person[]): Person | undefined {
  const key = fold(label.replace(/\*/g, '').trim());
  const last = key.split(/\s+/).pop()!;
  const one = (found: Person[]) => (found.length === 1 ? found[0] : undefined);
  return (
    one(people.filter((p) => fold(p.name) === key)) ??
    one(people.filter((p) => fold(p.name).split(/\s+/).pop() === last)) ??
    one(people.filter((p) => p.roles.some((r) => fold(r.role) === key)))
  );
}

/** Where an article's sentences give a person's role without naming them: the role's words, per sentence. */
function describedIn(article: Article, people: Person[]): Map<Sentence, Mention[]> {
  const out = new Map<Sentence, Mention[]>();
  for (const person of people)
    for (const r of person.roles) {
      if (r.sentence.paragraph.article !== article || r.sentence.text.includes(person.name)) continue;
      const start = r.sentence.text.indexOf(r.role);
      if (start < 0 || person.aliases.some((a) => r.sentence.text.includes(a))) continue;
      out.set(r.sentence, [...(out.get(r.sentence) ?? []), { person, start, end: start + r.role.length }]);
    }
  return out;
}

/** The aliases an article uses for these people. */
export function aliasesIn(article: Article, people: Person[]): Map<string, Person> {
  return articleAliases(sentencesOf(article), people);
}

const sentencesOf = (a: Article): Sentence[] => a.paragraphs.flatMap((p) => p.sentences);

/** One word of a name counts as an alias where the article uses it alone, and for one person only. */
function articleAliases(sentences: Sentence[], people: Person[]): Map<string, Person> {
  const counts = new Map<string, Person[]>();
  for (const p of people) {
    const parts = p.name.split(' ');
    const texts = sentences.filter((s) => s.text.includes(parts[0]!) || s.text.includes(parts[parts.length - 1]!)).map((s) => s.text.split(p.name).join(' '));
    // A double surname is used alone as one ("Ortiz Salgado" of "Ximena Ortiz Salgado").
    for (const part of new Set([parts[0]!, parts[parts.length - 1]!, ...(parts.length === 3 ? [parts.slice(1).join(' ')] : [])])) {
      if (NOT_NAME.has(part)) continue;
      // Alone: not next to another capitalised word ("Peter Olsen", "Olsen Group").
      // … or after a title alone: "Mayor Brandt", "Ms. Breed".
      if (texts.some((t) => usedAlone(t, part) || afterTitle(t, part))) counts.set(part, [...(counts.get(part) ?? []), p]);
    }
  }
  const out = new Map<string, Person>();
  for (const [alias, ps] of counts) if (ps.length === 1) out.set(alias, ps[0]!);
  // A name the article gives in brackets and quotes, Tomo Rellik ("Tom Rellik"); one it says they are
  // known by, Berit Lund, known to everyone as "Bibi", or nicknamed "Bibi"; and one between the parts
  // of their name, Berit "Bibi" Lund.
  const quoted = `["\u201c']([\\p{Lu}][\\p{L}\\p{M}'\u2019. -]{1,40}?)[,.]?["\u201d']`;
  for (const p of people) {
    const name = escapeRegExp(p.name);
    const parts = p.name.split(' ');
    const shapes = [
      () => new RegExp(`${name}\\s*\\(\\s*${quoted}\\s*\\)`, 'u'),
      // (After an appositive or a relative clause too: 'Ana Ruiz, owner of a bakery, known on the docks as "Crumbs"',
      // 'Ana Ruiz, who runs the bakery and whom everyone calls "Crumbs"'.)
      () =>
        new RegExp(
          `${name}(?:(?:,|\\s+of\\b)[^"\u201c.;:]{1,80}?)?,?\\s+(?:(?:who\\s+is|better|widely|also)\\s+|(?:and\\s+)?whom\\s+[^"\u201c.;:]{0,40}?)?(?:known|nicknamed|called|calls|call|dubbed)\\b[^"\u201c.;:]{0,40}?${quoted}`,
          'u',
        ),
      ...(parts.length === 2 ? [() => new RegExp(`${escapeRegExp(parts[0]!)}\\s+${quoted}\\s+${escapeRegExp(parts[1]!)}\\b`, 'u')] : []),
    ];
    // Each shape is read only in a sentence that holds what it cannot match without: an opening quote,
    // and the name and a bracket, the name and a word for being called, or both parts of the name. (The
    // expressions are made per person and article, and V8 reads a new one with its interpreter at
    // first: read over every sentence, they were most of a build's second pass.)
    const made: RegExp[] = [];
    for (const sentence of sentences) {
      const text = sentence.text;
      if (!text.includes('"') && !text.includes('\u201c') && !text.includes("'")) continue;
      const named = text.includes(p.name);
      const may = [named && text.includes('('), named && CALLED.test(text), parts.length === 2 && text.includes(parts[0]!) && text.includes(parts[1]!)];
      for (const [k, shape] of shapes.entries()) {
        if (!may[k]) continue;
        const alias = (made[k] ??= shape()).exec(text)?.[1]?.trim();
        if (alias && !out.has(alias)) out.set(alias, p);
      }
    }
  }
  // "Everyone in the office calls her Bibi.": a name given to the one the sentence before named last.
  for (const [i, sentence] of sentences.entries()) {
    const called =
      /\b(?:call|calls|called|know|knows|knew)\s+(?:her|him)\s+(?:as\s+)?["\u201c]?(\p{Lu}[\p{L}\p{M}'\u2019-]{1,20})["\u201d]?(?=[\s,.;]|$)/u.exec(
        sentence.text,
      );
    const alias = called?.[1];
    if (!alias || out.has(alias) || people.some((p) => p.name.split(' ').includes(alias))) continue;
    const before = `${sentences[i - 1]?.text ?? ''} ${sentence.text.slice(0, called.index)}`;
    const last = people
      .map((p) => ({ p, at: Math.max(before.lastIndexOf(p.name), ...p.aliases.map((a) => before.lastIndexOf(a))) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => b.at - a.at)[0];
    if (last) out.set(alias, last.p);
  }
  return out;
}

// What the second shape of a nickname needs after the name ("known to everyone as", "nicknamed", …).
const CALLED = /known|nicknamed|called|calls?\b|dubbed/;

const TITLE_WORDS = new Set(TITLES.map((t) => t.split(' ').pop()!));

/** Is `part` written right after a title or a form of address, and before no other capitalised word? */
function afterTitle(text: string, part: string): boolean {
  for (let at = text.indexOf(` ${part}`); at >= 0; at = text.indexOf(` ${part}`, at + 1)) {
    const title = /(\p{Lu}[\p{L}]*\.?)$/u.exec(text.slice(0, at))?.[1] ?? '';
    const end = at + part.length + 1;
    if ((TITLE_WORDS.has(title) || HONORIFIC.test(title)) && !/^[\p{L}'\u2019-]|^ \p{Lu}/u.test(text.slice(end))) return true;
  }
  return false;
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;
/** \b with any script's letters as word characters. */
export const BOUNDARY = '(?:(?<=[\\p{L}\\p{N}\\p{M}_])(?![\\p{L}\\p{N}\\p{M}_])|(?<![\\p{L}\\p{N}\\p{M}_])(?=[\\p{L}\\p{N}\\p{M}_]))';
const LETTERISH = /[\p{L}'\u2019-]/u;
const UPPER = /\p{Lu}/u;
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Does `text` use `part` as a word of its own, neither after a capitalised word and a space nor
 * before a space and a capital? The same test as the expression
 * `(?<!\p{Lu}[\p{L}'’-]* )\bPART\b(?! \p{Lu})` (u flag) with any script's letters as word characters, written out: compiling one such expression
 * per name and article was most of the build time of a large corpus (see the README's "Scale").
 */
export function usedAlone(text: string, part: string): boolean {
  if (SURROGATE.test(text) || SURROGATE.test(part)) {
    return new RegExp(`(?<!\\p{Lu}[\\p{L}'\u2019-]* )${BOUNDARY}${escapeRegExp(part)}${BOUNDARY}(?! \\p{Lu})`, 'u').test(text);
  }
  const isWord = (i: number) => i >= 0 && i < text.length && WORD.test(text[i]!);
  const partStartsWord = WORD.test(part[0] ?? '');
  const partEndsWord = WORD.test(part[part.length - 1] ?? '');
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    const end = at + part.length;
    if (isWord(at - 1) === partStartsWord) continue; // \b before
    if (isWord(end) === partEndsWord) continue; // \b after
    if (text[end] === ' ' && UPPER.test(text[end + 1] ?? '')) continue;
    if (text[at - 1] === ' ') {
      let j = at - 2;
      let capital = false;
      while (j >= 0 && LETTERISH.test(text[j]!)) {
        if (UPPER.test(text[j]!)) capital = true;
        j--;
      }
      if (capital) continue;
    }
    return true;
  }
  return false;
}

/** The forms of an article's people (names, then aliases) and whom each names. */
export interface MentionMatcher {
  byForm: Map<string, Person>;
  /** The forms by first character, longest first so that full names win. */
  byFirst: Map<string, string[]>;
}

export function mentionMatcher(people: Person[], aliasOf: Map<string, Person>): MentionMatcher | undefined {
  const byForm = new Map<string, Person>();
  for (const p of people) byForm.set(p.name, p);
  for (const [alias, p] of aliasOf) if (!byForm.has(alias)) byForm.set(alias, p);
  if (!byForm.size) return undefined;
  const byFirst = new Map<string, string[]>();
  for (const form of [...byForm.keys()].sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(form[0]!);
    if (list) list.push(form);
    else byFirst.set(form[0]!, [form]);
  }
  return { byForm, byFirst };
}

/** A word's character: a letter or digit of any script ("Dırlıç" is one word, as "Dirlic" is). */
function wordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i); // NaN outside the text
  if (!(c >= 128)) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  // A letter outside the first plane is two UTF-16 units: test the whole character.
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return WORD.test(String.fromCodePoint(text.codePointAt(i - 1)!));
  return WORD.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * Each leftmost occurrence of a form as a word of its own, longest form first, not overlapping:
 * what the expression `\b(?:FORMS)\b` (forms longest first) finds with any script's letters, written out. Compiling
 * one such expression per article and running it over every sentence was most of the linking.
 */
export function findMentions(text: string, matcher: MentionMatcher | undefined): Mention[] {
  const out: Mention[] = [];
  if (!matcher) return out;
  for (let at = 0; at < text.length; at++) {
    const forms = matcher.byFirst.get(text[at]!);
    if (!forms || wordAt(text, at - 1) === wordAt(text, at)) continue;
    const form = forms.find((f) => text.startsWith(f, at) && wordAt(text, at + f.length - 1) !== wordAt(text, at + f.length));
    if (form === undefined) continue;
    out.push({ person: matcher.byForm.get(form)!, start: at, end: at + form.length });
    at += form.length - 1;
  }
  return out;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
