import MiniSearch from 'minisearch';
import { fold, isStopWord, stem } from '../core/text.ts';
import { loadArticles } from '../corpus/load.ts';
import type { Article, LoadProblem, Sentence } from '../corpus/types.ts';
import { Retriever } from '../search/retriever.ts';
import { extractEvents, type DatedEvent } from './events.ts';
import { aliasesIn, introducePeople, linkPeople, peopleNamed, type Mention, type Person } from './people.ts';
import { extractQuotes, type Quote } from './quotes.ts';

// The knowledge base: everything the commands answer from, built once at start from the articles.

export interface Knowledge {
  articles: Article[];
  problems: LoadProblem[];
  people: Person[];
  /** People searchable by name, alias and role (fuzzy), for /who and autocomplete. */
  peopleIndex: MiniSearch<PersonDoc>;
  peopleByKey: Map<string, Person>;
  /** Folded single-word aliases ("breed") to the people who go by them. */
  peopleByAlias: Map<string, Person[]>;
  /** People by number of mentions, most first (suggestions, empty autocomplete). */
  prominent: Person[];
  quotes: Quote[];
  quotesBySpeaker: Map<Person, Quote[]>;
  /** All dated events, in date order. */
  events: DatedEvent[];
  /** Each article's events and quotes, so that a search reads only its candidate articles'. */
  eventsByArticle: Map<Article, DatedEvent[]>;
  quotesByArticle: Map<Article, Quote[]>;
  mentions: Map<Sentence, Mention[]>;
  retriever: Retriever;
}

export interface PersonDoc {
  id: string;
  name: string;
  aliases: string;
  roles: string;
}

export function buildKnowledgeFromDir(dir: string): Knowledge {
  const { articles, problems } = loadArticles(dir);
  return buildKnowledge(articles, problems);
}

export function buildKnowledge(articles: Article[], problems: LoadProblem[] = []): Knowledge {
  const ids = new Set<string>();
  for (const a of articles) {
    // Ids key the search index; two files may not share one.
    while (ids.has(a.id)) a.id = `${a.id}~`;
    ids.add(a.id);
  }
  const registry = new Map<string, Person>();
  const quotes: Quote[] = [];
  const events: DatedEvent[] = [];
  const mentions = new Map<Sentence, Mention[]>();
  const peopleOfArticle = new Map<Article, Person[]>();
  // People first, across all articles, so that an article can name someone another introduced.
  const introduced = articles.map((a) => introducePeople(a, registry));
  const named = articles.map((a, i) => unique([...introduced[i]!, ...peopleNamed(a, registry)]));
  const aliases = new Map<string, Set<Person>>();
  const articleAliases = articles.map((a, i) => aliasesIn(a, named[i]!));
  articleAliases.forEach((own) => {
    for (const [alias, p] of own) aliases.set(alias, (aliases.get(alias) ?? new Set()).add(p));
  });
  articles.forEach((article, i) => {
    // Someone named only by an alias other articles use ("Breed said") counts too, unless the
    // article has its own person of that name.
    const own = new Set(named[i]!.flatMap((p) => p.name.split(' ')));
    const byAlias = peopleNamed(article, new Map(), aliases, own);
    const people = unique([...named[i]!, ...byAlias]);
    const found = linkPeople(article, people, people.length === named[i]!.length ? articleAliases[i] : undefined);
    peopleOfArticle.set(article, found.people);
    for (const [s, m] of found.mentions) mentions.set(s, m);
    quotes.push(...extractQuotes(article, found.mentions));
    events.push(...extractEvents(article));
  });
  events.sort((a, b) => a.date.start.localeCompare(b.date.start) || a.sentence.paragraph.article.published.localeCompare(b.sentence.paragraph.article.published));
  const people = [...registry.values()];
  const quotesBySpeaker = new Map<Person, Quote[]>();
  for (const q of quotes) quotesBySpeaker.set(q.speaker, [...(quotesBySpeaker.get(q.speaker) ?? []), q]);

  const peopleIndex = new MiniSearch<PersonDoc>({
    fields: ['name', 'aliases', 'roles'],
    storeFields: [],
    processTerm: (t) => (isStopWord(t.toLowerCase()) ? null : stem(t)),
  });
  peopleIndex.addAll(people.map((p) => ({ id: p.key, name: p.name, aliases: p.aliases.join(' '), roles: p.roles.map((r) => r.role).join(' | ') })));

  const retriever = new Retriever(articles, (a) => (peopleOfArticle.get(a) ?? []).map((p) => p.name));
  return {
    articles,
    problems,
    people,
    peopleIndex,
    peopleByKey: new Map(people.map((p) => [fold(p.name), p])),
    peopleByAlias: aliasIndex(people),
    eventsByArticle: groupBy(events, (e) => e.sentence.paragraph.article),
    quotesByArticle: groupBy(quotes, (q) => q.paragraph.article),
    prominent: [...people].sort((a, b) => b.mentions.length - a.mentions.length),
    quotes,
    quotesBySpeaker,
    events,
    mentions,
    retriever,
  };
}

function aliasIndex(people: Person[]): Map<string, Person[]> {
  const index = new Map<string, Person[]>();
  for (const p of people) for (const a of p.aliases) index.set(fold(a), [...(index.get(fold(a)) ?? []), p]);
  return index;
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
