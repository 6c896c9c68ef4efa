import { LRUCache } from 'lru-cache';
import { broaderWords, derivedForms, hasSense, isKindOf, namesIndividual, synonyms, type WordnetPos } from '../knowledge/wordnet.ts';
import { nearWordsOn, neighbours } from '../knowledge/vectors.ts';
import { demonymBases } from '../text.ts';
import { createHash, randomUUID } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { loadArticles, loadArticlesWith } from '../corpus/load.ts';
import type { Article, LoadProblem, Sentence } from '../corpus/types.ts';
import { ArticleIndex, indexIn, openIndexFile } from '../search/article-index.ts';
import { CorpusMemo, corpusKey } from '../cache/corpus-memo.ts';
import { keepListing, known, listFolder, type Listing } from '../cache/listing.ts';
import { PeopleIndex, type PersonDoc } from '../search/people-index.ts';
import { Retriever } from '../search/retriever.ts';
import { openKnowledgeCache, type CacheLogger, type CacheStats, type KnowledgeCache } from '../cache/cache.ts';
import { deriveFacts, type ArticleFacts } from './derive.ts';
import { engineKey } from '../cache/version.ts';
import { fileSignature, openManifest, type Manifest } from '../cache/manifest.ts';
import {
  keepEvents,
  keepSentences,
  keepSnapshot,
  SNAPSHOT,
  snapshotKept,
  keptEvents,
  keptSentences,
  lazyPartsSteps,
  runSteps,
  runStepsAsync,
  snapshotOf,
  type KnowledgeSnapshot,
  lookup,
  type Lookup,
  type Steps,
} from './lazy.ts';
import type { DatedEvent } from '../knowledge/events.ts';
import { eventListOf, type EventList } from './event-list.ts';
import { keptPeople } from './people-table.ts';
import { keptPlaces } from './places-table.ts';
import { isStrings, mostMentioned, namedKeys, rolePhrases, streamSnapshot, stringPairs } from './stream.ts';
import { linkArticle, memoAliases, type LinkMemoStore } from '../cache/link-memo.ts';
import { peopleNamed, registerPeople, type Mention, type Person } from '../knowledge/people.ts';
import { peopleFinderOf, type PeopleFinder } from '../knowledge/people-finder.ts';
import type { Quote } from '../knowledge/quotes.ts';
import { definedAbbreviations, phrasesByInitials, type ShortForm } from '../knowledge/abbreviations.ts';
import { findPlaces, itineraryOf, type Itinerary, type Places } from '../knowledge/places.ts';

// The knowledge base: everything the commands answer from, built once at start from the articles.

export interface Knowledge {
  articles: Article[];
  problems: LoadProblem[];
  /** Every person (opened from a snapshot, read whole from the index file: for tests; the answers read peopleFinder). */
  people: Person[];
  /** The people one at a time, by key, alias, name part or role word. */
  peopleFinder: PeopleFinder;
  /** People searchable by name, alias and role (fuzzy), for /who and autocomplete. */
  peopleIndex: PeopleIndex;
  peopleByKey: Lookup<string, Person>;
  /** Folded single-word aliases ("breed") to the people who go by them, in the people's order. */
  peopleByAlias: Lookup<string, Person[]>;
  /** People by number of mentions, most first (suggestions, empty autocomplete); opened from a snapshot, the first PROMINENT of them. */
  prominent: Person[];
  /** Every quote (reads every article: for tests; the answers read them by speaker or article). */
  quotes: Quote[];
  quoteCount: number;
  quotesBySpeaker: Lookup<Person, Quote[]>;
  /** All dated events, in date order (read whole where they are read on demand: the answers use eventList). */
  events: DatedEvent[];
  /** The dated events in date order, read by position or by day. */
  eventList: EventList;
  /** Each article's events and quotes, so that a search reads only its candidate articles'. */
  eventsByArticle: Lookup<Article, DatedEvent[]>;
  quotesByArticle: Lookup<Article, Quote[]>;
  mentions: Lookup<Sentence, Mention[]>;
  eventsBySentence: Lookup<Sentence, DatedEvent[]>;
  retriever: Retriever;
  /** Folded place name → the name as printed (a table of the index file, where opened from a snapshot). */
  places: Places;
  /** Abbreviations the articles define, by their folded short form. */
  abbreviations: Map<string, ShortForm>;
  /** Names and role words by their folded initials ("sf" → "San Francisco"). */
  initials: Map<string, string>;
  /** The person an article is mostly about. */
  subjectOf(article: Article): Person | undefined;
  /** Where a person went, in the articles' words (worked out on first use). */
  itinerary(person: Person): Itinerary;
  /** The articles held in memory when they are read on demand (BuildOptions.lazyBytes), and their approximate bytes. */
  held?: () => { articles: number; bytes: number };
  /** How many events were made from the index file's rows so far, where they are read on demand (tests). */
  eventsMade?: () => number;
  /** How many people were made from the index file's rows so far, where they are read on demand (tests). */
  peopleMade?: () => number;
}

export interface BuildOptions {
  /** The knowledge cache folder (KNOWLEDGE_CACHE); without it everything is derived. */
  cacheDir?: string;
  logger?: CacheLogger;
  /** Filled in with what the build took from the cache and what it derived. */
  stats?: CacheStats;
  /** Files changed more recently than this (ms) are read, not trusted by their times; default RACY_MS. */
  racyMs?: number;
  /**
   * Over an unchanged corpus, read nothing but the snapshot of the last build and each article when
   * a question reads it (lazy.ts), keeping at most this many bytes of articles in memory
   * (KNOWLEDGE_CACHE_MB). Without it, every article is read at start.
   */
  lazyBytes?: number;
  /** The folder as the cache's preparation listed it (prepareKnowledgeCache): not listed again. */
  listing?: Listing;
}

export function buildKnowledgeFromDir(dir: string, options: BuildOptions = {}): Knowledge {
  if (!options.cacheDir) {
    const { articles, problems } = loadArticles(dir);
    return buildKnowledge(articles, problems);
  }
  const cache = openKnowledgeCache(options.cacheDir, options.logger);
  // (Read only where the listing is not the one kept: openLazy.)
  let opened: Manifest | undefined;
  const manifest = () => (opened ??= openManifest(cache.folder, dir));
  if (options.lazyBytes !== undefined) {
    const lazy = openLazy(dir, cache.folder, manifest, options);
    if (lazy) {
      if (options.stats) options.stats.reused = lazy.articles.length;
      return lazy;
    }
    // A new or changed corpus is built without holding it, then opened as a warm start opens it.
    const built = streamSnapshot(dir, cache, manifest(), articleIndexPath(options.cacheDir, dir), options);
    const knowledge = built && lazyFrom(dir, cache.folder, built.files, (i) => built.hashes[i]!, options);
    if (knowledge) {
      knowledge.problems = built.problems;
      if (options.stats) Object.assign(options.stats, cache.stats);
      return knowledge;
    }
  }
  return buildWithCache(dir, cache, manifest(), options).knowledge;
}

/** The full build over the knowledge cache: every article from its entry (or derived), linked, indexed; a snapshot kept. */
function buildWithCache(
  dir: string,
  cache: KnowledgeCache,
  manifest: Manifest,
  options: BuildOptions,
): { knowledge: Knowledge; articles: Article[]; hashes: (string | undefined)[] } {
  // An unchanged file is found in the cache by its listing and times (the manifest), not read.
  const started = Date.now();
  const signatures = new Map<string, string>();
  const known = (file: string, path: string) => {
    const signature = fileSignature(path, started, options.racyMs);
    if (!signature) return undefined;
    signatures.set(file, signature);
    const hash = manifest.hashOf(file, signature);
    return hash ? cache.known(file, hash) : undefined;
  };
  const { articles, problems } = loadArticlesWith(dir, cache.parse, known);
  for (const a of articles) {
    const signature = signatures.get(a.file);
    const hash = cache.hashOf(a);
    if (signature && hash) manifest.record(a.file, signature, hash);
  }
  manifest.save();
  const knowledge = buildKnowledge(articles, problems, {
    factsOf: cache.factsOf,
    hashOf: cache.hashOf,
    links: cache.links,
    indexPath: articleIndexPath(options.cacheDir!, dir),
    logger: options.logger,
    snapshot: cache.writable,
  });
  if (options.stats) Object.assign(options.stats, cache.stats);
  return { knowledge, articles, hashes: articles.map((a) => cache.hashOf(a)) };
}

/**
 * What a full build made in another process hands to the one answering (live/reload-worker.ts): the
 * files it built, in order, with their content hashes and the files it skipped, so that the answering
 * process opens the snapshot it kept (openSnapshot) without reading the folder or trusting file times.
 */
export interface BuiltCorpus {
  files: string[];
  hashes: string[];
  problems: LoadProblem[];
}

/**
 * The full build of a folder over the knowledge cache, for another process to open lazily: keeps the
 * snapshot in the index file (unless it is kept already); undefined when one cannot be kept (an
 * article without a content hash, a cache that cannot be written).
 */
export function buildSnapshot(dir: string, options: BuildOptions & { cacheDir: string }): BuiltCorpus | undefined {
  const cache = openKnowledgeCache(options.cacheDir, options.logger);
  const { knowledge, articles, hashes } = buildWithCache(dir, cache, openManifest(cache.folder, dir), options);
  if (!hashes.every((h): h is string => typeof h === 'string')) return undefined;
  const db = openIndexFile(articleIndexPath(options.cacheDir, dir), options.logger);
  const memo = new CorpusMemo(
    db,
    articles.map((a) => a.id),
    hashes,
  );
  if (memo.get(SNAPSHOT) === undefined) return undefined;
  // The people index of the new corpus is made here (in the slot the answering process does not read), not there.
  void knowledge.peopleIndex;
  // Everything written is copied from the write-ahead log into the file here: otherwise the next
  // connection to commit (the process answering questions) would copy tens of megabytes, a pause.
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // busy or in memory: the log is copied later
  }
  return { files: articles.map((a) => a.file), hashes, problems: knowledge.problems };
}

/**
 * The knowledge of a corpus built in full elsewhere (buildSnapshot), opened from its snapshot in
 * slices with the event loop turning between them (questions keep being answered meanwhile);
 * undefined when it cannot be.
 */
export async function openSnapshot(
  dir: string,
  built: BuiltCorpus,
  options: BuildOptions & { cacheDir: string; lazyBytes: number },
): Promise<Knowledge | undefined> {
  const cache = openKnowledgeCache(options.cacheDir, options.logger);
  const knowledge = await runStepsAsync(lazySteps(dir, cache.folder, built.files, (i) => built.hashes[i]!, options));
  if (knowledge) knowledge.problems = built.problems;
  return knowledge;
}

/** Builds a new or changed corpus a file at a time into its snapshot (stream.ts), unless one is kept; whether one is kept now. */
export function keepSnapshotOf(dir: string, cacheDir: string): boolean {
  const cache = openKnowledgeCache(cacheDir);
  return streamSnapshot(dir, cache, openManifest(cache.folder, dir), articleIndexPath(cacheDir, dir)) !== undefined;
}

/** The index file of a seeds folder, in the cache beside the entries of the engine that made it. */
export function articleIndexPath(cacheDir: string, seedsDir: string): string {
  const folder = createHash('sha256').update(resolve(seedsDir)).digest('hex').slice(0, 16);
  return join(cacheDir, engineKey(), `articles-${folder}.sqlite`);
}

/** What a build may take from earlier ones (the knowledge cache). */
export interface Reuse {
  /** What was derived from each article alone (deriveFacts); what is missing is derived here. */
  factsOf?: (a: Article) => ArticleFacts | undefined;
  /** A hash of each article's content (the cache's key). */
  hashOf?: (a: Article) => string | undefined;
  links?: LinkMemoStore;
  /** The index file (search index, corpus-wide results); in memory without it. */
  indexPath?: string;
  logger?: CacheLogger;
  /** Whether the entries and link memos are all written (the cache is writable): then a snapshot is kept for a lazy start. */
  snapshot?: () => boolean;
}

/** The knowledge of these articles. */
export function buildKnowledge(
  articles: Article[],
  problems: LoadProblem[] = [],
  { factsOf, hashOf, links, indexPath, logger, snapshot }: Reuse = {},
): Knowledge {
  const ids = new Set<string>();
  for (const a of articles) {
    // Ids key the search index; two files may not share one.
    while (ids.has(a.id)) a.id = `${a.id}~`;
    ids.add(a.id);
  }
  const facts = new Map(articles.map((a) => [a, factsOf?.(a) ?? deriveFacts(a)]));
  const factOf = (a: Article) => facts.get(a)!;
  const file = openIndexFile(indexPath, logger);
  // Corpus-wide results kept in the index file, worked out again only when the corpus changes.
  const memo = new CorpusMemo(
    file,
    articles.map((a) => a.id),
    articles.map((a) => hashOf?.(a)),
  );
  const { people, quotes, events, mentions, peopleOfArticle } = linkAll(articles, factOf, links, memo);
  const retriever = new Retriever(articles, {
    peopleOf: (a) => (peopleOfArticle.get(a) ?? []).map((p) => p.name),
    termsOf: (a) => factOf(a).terms,
    indexTermsOf: (a) => factOf(a).index,
    contentOf: hashOf,
    alternatives: questionSynonyms,
    relatives: questionDerivations,
    index: (docs) => indexIn(file, docs, indexPath, logger),
  });
  const places = new Map(memo.remember('places', () => [...findPlaces(articles, people, (a) => factOf(a).places)], stringPairs));
  function* namePhrases() {
    for (const f of facts.values()) yield* f.phrases;
    yield* rolePhrases(people);
  }
  const initials = new Map(memo.remember('initials', () => [...phrasesByInitials(namePhrases())], stringPairs));
  const byKey = new Map(people.map((p) => [p.key, p]));
  const subjectKeys = memo.remember(
    'subjects',
    () => articles.map((a) => mostMentioned(a, peopleOfArticle.get(a) ?? [], mentions)?.key ?? ''),
    (v) => (isStrings(v) && v.length === articles.length && v.every((k) => !k || byKey.has(k)) ? v : undefined),
  );
  const subjects = new Map(articles.map((a, i) => [a, byKey.get(subjectKeys[i]!)]));
  const abbreviations = definedAbbreviations(articles, (a) => factOf(a).abbreviations);
  // What a start over this corpus needs to answer without reading it (lazy.ts), kept once per corpus.
  if (hashOf && indexPath && snapshot?.() && !snapshotKept(memo, file)) {
    const snap = snapshotOf({
      articles,
      hashOf,
      people,
      quotes,
      events,
      peopleOfArticle,
      subjects,
      places,
      initials,
      abbreviations,
      sentences: retriever.sentenceCount,
    });
    if (snap) {
      // The sentences and events it refers to are kept beside it, under a key of their own, before
      // it; without them no snapshot is kept (a start reads the corpus).
      const texts = randomUUID();
      if (keepSentences(file, texts, snap.sentences) && keepEvents(file, texts, snap.snapshot.events)) {
        keepSnapshot(memo, file, { ...snap.snapshot, texts, events: [], eventCount: snap.snapshot.events.length });
      }
    }
  }
  return assemble({ articles, problems, people, quotes, events, mentions, retriever, places, subjects, abbreviations, initials });
}

/**
 * People registered and linked across all articles, their quotes, and the dated events. Its own
 * function so that the per-article working data (names, aliases, link memos) is let go at its end.
 */
function linkAll(articles: Article[], factOf: (a: Article) => ArticleFacts, links: LinkMemoStore | undefined, memo: CorpusMemo) {
  const registry = new Map<string, Person>();
  const quotes: Quote[] = [];
  const events: DatedEvent[] = [];
  const mentions = new Map<Sentence, Mention[]>();
  const peopleOfArticle = new Map<Article, Person[]>();
  // People first, across all articles, so that an article can name someone another introduced.
  const introduced = articles.map((a) => registerPeople(factOf(a).introductions, registry));
  // Whom each article names (by name, and by the aliases other articles use) is looked up in every
  // article's capitalised words: kept for the corpus.
  const memos = articles.map((a) => links?.get(a));
  const aliases: Map<string, Person>[] = [];
  const aliasesOf = (i: number, named: Person[]) => (aliases[i] ??= memoAliases(articles[i]!, named, memos[i]));
  const keys = memo.remember(
    'people-named',
    () => namedByArticle(articles, factOf, introduced, registry, aliasesOf),
    (v) => namedKeys(v, articles.length, registry),
  );
  articles.forEach((article, i) => {
    const named = keys[i]![0].map((k) => registry.get(k)!);
    const people = keys[i]![1].map((k) => registry.get(k)!);
    const found = linkArticle(article, named, aliasesOf(i, named), people, memos[i]);
    if (found.memo) links?.set(article, found.memo);
    peopleOfArticle.set(article, people);
    for (const [s, m] of found.mentions) mentions.set(s, m);
    quotes.push(...found.quotes);
    events.push(...factOf(article).events);
  });
  events.sort(
    (a, b) => a.date.start.localeCompare(b.date.start) || a.sentence.paragraph.article.published.localeCompare(b.sentence.paragraph.article.published),
  );
  return { people: [...registry.values()], quotes, events, mentions, peopleOfArticle };
}

/** For each article, the keys of the people it names by name, then of all it names (aliases too). */
function namedByArticle(
  articles: Article[],
  factOf: (a: Article) => ArticleFacts,
  introduced: Person[][],
  registry: Map<string, Person>,
  aliasesOf: (i: number, named: Person[]) => Map<string, Person>,
): [string[], string[]][] {
  const named = articles.map((a, i) => unique([...introduced[i]!, ...peopleNamed(factOf(a).names, registry)]));
  const aliases = new Map<string, Set<Person>>();
  articles.forEach((_, i) => {
    for (const [alias, p] of aliasesOf(i, named[i]!)) aliases.set(alias, (aliases.get(alias) ?? new Set()).add(p));
  });
  return articles.map((article, i) => {
    // Someone named only by an alias other articles use ("Breed said") counts too, unless the
    // article has its own person of that name.
    const own = new Set(named[i]!.flatMap((p) => p.name.split(' ')));
    const byAlias = peopleNamed(factOf(article).names, new Map(), aliases, own);
    return [named[i]!.map((p) => p.key), unique([...named[i]!, ...byAlias]).map((p) => p.key)];
  });
}

interface Parts {
  articles: Article[];
  problems: LoadProblem[];
  people: Person[];
  quotes: Quote[];
  events: DatedEvent[];
  mentions: Map<Sentence, Mention[]>;
  retriever: Retriever;
  places: Map<string, string>;
  subjects: Map<Article, Person | undefined>;
  abbreviations: Map<string, ShortForm>;
  initials: Map<string, string>;
}

/** The knowledge made of its parts; the closures here keep only these alive. */
function assemble({ articles, problems, people, quotes, events, mentions, retriever, places, subjects, abbreviations, initials }: Parts): Knowledge {
  const quotesBySpeaker = groupBy(quotes, (q) => q.speaker);
  const eventsBySentence = groupBy(events, (e) => e.sentence);
  const shared = common({
    articles,
    finder: peopleFinderOf(people),
    docs: () => personDocs(people),
    retriever,
    subjectOf: (a) => subjects.get(a),
    isSubject: (i, p) => subjects.get(articles[i]!) === p,
    mentionedIn: (p) => new Set(p.mentions.map((s) => s.paragraph.article)),
    eventsOf: (s) => eventsBySentence.get(s) ?? [],
    places,
  });
  return including(shared, {
    articles,
    problems,
    people,
    eventsByArticle: groupBy(events, (e) => e.sentence.paragraph.article),
    quotesByArticle: groupBy(quotes, (q) => q.paragraph.article),
    prominent: [...people].sort((a, b) => b.mentions.length - a.mentions.length),
    quotes,
    quoteCount: quotes.length,
    quotesBySpeaker,
    events,
    eventList: eventListOf(events),
    mentions,
    eventsBySentence,
    abbreviations,
    initials,
  });
}

/** The properties of `shared` (getters kept as getters: a spread would run them) and of `own`. */
function including<A extends object, B extends object>(shared: A, own: B): A & B {
  return Object.defineProperties(own, Object.getOwnPropertyDescriptors(shared)) as A & B;
}

/** What common() makes the shared part of a knowledge from. */
interface Common {
  articles: Article[];
  finder: PeopleFinder;
  /** Every person's document for the people index (made when its file holds none for the corpus). */
  docs: () => PersonDoc[];
  retriever: Retriever;
  subjectOf: (a: Article) => Person | undefined;
  /** Whether the i-th article is mostly about this person. */
  isSubject: (i: number, p: Person) => boolean;
  mentionedIn: (p: Person) => Set<Article>;
  eventsOf: (s: Sentence) => DatedEvent[];
  places: Places;
}

/** What an eager and a lazy knowledge make alike from their parts. */
function common({ articles, finder, docs, retriever, subjectOf, isSubject, mentionedIn, eventsOf, places }: Common) {
  // Worked out on first use and kept for the people asked about most recently (bounded: a question can name anyone).
  const itineraries = new LRUCache<Person, Itinerary>({ max: 1_000 });
  let peopleIndex: PeopleIndex | undefined;
  return {
    peopleFinder: finder,
    // Made on first use (a getter: the knowledge takes it as one, including()): only name and role
    // searches need it, and at thousands of articles it costs most of a second and tens of megabytes.
    get peopleIndex() {
      return (peopleIndex ??= new PeopleIndex(retriever.index.db, retriever.index.corpus, docs));
    },
    peopleByKey: lookup((key: string) => finder.byKey(key)),
    peopleByAlias: lookup((alias: string) => {
      const at = finder.positions('alias', alias);
      return at.length ? at.map((i) => finder.at(i)) : undefined;
    }),
    retriever,
    places,
    subjectOf,
    itinerary(person: Person): Itinerary {
      let it = itineraries.get(person);
      if (!it) {
        // Only the articles about them or that mention them hold their trip (itineraryOf reads no other).
        const theirs = mentionedIn(person);
        const read = articles.filter((a, i) => theirs.has(a) || isSubject(i, person));
        itineraries.set(person, (it = itineraryOf(person, read, places, eventsOf, subjectOf)));
      }
      return it;
    },
  };
}

/**
 * The knowledge of an unchanged corpus from the snapshot its last build kept (lazy.ts), finding the
 * files by the folder's listing and their times; undefined when a file is new, changed or gone, or
 * there is no snapshot for exactly these files.
 */
function openLazy(dir: string, folder: string, manifest: () => Manifest, options: BuildOptions): Knowledge | undefined {
  let listing: Listing;
  try {
    listing = options.listing ?? listFolder(dir, options.racyMs);
  } catch {
    return undefined;
  }
  const { files } = listing;
  // The files and times of the last start: its corpus key and content hashes, without the manifest.
  const kept = known(folder, dir, listing);
  const fast = kept && lazyFrom(dir, folder, files, kept.hashOf, options, kept.corpus);
  if (fast) return fast;
  const m = manifest();
  const hashes: string[] = [];
  for (let i = 0; i < files.length; i++) {
    const hash = m.hashOf(files[i]!, listing.signatures[i]);
    if (!hash) return undefined;
    hashes.push(hash);
  }
  const knowledge = lazyFrom(dir, folder, files, (i) => hashes[i]!, options);
  if (knowledge) keepListing(folder, dir, listing, corpusKey(idsOf(files), hashes), hashes);
  return knowledge;
}

/** The articles' ids of these files, in order (a file's name less .md; a repeat gets a ~). */
function idsOf(files: string[]): string[] {
  const ids = new Set<string>();
  for (const f of files) {
    let id = basename(f, '.md');
    while (ids.has(id)) id = `${id}~`;
    ids.add(id);
  }
  return [...ids];
}

function lazyFrom(dir: string, folder: string, files: string[], hashOf: (i: number) => string, options: BuildOptions, corpus?: string): Knowledge | undefined {
  return runSteps(lazySteps(dir, folder, files, hashOf, options, corpus));
}

function* lazySteps(
  dir: string,
  folder: string,
  files: string[],
  hashOf: (i: number) => string,
  options: BuildOptions,
  corpus?: string,
): Steps<Knowledge | undefined> {
  if (!files.length) return undefined;
  const indexPath = articleIndexPath(options.cacheDir!, dir);
  const db = openIndexFile(indexPath, options.logger);
  const memo =
    corpus === undefined
      ? new CorpusMemo(
          db,
          idsOf(files),
          files.map((_, i) => hashOf(i)),
        )
      : new CorpusMemo(db, [], [], corpus);
  const snap = readSnapshot(memo);
  if (!snap) return undefined;
  const texts = typeof snap?.texts === 'string' ? keptSentences(db, snap.texts) : undefined;
  const events = typeof snap?.texts === 'string' && typeof snap.eventCount === 'number' ? keptEvents(db, snap.texts, snap.eventCount) : undefined;
  if (!events) return undefined;
  const people = typeof snap.peopleCount === 'number' ? keptPeople(db, snap.texts!, snap.peopleCount, snap.articles.length) : undefined;
  if (!people) return undefined;
  const places = typeof snap.placeCount === 'number' ? keptPlaces(db, snap.texts!, snap.placeCount) : undefined;
  if (!places) return undefined;
  const parts = yield* lazyPartsSteps(snap, {
    folder,
    engine: engineKey(),
    dir,
    maxBytes: options.lazyBytes!,
    logger: options.logger,
    texts,
    events,
    people,
    places,
    hashOf,
  });
  if (!parts || parts.articles.some((a, i) => a.file !== files[i])) return undefined;
  const retriever = new Retriever(parts.articles, {
    peopleOf: () => [],
    alternatives: questionSynonyms,
    relatives: questionDerivations,
    ready: { index: new ArticleIndex(db), sentences: parts.sentences, termsOfSentence: parts.termsOfSentence },
  });
  yield;
  const shared = common({
    articles: parts.articles,
    finder: parts.people,
    docs: people.docs,
    retriever,
    subjectOf: parts.subjectOf,
    isSubject: parts.isSubject,
    mentionedIn: parts.articlesOf,
    eventsOf: (s) => parts.eventsBySentence.get(s) ?? [],
    places: parts.places,
  });
  let prominent: Person[] | undefined;
  return including(shared, {
    articles: parts.articles,
    problems: [] as LoadProblem[],
    get people() {
      return [...parts.everyone()];
    },
    eventsByArticle: parts.eventsByArticle,
    quotesByArticle: parts.quotesByArticle,
    // (Read from their rows when first asked for.)
    get prominent() {
      return (prominent ??= parts.prominent());
    },
    get quotes() {
      return parts.articles.flatMap((a) => parts.quotesByArticle.get(a) ?? []);
    },
    quoteCount: parts.quoteCount,
    quotesBySpeaker: parts.quotesBySpeaker,
    get events() {
      return parts.eventList.slice(0, parts.eventList.length);
    },
    eventList: parts.eventList,
    mentions: parts.mentions,
    eventsBySentence: parts.eventsBySentence,
    abbreviations: parts.abbreviations,
    initials: parts.initials,
    held: parts.held,
    eventsMade: parts.eventsMade,
    peopleMade: parts.peopleMade,
  });
}

/** The head of the snapshot kept for this corpus (its people are read by peopleChunks); undefined when it is missing or unreadable. */
function readSnapshot(memo: CorpusMemo): KnowledgeSnapshot | undefined {
  const raw = memo.get(SNAPSHOT);
  if (raw === undefined) return undefined;
  try {
    const snap = JSON.parse(raw) as KnowledgeSnapshot;
    return snap && Array.isArray(snap.people) && Array.isArray(snap.events) ? snap : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A question word's single-word synonyms in its two commonest senses as a verb and its first as a noun;
 * on a second reading (withNearWords), its nearest words by their vectors too ("teachers" for
 * "educators"), for a common English word only: a name's neighbours are other names ("london" for "paris").
 */
function questionSynonyms(word: string): string[] {
  if (word.length < 3 || /\d/.test(word)) return [];
  // (And the kind a made thing is, where the articles name it by that: "sedan" told as "cars". Only a thing
  // made: the kind of an idea ("care", a kind of "work") or of a part ("top", a kind of "region") says too little.)
  const thing = isKindOf(word, 'artifact', 'noun', 20, 1);
  const wordnet = [...synonyms(word, 'verb', 2), ...synonyms(word, 'noun', 1), ...(thing ? broaderWords(word, 'noun', 1) : []), ...demonymBases(word)];
  const kinds = POS.filter((pos) => hasSense(word, pos));
  const common = nearWordsOn() && word.length >= 4 && kinds.length > 0 && !namesIndividual(word);
  // (Of the same part of speech: "appointed" stands for "elected", "presidency" and "governor" do not.)
  const near = common ? neighbours(word, NEAR_WORD).filter((n) => kinds.some((pos) => hasSense(n.word, pos))) : [];
  return [...new Set([...wordnet, ...near.map((n) => n.word)])].filter((w) => !w.includes(' '));
}

const POS: WordnetPos[] = ['noun', 'verb', 'adj', 'adv'];

/** How near a word's vector must be to stand for it in a search (cosine; GloVe puts "students" 0.61 from "kids", and "mayor" 0.70 from "governor"). */
const NEAR_WORD = 0.6;

/** Words derived from a question word, as a noun or a verb ("internship" for "interns", "application" for "apply"). */
function questionDerivations(word: string): string[] {
  if (word.length < 3 || /\d/.test(word)) return [];
  return [...derivedForms(word, 'noun'), ...derivedForms(word, 'verb'), ...(SAME_THING[word.toLowerCase()] ?? [])];
}

// Words news of trade uses for one thing, counted at half weight like a derived word: the
// articles may use both for other things too ("plant trees"), so neither stands for the other outright.
const SAME_THING: Record<string, string[]> = {
  plant: ['factory'],
  plants: ['factories'],
  factory: ['plant'],
  factories: ['plants'],
  // (A deal or a pact is told as the agreement signed.)
  deal: ['agreement'],
  deals: ['agreements'],
  pact: ['agreement'],
  pacts: ['agreements'],
};

function personDocs(people: Person[]): PersonDoc[] {
  return people.map((p) => ({ id: p.key, name: p.name, aliases: p.aliases.join(' '), roles: p.roles.map((r) => r.role).join(' | ') }));
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];
