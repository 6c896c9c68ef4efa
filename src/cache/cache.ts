import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticle } from '../corpus/load.ts';
import type { Article, Paragraph, Sentence } from '../corpus/types.ts';
import { deriveFacts, type ArticleFacts } from '../knowledge-build/derive.ts';
import type { Precision } from '../knowledge/events.ts';
import type { LinkMemo, LinkMemoStore } from './link-memo.ts';
import type { NameCandidate } from '../knowledge/people.ts';
import { engineKey } from './version.ts';
import { withoutContext } from '../search/article-index.ts';

// The knowledge cache: what is derived from one article alone (the cleaned paragraphs and sentences
// and the ArticleFacts) stored per article as <dir>/<engine key>/<sha256 of the file's content>.json.
// A restart over an unchanged corpus derives nothing again; a changed article has a new hash and is
// derived again alone; a new engine (ENGINE_VERSION, or any change to the deriving code) reads and
// writes another folder. Entries are written to a temporary file and renamed, so a reader sees a
// whole entry or none. An entry that cannot be read or makes no sense is logged, derived again and
// overwritten; a cache folder that cannot be written is logged once and the build goes on without it.
// Next to each entry, <hash>.link.json keeps how the article's people were linked and its quotes
// attributed, with the names from other articles that this depended on (link-memo.ts).

export interface CacheLogger {
  warn(obj: object, msg: string): void;
}

/** What one build did with the cache. */
export interface CacheStats {
  /** Articles taken from the cache. */
  reused: number;
  /** Articles derived (and written to the cache). */
  derived: number;
  /** Entries that were unreadable or malformed, derived again. */
  corrupt: number;
  /** Articles whose people were linked again (new, changed, or other articles' names changed). */
  relinked: number;
}

export interface KnowledgeCache {
  /** parse for loadArticlesWith: the article from the cache when its content was seen before, else parsed and derived. */
  parse(file: string, bytes: Buffer): Article;
  /** The facts of an article returned by parse. */
  factsOf(article: Article): ArticleFacts | undefined;
  /** The sha256 of the content of an article returned by parse. */
  hashOf(article: Article): string | undefined;
  /**
   * The article from the entry of the content with this hash, without reading its file (the folder's
   * manifest knows the hash); undefined when there is no entry that makes sense.
   */
  known(file: string, hash: string): Article | undefined;
  /** The article of an entry read before in this build, read again (a build that does not hold the corpus): not counted in the stats. */
  again(file: string, hash: string): Article | undefined;
  /** The folder of this engine's entries. */
  folder: string;
  /** Its key (engineKey()). */
  engine: string;
  /** Whether every entry and memo so far could be written. */
  writable(): boolean;
  /** The link memos (link-memo.ts), kept next to each entry as <hash>.link.json. */
  links: LinkMemoStore;
  stats: CacheStats;
}

/** The key of an article's entry: the SHA-256 of the file's content. */
export const contentHash = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** `engine` defaults to engineKey(); tests pass another to play a new engine. */
export function openKnowledgeCache(dir: string, logger?: CacheLogger, engine = engineKey()): KnowledgeCache {
  const folder = join(dir, engine);
  const facts = new WeakMap<Article, ArticleFacts>();
  const stats: CacheStats = { reused: 0, derived: 0, corrupt: 0, relinked: 0 };
  const hashes = new WeakMap<Article, string>();
  let writable = true;
  // The folder is made before the first write, and again should it be gone (a write then meets ENOENT).
  let made = false;

  function write(path: string, entry: object): void {
    if (!writable) return;
    const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      const json = JSON.stringify(entry);
      if (!made) mkdirSync(folder, { recursive: true });
      try {
        writeFileSync(tmp, json);
      } catch (err) {
        if (!made || (err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        mkdirSync(folder, { recursive: true });
        writeFileSync(tmp, json);
      }
      made = true;
      renameSync(tmp, path);
    } catch (err) {
      writable = false;
      try {
        unlinkSync(tmp);
      } catch {
        // never written
      }
      logger?.warn({ dir, code: (err as NodeJS.ErrnoException).code }, 'cannot write the knowledge cache (KNOWLEDGE_CACHE); going on without it');
    }
  }

  const links: LinkMemoStore = {
    get(article) {
      const hash = hashes.get(article);
      if (!hash) return undefined;
      const path = join(folder, `${hash}.link.json`);
      let raw: string;
      try {
        raw = readFileSync(path, 'utf8');
      } catch {
        return undefined; // not linked yet (or unreadable: linked again and rewritten)
      }
      try {
        const m = JSON.parse(raw) as LinkMemo & { engine: string; hash: string };
        check(m.engine === engine && m.hash === hash, 'another engine or content');
        check(isStrings(m.named) && isStrings(m.people) && typeof m.known === 'boolean', 'names');
        check([m.aliases, m.aliasOf, m.mentions, m.quotes].every(Array.isArray), 'links');
        return m;
      } catch (err) {
        logger?.warn({ file: article.file, entry: path, reason: (err as Error).message }, 'knowledge cache link memo corrupt; linking the article again');
        return undefined;
      }
    },
    set(article, memo) {
      const hash = hashes.get(article);
      stats.relinked++;
      if (hash) write(join(folder, `${hash}.link.json`), { engine, hash, ...memo });
    },
  };

  /** The article of this content from its entry, or undefined when there is none (or none that makes sense). */
  function cached(file: string, hash: string, quiet = false, count = true, probe = false): Article | undefined {
    const path = join(folder, `${hash}.json`);
    // With `probe` (parse: a file whose entry is seldom there, as on a cold start), the entry's absence
    // is known without the exception readFileSync throws for it, one per article.
    try {
      if (probe && statSync(path, { throwIfNoEntry: false }) === undefined) return undefined;
    } catch {
      // the read below says why
    }
    let raw: string | undefined;
    try {
      raw = readFileSync(path, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && !quiet) {
        stats.corrupt++;
        logger?.warn({ file, entry: path, code }, 'knowledge cache entry unreadable; deriving the article again');
      }
    }
    if (raw === undefined) return undefined;
    try {
      const { article, facts: f } = hydrate(JSON.parse(raw) as Entry, engine, hash, file);
      facts.set(article, f);
      hashes.set(article, hash);
      if (count) stats.reused++;
      return article;
    } catch (err) {
      if (quiet) return undefined;
      stats.corrupt++;
      logger?.warn({ file, entry: path, reason: (err as Error).message }, 'knowledge cache entry corrupt; deriving the article again');
      return undefined;
    }
  }

  return {
    stats,
    links,
    folder,
    engine,
    writable: () => writable,
    factsOf: (a) => facts.get(a),
    hashOf: (a) => hashes.get(a),
    // Quiet: what is wrong with the entry is said once, when the file is read and parsed instead.
    known: (file, hash) => cached(file, hash, true),
    again: (file, hash) => cached(file, hash, true, false),
    parse(file, bytes) {
      const hash = contentHash(bytes);
      const path = join(folder, `${hash}.json`);
      const found = cached(file, hash, false, true, true);
      if (found) return found;
      const article = parseArticle(file, bytes.toString('utf8')); // throws ArticleError for a malformed file: never cached
      const f = deriveFacts(article);
      facts.set(article, f);
      hashes.set(article, hash);
      stats.derived++;
      write(path, dehydrate(article, f, engine, hash));
      return article;
    },
  };
}

// The entry format: plain JSON, sentences by their offsets in the paragraph and references to a
// sentence by its index among the article's sentences in document order.

type SentenceRef = number;

interface Entry {
  engine: string;
  hash: string;
  title: string;
  source: string;
  published: string;
  url?: string;
  dateline?: string;
  updatedLine?: string;
  byline?: string;
  /** kind, n, text, then each sentence's start and length. */
  paragraphs: [kind: Paragraph['kind'], n: number, text: string, spans: number[]][];
  introductions: [name: string, role: string | null, sentence: SentenceRef][];
  events: [start: string, end: string | null, precision: Precision, phrase: string, sentence: SentenceRef][];
  terms: string[];
  abbreviations: [short: string, long: string, sentence: SentenceRef | null][];
  /**
   * What a build reads only when the corpus has changed (name candidates, phrases, place candidates,
   * index terms), as JSON inside the entry: a start over an unchanged corpus does not parse it.
   */
  later: string;
}

// The body's index terms are the sentences' terms joined (articleIndexTerms): only the title's are kept.
type Later = [names: NameCandidate[], phrases: string[], places: string[], titleTerms: string];

function dehydrate(a: Article, f: ArticleFacts, engine: string, hash: string): Entry {
  const sentences = a.paragraphs.flatMap((p) => p.sentences);
  const index = new Map(sentences.map((s, i) => [s, i]));
  const ref = (s: Sentence) => index.get(s)!;
  return {
    engine,
    hash,
    title: a.title,
    source: a.source,
    published: a.published,
    ...(a.url !== undefined && { url: a.url }),
    ...(a.dateline !== undefined && { dateline: a.dateline }),
    ...(a.updatedLine !== undefined && { updatedLine: a.updatedLine }),
    ...(a.byline !== undefined && { byline: a.byline }),
    paragraphs: a.paragraphs.map((p) => [p.kind, p.n, p.text, p.sentences.flatMap((s) => [s.start, s.text.length])]),
    introductions: f.introductions.map((x) => [x.name, x.role ?? null, ref(x.sentence)]),
    events: f.events.map((e) => [e.date.start, e.date.end ?? null, e.date.precision, e.phrase, ref(e.sentence)]),
    terms: f.terms,
    abbreviations: f.abbreviations.map((x) => [x.short, x.long, x.sentence ? ref(x.sentence) : null]),
    later: JSON.stringify([f.names, f.phrases, f.places, f.index.title] satisfies Later),
  };
}

class Malformed extends Error {}

function check(ok: unknown, what: string): asserts ok {
  if (!ok) throw new Malformed(what);
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);

/**
 * The paragraphs and facts of the entry of this content, made for `article` (an article whose
 * paragraphs are read on demand, knowledge-build/lazy.ts), or undefined when there is no entry that makes sense.
 */
export function readEntry(folder: string, engine: string, hash: string, article: Article): { paragraphs: Paragraph[]; facts: ArticleFacts } | undefined {
  try {
    return hydrate(JSON.parse(readFileSync(join(folder, `${hash}.json`), 'utf8')) as Entry, engine, hash, article.file, article);
  } catch {
    return undefined;
  }
}

/** The link memo kept beside the entry of this content, or undefined. */
export function readLinkMemo(folder: string, engine: string, hash: string): LinkMemo | undefined {
  try {
    const m = JSON.parse(readFileSync(join(folder, `${hash}.link.json`), 'utf8')) as LinkMemo & { engine: string; hash: string };
    return m.engine === engine && m.hash === hash && [m.aliases, m.aliasOf, m.mentions, m.quotes].every(Array.isArray) ? m : undefined;
  } catch {
    return undefined;
  }
}

function hydrate(e: Entry, engine: string, hash: string, file: string, into?: Article): { article: Article; paragraphs: Paragraph[]; facts: ArticleFacts } {
  check(e && typeof e === 'object', 'not an object');
  check(e.engine === engine && e.hash === hash, 'another engine or content');
  check(isString(e.title) && isString(e.source) && isString(e.published) && Array.isArray(e.paragraphs), 'article fields');
  let article: Article;
  if (into) article = into;
  else {
    article = { id: basename(file, '.md'), file, title: e.title, source: e.source, published: e.published, paragraphs: [] };
    if (e.url !== undefined) article.url = e.url;
    if (e.dateline !== undefined) article.dateline = e.dateline;
    if (e.updatedLine !== undefined) article.updatedLine = e.updatedLine;
    if (e.byline !== undefined) article.byline = e.byline;
  }
  const sentences: Sentence[] = [];
  const paragraphs = e.paragraphs.map(([kind, n, text, spans], order) => {
    check((kind === 'story' || kind === 'caption') && typeof n === 'number' && isString(text) && Array.isArray(spans) && spans.length % 2 === 0, 'paragraph');
    const paragraph: Paragraph = { article, kind, n, order, text, sentences: [] };
    for (let i = 0; i < spans.length; i += 2) {
      const start = spans[i]!;
      const length = spans[i + 1]!;
      check(Number.isInteger(start) && Number.isInteger(length) && start >= 0 && length > 0 && start + length <= text.length, 'sentence span');
      // A slice of the paragraph's text: the characters are stored once.
      const sentence: Sentence = { paragraph, start, text: text.slice(start, start + length) };
      paragraph.sentences.push(sentence);
      sentences.push(sentence);
    }
    return paragraph;
  });
  if (!into) article.paragraphs = paragraphs;
  const at = (i: unknown): Sentence => {
    check(typeof i === 'number' && sentences[i] !== undefined, 'sentence reference');
    return sentences[i];
  };
  check(isStrings(e.terms) && e.terms.length === sentences.length, 'terms');
  check([e.introductions, e.events, e.abbreviations].every(Array.isArray) && isString(e.later), 'facts');
  // Parsed on first use; should it not make sense then, the article's facts are derived again for it.
  const parse = (): Later => readLater(e.later) ?? laterOf(deriveFacts(into ? { ...metaOf(article), paragraphs } : article));
  // The name candidates, the bulk of it, are parsed where they are read and let go after (a build
  // over thousands of changed articles would otherwise hold them all); the rest is kept.
  let kept: [phrases: string[], places: string[], title: string] | undefined;
  const read = () => {
    if (!kept) {
      const [, phrases, places, title] = parse();
      kept = [phrases, places, title];
    }
    return kept;
  };
  const facts: ArticleFacts = {
    introductions: e.introductions.map(([name, role, s]) => {
      check(isString(name) && (role === null || isString(role)), 'introduction');
      return role === null ? { name, sentence: at(s) } : { name, role, sentence: at(s) };
    }),
    get names() {
      return parse()[0];
    },
    events: e.events.map(([start, end, precision, phrase, s]) => {
      check(isString(start) && (end === null || isString(end)) && isString(phrase) && ['day', 'month', 'year'].includes(precision), 'event');
      return { date: end === null ? { start, precision } : { start, precision, end }, phrase, sentence: at(s) };
    }),
    terms: e.terms,
    abbreviations: e.abbreviations.map(([short, long, s]) => {
      check(isString(short) && isString(long), 'abbreviation');
      return s === null ? { short, long } : { short, long, sentence: at(s) };
    }),
    get phrases() {
      return read()[0];
    },
    get places() {
      return read()[1];
    },
    get index() {
      return { title: read()[2], body: withoutContext(e.terms.join(' ')) };
    },
  };
  return { article, paragraphs, facts };
}

const metaOf = ({ id, file, title, source, published, url, dateline, updatedLine, byline }: Article): Omit<Article, 'paragraphs'> => ({
  id,
  file,
  title,
  source,
  published,
  ...(url !== undefined && { url }),
  ...(dateline !== undefined && { dateline }),
  ...(updatedLine !== undefined && { updatedLine }),
  ...(byline !== undefined && { byline }),
});

const laterOf = (f: ArticleFacts): Later => [f.names, f.phrases, f.places, f.index.title];

function readLater(json: string): Later | undefined {
  try {
    const [names, phrases, places, title] = JSON.parse(json) as Later;
    const ok =
      Array.isArray(names) &&
      names.every((c) => isStrings(c) && (c.length === 1 || c.length === 3)) &&
      isStrings(phrases) &&
      isStrings(places) &&
      isString(title);
    return ok ? [names, phrases, places, title] : undefined;
  } catch {
    return undefined;
  }
}
