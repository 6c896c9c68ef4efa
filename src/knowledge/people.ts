import { fold } from '../text.ts';
import type { Article, Sentence } from '../corpus/types.ts';
import { byAppositive, byRoleBefore, bySpeech, byTitle, capitalRuns, tokenize, type Found } from './introductions.ts';
import { NOT_NAME } from './lexicon.ts';

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
}

/** The people an article introduces (with a role, a title or a speech verb), registered with their roles. */
export function introducePeople(article: Article, registry: Map<string, Person>): Person[] {
  const found: Found[] = [];
  for (const sentence of sentencesOf(article)) {
    const tokens = tokenize(sentence.text);
    const runs = capitalRuns(sentence.text, tokens);
    byTitle(sentence, tokens, runs, found);
    byAppositive(sentence, runs, found);
    byRoleBefore(sentence, runs, found);
    bySpeech(sentence, runs, found);
  }
  const local = new Map<string, Person>();
  for (const f of found) {
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
 * People an article names without introducing them: by full name ("… met London Breed"), or, given
 * the aliases other articles use, by one part of the name alone ("Breed said") when no one else
 * goes by it.
 */
export function peopleNamed(article: Article, registry: Map<string, Person>, aliases?: Map<string, Set<Person>>, ownNames = new Set<string>()): Person[] {
  const out = new Set<Person>();
  for (const sentence of sentencesOf(article)) {
    const words = tokenize(sentence.text).map((t) => t.text.replace(/['\u2019]s$/, ''));
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i]!)) continue; // names start with a capital
      if (registry.size && /^\p{Lu}/u.test(words[i + 1] ?? '')) {
        const full = registry.get(fold(words.slice(i, i + 3).join(' '))) ?? registry.get(fold(words.slice(i, i + 2).join(' ')));
        if (full) out.add(full);
      }
      const byAlias = ownNames.has(words[i]!) ? undefined : aliases?.get(words[i]!);
      if (byAlias?.size === 1) out.add([...byAlias][0]!);
    }
  }
  return [...out];
}

/** Links an article's people to its sentences: the aliases it uses (`known`, when worked out already) and every mention. */
export function linkPeople(article: Article, people: Person[], known?: Map<string, Person>): ArticlePeople {
  const sentences = sentencesOf(article);
  const aliasOf = known ?? articleAliases(sentences, people);
  for (const [alias, person] of aliasOf) if (!person.aliases.includes(alias)) person.aliases.push(alias);
  const mentions = new Map<Sentence, Mention[]>();
  const matcher = mentionPattern(people, aliasOf);
  for (const sentence of sentences) {
    const list = findMentions(sentence.text, matcher);
    if (list.length) mentions.set(sentence, list);
    for (const p of new Set(list.map((m) => m.person))) p.mentions.push(sentence);
  }
  return { people, mentions };
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
    for (const part of new Set([parts[0]!, parts[parts.length - 1]!])) {
      if (NOT_NAME.has(part)) continue;
      // Alone: not next to another capitalised word ("Peter Olsen", "Olsen Group").
      const alone = new RegExp(`(?<!\\p{Lu}[\\p{L}'\u2019-]* )\\b${escapeRegExp(part)}\\b(?! \\p{Lu})`, 'u');
      if (texts.some((t) => alone.test(t))) counts.set(part, [...(counts.get(part) ?? []), p]);
    }
  }
  const out = new Map<string, Person>();
  for (const [alias, ps] of counts) if (ps.length === 1) out.set(alias, ps[0]!);
  return out;
}

/** One pattern for all of an article's names and aliases, longest first so full names win. */
function mentionPattern(people: Person[], aliasOf: Map<string, Person>): { pattern: RegExp; byForm: Map<string, Person> } | undefined {
  const byForm = new Map<string, Person>();
  for (const p of people) byForm.set(p.name, p);
  for (const [alias, p] of aliasOf) if (!byForm.has(alias)) byForm.set(alias, p);
  if (!byForm.size) return undefined;
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { pattern: new RegExp(`\\b(?:${forms.join('|')})\\b`, 'gu'), byForm };
}

function findMentions(text: string, matcher: ReturnType<typeof mentionPattern>): Mention[] {
  if (!matcher) return [];
  return [...text.matchAll(matcher.pattern)].map((m) => ({ person: matcher.byForm.get(m[0])!, start: m.index, end: m.index + m[0].length }));
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
