import { distance } from 'fastest-levenshtein';
import { isStopWord, stem, terms, words } from '../text.ts';
import type { Article, Sentence } from '../corpus/types.ts';
import {
  CONTEXT_MARK,
  indexTerms,
  withoutContext,
  openArticleIndex,
  shape,
  type ArticleIndex,
  type ArticleIndexTerms,
  type IndexDoc,
  type TermCount,
} from './article-index.ts';

export type { ArticleIndexTerms };

// Retrieval in two stages, so that the cost of a query does not grow with the whole corpus:
// 1. a full-text index of whole articles (SQLite FTS5, BM25 with title and people boosted; near
//    spellings are resolved to article words first) picks the few articles worth reading;
// 2. the sentences (or quotes, or events) of those articles are ranked by the weight of the query's
//    terms they hold. The weight of a term is its rarity (idf); a word the articles never use weighs
//    most, so a question about something absent cannot reach a high coverage and is refused.

const CANDIDATE_ARTICLES = 30;
const MAX_TERM_SETS = 50_000;

/** An article's index terms: its title's, and for the body its sentences' terms (sentenceTermsOf), so that they are stemmed once. */
export function articleIndexTerms(a: Article, sentenceTerms = sentenceTermsOf(a)): ArticleIndexTerms {
  return { title: indexTerms(a.title), body: withoutContext(sentenceTerms.join(' ')) };
}

/** The terms of each of an article's sentences (joined by spaces), in document order. */
export function sentenceTermsOf(a: Article): string[] {
  return a.paragraphs.flatMap((p) => p.sentences.map((s) => terms(s.text).join(' ')));
}

export interface QueryTerm {
  term: string;
  weight: number;
  /** Article terms that count as this term: itself, or near spellings when it is not in the articles. */
  forms: string[];
  /** Other words for it (synonyms) that the articles use: weaker evidence. */
  others?: string[];
}

export interface Ranked<T> {
  item: T;
  score: number;
  /** Share of the query's weight that the item holds, 0..1. */
  coverage: number;
}

/** What a Retriever is made from; the terms are computed here unless given (the knowledge cache). */
export interface RetrieverSources {
  /** The names of the people an article names. */
  peopleOf: (a: Article) => string[];
  /** An article's sentence terms (sentenceTermsOf). */
  termsOf?: (a: Article) => string[];
  /** An article's index terms (articleIndexTerms). */
  indexTermsOf?: (a: Article) => ArticleIndexTerms;
  /** A hash of an article's content, where known: then its index terms are read only to index it. */
  contentOf?: (a: Article) => string | undefined;
  /** Other words for a word of a question (WordNet synonyms), tried where the articles use them. */
  alternatives?: (word: string) => string[];
  /** Words derived from a word of a question ("internship" for "intern"), tried even where the articles use the word. */
  relatives?: (word: string) => string[];
  /** Makes the article index of these documents; in memory by default. */
  index?: (docs: IndexDoc[]) => ArticleIndex;
  /**
   * An index that holds these articles already (a start over an unchanged corpus, knowledge-build/lazy.ts):
   * nothing is read from the articles here; each sentence's terms are asked for when a query reads it.
   */
  ready?: { index: ArticleIndex; sentences: number; termsOfSentence: (s: Sentence) => string | undefined };
}

export class Retriever {
  /** The index on disk; it also keeps corpus-wide results (ArticleIndex.remember). */
  readonly index: ArticleIndex;
  private readonly byId = new Map<string, Article>();
  /** Each sentence's terms joined by spaces; made into a Set when a query reads the sentence. */
  private readonly sentenceTerms: (s: Sentence) => string | undefined;
  private readonly termSets = new Map<Sentence, Set<string>>();
  /** Whole articles' terms, for the articles questions have read (weakly held: a reload lets them go). */
  private readonly articleTermSets = new WeakMap<Article, Set<string>>();
  /** Term statistics read from the index, remembered (bounded) for the terms queries use. */
  private readonly counts = new Map<string, TermCount | null>();
  /** Near spellings of the terms queries used that the articles do not (bounded likewise): reading every term of a shape costs milliseconds. */
  private readonly near = new Map<string, string[]>();
  private readonly articleCount: number;
  /** The corpus's sentences (kept with a snapshot of the knowledge, knowledge-build/lazy.ts). */
  readonly sentenceCount: number;
  private readonly units: number;
  private readonly maxIdf: number;
  private readonly alternatives: (word: string) => string[];
  private readonly relatives: (word: string) => string[];

  /** Search over these articles, with the index in the file `from.indexPath` (in memory without one). */
  constructor(articles: Article[], from: RetrieverSources) {
    const { termsOf = sentenceTermsOf, indexTermsOf = articleIndexTerms, peopleOf, contentOf, ready } = from;
    for (const a of articles) this.byId.set(a.id, a);
    let units = 0;
    if (ready) {
      this.index = ready.index;
      units = ready.sentences;
      this.sentenceTerms = ready.termsOfSentence;
    } else {
      const docs: IndexDoc[] = [];
      const joined = new Map<Sentence, string>();
      for (const a of articles) {
        const sentences = termsOf(a);
        let k = 0;
        for (const p of a.paragraphs) for (const s of p.sentences) joined.set(s, sentences[k++]!);
        units += k;
        docs.push({ id: a.id, terms: () => indexTermsOf(a), people: peopleOf(a).join(', '), sentences, content: contentOf?.(a) });
      }
      this.index = (from.index ?? openArticleIndex)(docs);
      this.sentenceTerms = (s) => joined.get(s);
    }
    this.sentenceCount = units;
    this.articleCount = Math.max(articles.length, 1);
    this.units = Math.max(units, 1);
    this.maxIdf = Math.log(1 + this.units);
    this.alternatives = from.alternatives ?? (() => []);
    this.relatives = from.relatives ?? (() => []);
  }

  private count(term: string): TermCount | undefined {
    let c = this.counts.get(term);
    if (c === undefined) {
      if (this.counts.size >= MAX_TERM_SETS) this.counts.clear();
      c = this.index.termCount(term) ?? null;
      this.counts.set(term, c);
    }
    return c ?? undefined;
  }

  idf(term: string): number {
    const c = this.count(term);
    return c ? Math.log(1 + this.units / c.sentences) : this.maxIdf + 1;
  }

  /** In how many sentences the articles use this term (0: never). */
  frequency(term: string): number {
    return this.count(term)?.sentences ?? 0;
  }

  /** Does the article use this term anywhere (title or body)? */
  articleHas(article: Article, term: string): boolean {
    let set = this.articleTermSets.get(article);
    // A word of letters and digits the index holds in none of the article's title and body words is
    // not there (the index cuts such a word as it is): known without reading the article. One it
    // holds may be part of a longer word ("o" of "o'brien"), so then the article's words decide.
    if (!set && /^[a-z0-9]+$/.test(term) && !this.index.holding(term).has(article.id)) return false;
    if (!set) {
      set = new Set(indexTerms(article.title).split(' '));
      for (const p of article.paragraphs) for (const x of p.sentences) for (const t of this.termsOfSentence(x)) set.add(t);
      this.articleTermSets.set(article, set);
    }
    return set.has(term);
  }

  /** Does any article use this term? */
  knows(term: string): boolean {
    return this.count(term) !== undefined;
  }

  termsOfSentence(s: Sentence): Set<string> {
    let set = this.termSets.get(s);
    if (!set) {
      // Sets for the sentences queries read, not for all: a Set per sentence of a large corpus
      // held most of its memory. Bounded, so that a long-running bot does not grow them all back.
      if (this.termSets.size >= MAX_TERM_SETS) this.termSets.clear();
      const joined = this.sentenceTerms(s);
      set = new Set(joined === undefined ? terms(s.text) : joined ? joined.split(' ') : []);
      this.termSets.set(s, set);
    }
    return set;
  }

  /** The query's content terms with their weights and accepted spellings. */
  analyze(query: string): QueryTerm[] {
    const seen = new Set<string>();
    const out: QueryTerm[] = [];
    for (const w of words(query)) {
      if (isStopWord(w)) continue;
      const term = stem(w);
      if (seen.has(term)) continue;
      seen.add(term);
      // Other words for it that the articles use count too, a little less ("leave" for "depart").
      // Only for a word the articles never use: where they use it, its synonyms mostly find other things.
      const known = this.knows(term);
      // Words made from it count likewise, even where the articles use it: "interns" are paid in a
      // sentence about "internships" (and "intern" is also the stem of "international").
      const others = (known ? this.relatives(w) : [...this.alternatives(w), ...this.relatives(w)])
        .map(stem)
        .filter((t) => t !== term && !isStopWord(t) && this.knows(t));
      const forms = known ? [term] : this.nearTerms(term);
      out.push({ term, weight: this.idf(term), forms, others: [...new Set(others)].filter((t) => !forms.includes(t)).slice(0, 6) });
    }
    return out;
  }

  /**
   * Articles worth reading for a query, best first. The query is searched as the article words it
   * stands for (its own words, or near spellings of words the articles do not use); words found in
   * most articles are left out when rarer ones are there, since they rank nothing and cost the most.
   */
  candidateArticles(query: string | QueryTerm[]): Article[] {
    const analyzed = typeof query === 'string' ? this.analyze(query) : query;
    const forms = [...new Set(analyzed.flatMap((q) => [...q.forms, ...(q.others ?? [])].filter((f) => this.knows(f))))];
    // Half the articles or more: BM25 gives such a word no weight at all.
    const common = (t: string) => (this.count(t)?.articles ?? 0) >= this.articleCount * 0.5 && this.articleCount > 20;
    const rare = forms.filter((t) => !common(t));
    const chosen = rare.length ? rare : forms;
    if (!chosen.length) return [];
    // The forms are index terms already: no second stemming, no fuzziness needed.
    // Only words most articles use: no ranking tells the articles apart, the first ones are read.
    return this.index
      .find(chosen, CANDIDATE_ARTICLES, rare.length > 0 || this.articleCount <= 20)
      .map((id) => this.byId.get(id)!)
      .filter(Boolean);
  }

  /** Ranks items by the weight of the query terms they hold. */
  rank<T>(query: QueryTerm[], items: Iterable<T>, termsOf: (item: T) => Set<string>): Ranked<T>[] {
    const total = query.reduce((s, q) => s + q.weight, 0);
    if (!total) return [];
    const out: Ranked<T>[] = [];
    for (const item of items) {
      const have = termsOf(item);
      let held = 0;
      for (const q of query) {
        if (have.has(q.term)) held += q.weight;
        else if (q.forms.some((f) => have.has(f))) held += q.weight * 0.8;
        else if (q.others?.some((f) => have.has(f))) held += q.weight * 0.5;
        // (A name the sentence holds only by a pronoun, "they'll hire 140 people": weaker evidence.)
        else if (have.has(`${CONTEXT_MARK}${q.term}`)) held += q.weight * 0.5;
      }
      if (held > 0) out.push({ item, score: held / Math.max(have.size, 8) ** 0.15, coverage: held / total });
    }
    return out.sort((a, b) => b.score - a.score || b.coverage - a.coverage);
  }

  /** Sentences for a query, best first, drawn from the candidate articles. */
  sentences(query: string | QueryTerm[]): Ranked<Sentence>[] {
    const q = typeof query === 'string' ? this.analyze(query) : query;
    const pool = this.candidateArticles(q).flatMap((a) => a.paragraphs.flatMap((p) => p.sentences));
    return this.rank(q, pool, (s) => this.termsOfSentence(s));
  }

  /** Sentences that say much the same as this one, by its rarest words (a few are enough, and cheap). */
  similar(sentence: Sentence, words = 8): Ranked<Sentence>[] {
    const q = [...this.termsOfSentence(sentence)]
      .map((term) => ({ term, weight: this.idf(term), forms: [term] }))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, words);
    return this.sentences(q);
  }

  // Near spellings for a word the articles do not use: one edit for short words, two for long ones,
  // or a slightly longer article word that starts with it. A typo in the first letter is not looked for.
  private nearTerms(term: string): string[] {
    let found = this.near.get(term);
    if (!found) {
      if (this.near.size >= MAX_TERM_SETS) this.near.clear();
      this.near.set(term, (found = this.spelledNear(term)));
    }
    return [...found];
  }

  private spelledNear(term: string): string[] {
    if (term.length < 4 || /^\d+$/.test(term)) return [term];
    const maxEdits = term.length >= 8 ? 2 : 1;
    const out = [term];
    for (let len = term.length - maxEdits; len <= term.length + maxEdits; len++) {
      for (const cand of this.index.termsShaped(shape(len, term[0]!))) if (distance(term, cand) <= maxEdits) out.push(cand);
    }
    // A word cut short ("delegat"), not a different word that starts alike ("franc", "francisco").
    if (out.length === 1 && term.length >= 5) {
      for (let len = term.length + 1; len <= term.length + 3; len++) {
        for (const cand of this.index.termsShaped(shape(len, term[0]!))) if (cand.startsWith(term)) out.push(cand);
      }
    }
    return out.slice(0, 8);
  }
}
