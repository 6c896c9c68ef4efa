import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { KnowledgeCache } from '../cache/cache.ts';
import { CorpusMemo } from '../cache/corpus-memo.ts';
import { linkArticle, memoAliases } from '../cache/link-memo.ts';
import { fileSignature, type Manifest } from '../cache/manifest.ts';
import { eachArticle, homeLine } from '../corpus/load.ts';
import type { Article, LoadProblem, Sentence } from '../corpus/types.ts';
import { phrasesByInitials } from '../knowledge/abbreviations.ts';
import { authorOf } from '../knowledge/author.ts';
import { fold, words } from '../text.ts';
import { peopleNamed, registerPeople, type Mention, type Person, type RoleFact } from '../knowledge/people.ts';
import { placesAmong } from '../knowledge/places.ts';
import { roleTerms } from '../knowledge/role-words.ts';
import { IndexWriter, openIndexFile, type IndexLogger } from '../search/article-index.ts';
import { keepEvents, keepSnapshot, sentenceRow, sentenceWriter, snapshotKept, type KnowledgeSnapshot } from './lazy.ts';

// The full build of a corpus over the knowledge cache held every article at once (its paragraphs,
// sentences, terms and mentions: about 70 KB each, 3.7 GB at 50,000 articles) until it had kept the
// snapshot a warm start opens. This build keeps the same snapshot (and index, link memos and corpus
// memos) reading each article from its cache entry when a pass needs it and letting it go after:
// 1. register the people each article introduces, and keep the sentences of their roles, of the
//    events and of the abbreviations (by article and sentence number, their text in the index file);
// 2. find whom each article names and the aliases it uses (which needs every article's people);
// 3. link each article's people (which needs every article's aliases), attribute its quotes, index it.
// What it holds across the corpus is the people (who is mentioned and quoted where as integers),
// the events' rows, the phrases and place candidates, and the index's term counts.
// The knowledge is then opened from the snapshot (index.ts), as a warm start does.

/** An article of no corpus: the stand-in sentence below belongs to it. */
const DETACHED_ARTICLE: Article = { id: '', file: '', title: '', source: '', published: '', paragraphs: [] };
/**
 * A role's sentence while its article is not being read (linking reads only the roles of the
 * article it links), and a person's first mention once it lies in an article read before (the
 * quotes' attribution asks whether a sentence is the person's first mention).
 */
const DETACHED: Sentence = { paragraph: { article: DETACHED_ARTICLE, kind: 'story', n: 0, order: 0, text: '', sentences: [] }, start: 0, text: '' };

export interface Streamed {
  files: string[];
  hashes: string[];
  problems: LoadProblem[];
}

/**
 * Builds the corpus of `dir` over the cache into the index file at `indexPath` and keeps its snapshot,
 * without holding its articles; undefined where no snapshot could be kept (an entry that cannot be
 * written or read again), and the caller builds in memory.
 */
export function streamSnapshot(
  dir: string,
  cache: KnowledgeCache,
  manifest: Manifest,
  indexPath: string,
  options: { racyMs?: number; logger?: IndexLogger } = {},
): Streamed | undefined {
  if (!cache.writable()) return undefined;
  const db = openIndexFile(indexPath, options.logger);
  try {
    // One write transaction: what a build that cannot finish wrote is undone.
    return db.transaction(() => passes(dir, cache, manifest, db, options.racyMs)).immediate();
  } catch (err) {
    if (err === NOT_KEPT) return undefined;
    throw err;
  }
}

const NOT_KEPT = new Error('no snapshot kept');

function passes(dir: string, cache: KnowledgeCache, manifest: Manifest, db: Database.Database, racyMs?: number): Streamed {
  const started = Date.now();
  const texts = randomUUID();
  const sentences = sentenceWriter(db, texts);

  // 1. Each article as the cache has it (derived now where it has not), found by the manifest.
  const files: string[] = [];
  const hashes: string[] = [];
  const ids: string[] = [];
  const seen = new Set<string>();
  const registry = new Map<string, Person>();
  const introduced: string[][] = [];
  const roleAt = new Map<RoleFact, [number, number]>();
  const rolesOf: RoleFact[][] = [];
  const events: [row: KnowledgeSnapshot['events'][number], published: string][] = [];
  const abbreviations = new Map<string, KnowledgeSnapshot['abbreviations'][number]>();
  const phrases = new Map<string, number>();
  const placeNames = new Set<string>();
  let sentenceCount = 0;
  let hashless = false;
  const signatures = new Map<string, string>();
  const known = (file: string, path: string) => {
    const signature = fileSignature(path, started, racyMs);
    if (!signature) return undefined;
    signatures.set(file, signature);
    const hash = manifest.hashOf(file, signature);
    return hash ? cache.known(file, hash) : undefined;
  };
  const problems = eachArticle(dir, cache.parse, known, (article) => {
    const hash = cache.hashOf(article);
    const facts = cache.factsOf(article);
    if (!hash || !facts) {
      hashless = true;
      return;
    }
    const signature = signatures.get(article.file);
    if (signature) manifest.record(article.file, signature, hash);
    const i = files.length;
    let id = article.id;
    while (seen.has(id)) id = `${id}~`;
    seen.add(id);
    files.push(article.file);
    hashes.push(hash);
    ids.push(id);
    const at = numbered(article);
    sentenceCount += at.size;
    const keep = (s: Sentence | undefined): [number, number] => {
      const n = s && at.get(s);
      if (n === undefined) return [-1, -1];
      sentences.keep(sentenceRow(i, n, s!));
      return [i, n];
    };
    const people = registerPeople(facts.introductions, registry);
    introduced.push(people.map((p) => p.key));
    const roles: RoleFact[] = [];
    for (const p of people) {
      for (const r of p.roles) {
        if (r.sentence.paragraph.article !== article) continue;
        roleAt.set(r, keep(r.sentence));
        r.sentence = DETACHED;
        roles.push(r);
      }
    }
    rolesOf.push(roles);
    for (const e of facts.events) events.push([[e.date.start, e.date.end ?? null, e.date.precision, e.phrase, ...keep(e.sentence)], article.published]);
    for (const f of facts.abbreviations) {
      const key = f.short.toLowerCase();
      if (!abbreviations.has(key)) abbreviations.set(key, [key, f.short, f.long, ...keep(f.sentence)]);
    }
    for (const phrase of facts.phrases) phrases.set(phrase, (phrases.get(phrase) ?? 0) + 1);
    for (const name of facts.places) placeNames.add(name);
  });
  manifest.save();
  if (hashless) throw NOT_KEPT;
  const memo = new CorpusMemo(db, ids, hashes);
  if (snapshotKept(memo, db)) {
    db.prepare('DELETE FROM snapshot_sentences WHERE texts = ?').run(texts);
    return { files, hashes, problems };
  }
  const people = [...registry.values()];
  const personIndex = new Map(people.map((p, i) => [p, i]));
  const again = (i: number): Article | undefined => {
    const a = cache.again(files[i]!, hashes[i]!);
    if (a) a.id = ids[i]!;
    return a;
  };

  // 2. Whom each article names, by name and by the aliases it uses (kept for the corpus).
  let keys = namedKeys(memo.get('people-named'), files.length, registry);
  const aliasesOf: Map<string, Person>[] = [];
  const namedOf: Person[][] = [];
  const aliasSets = new Map<string, Set<Person>>();
  if (!keys) {
    for (let i = 0; i < files.length; i++) {
      const article = again(i);
      if (!article) throw NOT_KEPT;
      const named = unique([...introduced[i]!.map((k) => registry.get(k)!), ...peopleNamed(cache.factsOf(article)!.names, registry)]);
      namedOf.push(named);
      aliasesOf.push(memoAliases(article, named, cache.links.get(article)));
      for (const [alias, p] of aliasesOf[i]!) aliasSets.set(alias, (aliasSets.get(alias) ?? new Set()).add(p));
    }
  }
  introduced.length = 0;

  // 3. Each article linked, its quotes attributed, indexed; its people's mentions kept as numbers.
  // Who is mentioned where (person, article, sentence) and quoted where (person, article), in order:
  // a few numbers each, grouped by person when the people are kept.
  const mentioned = new Ints();
  const quoted = new Ints();
  const articleRows: KnowledgeSnapshot['articles'] = [];
  const subjects: string[] = [];
  const named: [string[], string[]][] = [];
  let quoteCount = 0;
  const writer = new IndexWriter(db);
  for (let i = 0; i < files.length; i++) {
    const article = again(i);
    if (!article) throw NOT_KEPT;
    const facts = cache.factsOf(article)!;
    const memoOfLinks = cache.links.get(article);
    let own: Person[];
    let all: Person[];
    if (keys) {
      own = keys[i]![0].map((k) => registry.get(k)!);
      all = keys[i]![1].map((k) => registry.get(k)!);
    } else {
      own = namedOf[i]!;
      // Someone named only by an alias other articles use ("Breed said") counts too, unless the
      // article has its own person of that name.
      const names = new Set(own.flatMap((p) => p.name.split(' ')));
      all = unique([...own, ...peopleNamed(facts.names, new Map(), aliasSets, names)]);
      named.push([own.map((p) => p.key), all.map((p) => p.key)]);
    }
    const aliases = (aliasesOf[i] ??= memoAliases(article, own, memoOfLinks));
    const at = numbered(article);
    const byNumber = [...at.keys()];
    for (const r of rolesOf[i]!) r.sentence = byNumber[roleAt.get(r)![1]]!;
    const found = linkArticle(article, own, aliases, all, memoOfLinks);
    for (const r of rolesOf[i]!) r.sentence = DETACHED;
    if (found.memo) cache.links.set(article, found.memo);
    for (const p of all) {
      const list = p.mentions;
      const from = list[0] === DETACHED ? 1 : 0;
      if (list.length === from) continue;
      const person = personIndex.get(p)!;
      for (let k = from; k < list.length; k++) mentioned.push(person, i, at.get(list[k]!)!);
      p.mentions = [DETACHED];
    }
    for (const q of found.quotes) quoted.push(personIndex.get(q.speaker)!, i);
    quoteCount += found.quotes.length;
    const subject = mostMentioned(article, all, found.mentions);
    subjects.push(subject?.key ?? '');
    writer.add({ id: ids[i]!, terms: () => facts.index, people: all.map((p) => p.name).join(', '), sentences: facts.terms, content: hashes[i] });
    articleRows.push([
      ids[i]!,
      article.file,
      hashes[i]!,
      article.title,
      article.source,
      article.published,
      article.url ?? null,
      article.dateline ?? null,
      subject ? personIndex.get(subject)! : -1,
      all.map((p) => personIndex.get(p)!),
      article.byline ?? null,
      homeLine(article),
    ]);
  }
  writer.finish();
  if (!keys) memo.set('people-named', JSON.stringify(named));
  keys = undefined;
  aliasesOf.length = 0;
  namedOf.length = 0;

  // The corpus-wide results (as the full build in memory remembers them), then the snapshot.
  const places = memo.remember('places', () => [...placesAmong(people, placeNames)], stringPairs);
  function* allPhrases() {
    for (const [phrase, n] of phrases) for (let k = 0; k < n; k++) yield phrase;
    yield* rolePhrases(people);
  }
  const initials = memo.remember('initials', () => [...phrasesByInitials(allPhrases())], stringPairs);
  memo.set('subjects', JSON.stringify(subjects));
  // Sorted as the full build sorts the events: by date, then by the article's publication.
  events.sort((a, b) => a[0][0].localeCompare(b[0][0]) || a[1].localeCompare(b[1]));
  sentences.done();
  if (
    !keepEvents(
      db,
      texts,
      events.map(([row]) => row),
    ) ||
    !cache.writable()
  )
    throw NOT_KEPT;
  const head: KnowledgeSnapshot & { texts: string } = {
    v: 1,
    articles: articleRows,
    people: [],
    events: [],
    places,
    initials,
    abbreviations: [...abbreviations.values()],
    quotes: quoteCount,
    sentences: sentenceCount,
    texts,
    eventCount: events.length,
  };
  const mentionsOf = mentioned.byFirst(3, people.length);
  const quotedIn = quoted.byFirst(2, people.length);
  keepSnapshot(memo, db, head, people.length, (from, to) =>
    people
      .slice(from, to)
      .map((p, k) => [
        p.key,
        p.name,
        p.aliases,
        p.roles.flatMap((r) => [r.role, ...roleAt.get(r)!]),
        mentionsOf.of(from + k),
        [...new Set(quotedIn.of(from + k))],
        p.roles.map((r) => roleTerms(r).join(' ')),
      ]),
  );
  if (!snapshotKept(memo, db)) throw NOT_KEPT;
  return { files, hashes, problems };
}

/** Integers appended in a growable Int32Array (a JavaScript array of them takes twice the room, and more as it grows). */
class Ints {
  private buf = new Int32Array(1 << 16);
  length = 0;

  push(...xs: number[]): void {
    if (this.length + xs.length > this.buf.length) {
      const bigger = new Int32Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    for (const x of xs) this.buf[this.length++] = x;
  }

  /**
   * Records of `width` integers grouped by their first (0 to `count` - 1), each group in the order
   * pushed: of(k) gives the rest of the records of group k, one after another.
   */
  byFirst(width: number, count: number): { of(k: number): number[] } {
    const start = new Int32Array(count + 1);
    for (let i = 0; i < this.length; i += width) start[this.buf[i]! + 1]! += width - 1;
    for (let k = 0; k < count; k++) start[k + 1]! += start[k]!;
    const at = start.slice(0, count);
    const out = new Int32Array(start[count]!);
    for (let i = 0; i < this.length; i += width) for (let j = 1; j < width; j++) out[at[this.buf[i]!]!++] = this.buf[i + j]!;
    this.buf = new Int32Array(0);
    this.length = 0;
    return { of: (k) => Array.from(out.subarray(start[k]!, start[k + 1]!)) };
  }
}

/** Each sentence of an article by its number in document order. */
function numbered(article: Article): Map<Sentence, number> {
  const at = new Map<Sentence, number>();
  for (const p of article.paragraphs) for (const s of p.sentences) at.set(s, at.size);
  return at;
}

export const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
export const stringPairs = (v: unknown) => (Array.isArray(v) && v.every((e) => isStrings(e) && e.length === 2) ? (v as [string, string][]) : undefined);
const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** The kept keys of whom each of `count` articles names (JSON text), when they fit the registry. */
export function namedKeys(raw: unknown, count: number, registry: Map<string, Person>): [string[], string[]][] | undefined {
  let v = raw;
  try {
    if (typeof v === 'string') v = JSON.parse(v);
  } catch {
    return undefined;
  }
  return Array.isArray(v) &&
    v.length === count &&
    v.every((x) => Array.isArray(x) && x.length === 2 && x.every((ks) => isStrings(ks) && ks.every((k) => registry.has(k))))
    ? (v as [string[], string[]][])
    : undefined;
}

/** The person an article mentions in the most sentences (the first of those, in the order given). */
export function mostMentioned(article: Article, people: Person[], mentions: Map<Sentence, Mention[]>): Person | undefined {
  // A first-person story is its writer's ("By Mayor …": "I signed …").
  const author = authorOf(article, people);
  if (author) return author;
  // The one person a headline names is whom the story is about ("Q&A: Mayor Petronel Vask on …"),
  // however often a first-person account names others.
  const headlined = people.filter((p) => article.title.includes(p.name));
  if (headlined.length === 1) return headlined[0];
  // ("Q&A: Vask on …": a surname alone, when one person of the story has it.)
  const titleWords = new Set(words(article.title));
  const bySurname = people.filter((p) => p.name.includes(' ') && titleWords.has(fold(p.name.split(' ').pop()!)));
  if (!headlined.length && bySurname.length === 1) return bySurname[0];
  const counts = new Map<Person, number>();
  for (const p of article.paragraphs) {
    for (const s of p.sentences) for (const person of new Set((mentions.get(s) ?? []).map((m) => m.person))) counts.set(person, (counts.get(person) ?? 0) + 1);
  }
  let best: Person | undefined;
  for (const p of people) if (!best || (counts.get(p) ?? 0) > (counts.get(best) ?? 0)) best = p;
  return best;
}

/** The words of people's roles, for initialisms ("COO"). */
export function* rolePhrases(people: Person[]): Iterable<string> {
  for (const p of people)
    for (const r of p.roles) for (const m of r.role.matchAll(/\b\p{Ll}+(?:\s+\p{Ll}+){1,3}/gu)) yield m[0].replace(/\s+(?:of|at|for|in|and)(?:\s.*)?$/, '');
}
