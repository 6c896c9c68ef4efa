import type { Article, Paragraph, Sentence } from '../corpus/types.ts';
import { aliasesIn, linkPeople, type Mention, type Person } from '../knowledge/people.ts';
import { extractQuotes, type Quote } from '../knowledge/quotes.ts';
import { authorOf, firstPersonByline } from '../knowledge/author.ts';

// Linking an article's people (aliases, every mention) and attributing its quotes depend on the
// article and on the names other articles bring (who is registered, which aliases they use). Both
// are pure functions of the article and those names, so their results are kept with the names they
// were worked out for, and replayed when a later build passes the same names: over an unchanged
// corpus nothing is linked again. The memo is kept in the knowledge cache next to the article's entry.

export interface LinkMemo {
  /** The names aliasesIn was given, and its result by index into them. */
  named: string[];
  aliases: [alias: string, person: number][];
  /** The names linkPeople was given, whether the aliases above were passed as known, and its result. */
  people: string[];
  known: boolean;
  aliasOf: [alias: string, person: number][];
  /** Per sentence with mentions: its index, then start, end and person for each mention. */
  mentions: number[][];
  /** The text and excerpt as where they stand in the paragraph (start, end) when they do, else as strings. */
  quotes: [speaker: number, kind: Quote['kind'], text: Passage, paragraph: number, excerpt: Passage][];
}

type Passage = string | [start: number, end: number];

/** Where a passage stands in its paragraph, or the passage itself when it is not there as such. */
function passage(paragraph: string, text: string): Passage {
  const start = paragraph.indexOf(text);
  return start < 0 ? text : [start, start + text.length];
}

/** The passage's text; a slice of the paragraph's, so that its characters are stored once. */
function passageText(paragraph: string, p: Passage): string | undefined {
  if (typeof p === 'string') return p;
  const [start, end] = p;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= paragraph.length ? paragraph.slice(start, end) : undefined;
}

export interface LinkMemoStore {
  get(article: Article): LinkMemo | undefined;
  set(article: Article, memo: LinkMemo): void;
}

const sameNames = (a: string[], people: Person[]) => a.length === people.length && people.every((p, i) => p.name === a[i]);

/** aliasesIn, from the memo when it was worked out for the same names. */
export function memoAliases(article: Article, named: Person[], memo: LinkMemo | undefined): Map<string, Person> {
  if (memo && sameNames(memo.named, named)) return new Map(memo.aliases.map(([alias, i]) => [alias, named[i]!]));
  return aliasesIn(article, named);
}

export interface Linked {
  mentions: Map<Sentence, Mention[]>;
  quotes: Quote[];
  memo?: LinkMemo;
}

/**
 * linkPeople then extractQuotes, replayed from the memo when it holds the same names (a new memo
 * is returned when it did not). `named` and `aliases` are what memoAliases was given and gave.
 */
export function linkArticle(article: Article, named: Person[], aliases: Map<string, Person>, people: Person[], memo: LinkMemo | undefined): Linked {
  const known = people.length === named.length;
  if (memo && memo.known === known && sameNames(memo.named, named) && sameNames(memo.people, people)) {
    const replayed = replay(article.paragraphs, people, memo);
    if (replayed) return replayed;
  }
  const found = linkPeople(article, people, known ? aliases : undefined);
  // (The writer among those the article names, not the whole corpus's people.)
  const inArticle = firstPersonByline(article) ? [...new Set([...found.mentions.values()].flat().map((m) => m.person))] : [];
  const quotes = extractQuotes(article, found.mentions, authorOf(article, inArticle));
  return { mentions: found.mentions, quotes, memo: record(article, named, aliases, people, known, found.aliases, found.mentions, quotes) };
}

/**
 * The mentions and quotes of an article from its memo, without touching the people (their aliases and
 * mentions are the whole corpus's, kept elsewhere): for an article read on demand (knowledge-build/lazy.ts).
 */
export function replayLinks(paragraphs: Paragraph[], people: Person[], memo: LinkMemo): Linked | undefined {
  return replay(paragraphs, people, memo, false);
}

function replay(paragraphs: Paragraph[], people: Person[], memo: LinkMemo, register = true): Linked | undefined {
  const sentences = paragraphs.flatMap((p) => p.sentences);
  // A memo that does not fit the article is not used (it is worked out again and replaced).
  const fits =
    memo.aliasOf.every(([, i]) => people[i]) &&
    memo.mentions.every((m) => sentences[m[0]!] && (m.length - 1) % 3 === 0 && m.slice(1).every((x, k) => (k % 3 !== 2 || people[x]) && Number.isInteger(x))) &&
    memo.quotes.every(
      ([s, , text, p, excerpt]) =>
        people[s] && paragraphs[p] && passageText(paragraphs[p].text, text) !== undefined && passageText(paragraphs[p].text, excerpt) !== undefined,
    );
  if (!fits) return undefined;
  if (register) for (const [alias, i] of memo.aliasOf) if (!people[i]!.aliases.includes(alias)) people[i]!.aliases.push(alias);
  const mentions = new Map<Sentence, Mention[]>();
  for (const [s, ...rest] of memo.mentions) {
    const sentence = sentences[s!]!;
    const list: Mention[] = [];
    for (let k = 0; k < rest.length; k += 3) list.push({ person: people[rest[k + 2]!]!, start: rest[k]!, end: rest[k + 1]! });
    mentions.set(sentence, list);
    if (register) for (const p of new Set(list.map((m) => m.person))) p.mentions.push(sentence);
  }
  const quotes = memo.quotes.map(([s, kind, text, p, excerpt]): Quote => {
    const paragraph = paragraphs[p]!;
    return { speaker: people[s]!, kind, text: passageText(paragraph.text, text)!, paragraph, excerpt: passageText(paragraph.text, excerpt)! };
  });
  return { mentions, quotes };
}

function record(
  article: Article,
  named: Person[],
  aliases: Map<string, Person>,
  people: Person[],
  known: boolean,
  aliasOf: Map<string, Person>,
  mentions: Map<Sentence, Mention[]>,
  quotes: Quote[],
): LinkMemo {
  const index = new Map(people.map((p, i) => [p, i]));
  const namedIndex = new Map(named.map((p, i) => [p, i]));
  const sentenceIndex = new Map(article.paragraphs.flatMap((p) => p.sentences).map((s, i) => [s, i]));
  return {
    named: named.map((p) => p.name),
    aliases: [...aliases].map(([alias, p]) => [alias, namedIndex.get(p)!]),
    people: people.map((p) => p.name),
    known,
    aliasOf: [...aliasOf].map(([alias, p]) => [alias, index.get(p)!]),
    mentions: [...mentions].map(([s, list]) => [sentenceIndex.get(s)!, ...list.flatMap((m) => [m.start, m.end, index.get(m.person)!])]),
    quotes: quotes.map((q) => [index.get(q.speaker)!, q.kind, passage(q.paragraph.text, q.text), q.paragraph.order, passage(q.paragraph.text, q.excerpt)]),
  };
}
