import MiniSearch from 'minisearch';
import { distance } from 'fastest-levenshtein';
import { isStopWord, stem, terms, words } from '../text.ts';
import type { Article, Sentence } from '../corpus/types.ts';

// Retrieval in two stages, so that the cost of a query does not grow with the whole corpus:
// 1. minisearch over whole articles (fuzzy, prefix, title and people boosted) picks the few articles
//    worth reading;
// 2. the sentences (or quotes, or events) of those articles are ranked by the weight of the query's
//    terms they hold. The weight of a term is its rarity (idf); a word the articles never use weighs
//    most, so a question about something absent cannot reach a high coverage and is refused.

const CANDIDATE_ARTICLES = 30;
const MAX_TERM_SETS = 50_000;

const TOKENIZE = MiniSearch.getDefault('tokenize') as (text: string) => string[];
const processIndexTerm = (t: string): string | null => (isStopWord(t.toLowerCase()) ? null : stem(t));

/** A field's index terms as minisearch would make them, and its length (the number of distinct tokens) as minisearch counts it. */
export interface FieldTerms {
  terms: string[];
  length: number;
}

export interface ArticleIndexTerms {
  title: FieldTerms;
  body: FieldTerms;
}

export function fieldTerms(text: string): FieldTerms {
  const tokens = TOKENIZE(text);
  const out: string[] = [];
  for (const t of tokens) {
    const p = processIndexTerm(t);
    if (p) out.push(p);
  }
  return { terms: out, length: new Set(tokens).size };
}

export function articleIndexTerms(a: Article): ArticleIndexTerms {
  return { title: fieldTerms(a.title), body: fieldTerms(a.paragraphs.map((p) => p.text).join('\n')) };
}

/** The terms, then as many distinct padding tokens (dropped by processTerm) as make up the field's length. */
function encodeField(f: FieldTerms): string {
  const tokens = [...f.terms];
  for (let i = new Set(f.terms).size; i < f.length; i++) tokens.push(`\u0000${i}`);
  return tokens.join('\n');
}

/** The terms of each of an article's sentences, in document order. */
export function sentenceTermsOf(a: Article): string[][] {
  return a.paragraphs.flatMap((p) => p.sentences.map((s) => terms(s.text)));
}

export interface QueryTerm {
  term: string;
  weight: number;
  /** Article terms that count as this term: itself, or near spellings when it is not in the articles. */
  forms: string[];
}

export interface Ranked<T> {
  item: T;
  score: number;
  /** Share of the query's weight that the item holds, 0..1. */
  coverage: number;
}

export class Retriever {
  private readonly index: MiniSearch;
  private readonly byId = new Map<string, Article>();
  /** Each sentence's terms, interned; made into a Set when a query reads the sentence. */
  private readonly sentenceTerms = new Map<Sentence, string[]>();
  private readonly termSets = new Map<Sentence, Set<string>>();
  private readonly df = new Map<string, number>();
  /** In how many articles each term occurs. */
  private readonly articleDf = new Map<string, number>();
  private readonly articleCount: number;
  /** Vocabulary by length and first letter, so near spellings are sought among few words. */
  private readonly vocabByShape = new Map<string, string[]>();
  private readonly units: number;
  private readonly maxIdf: number;

  /**
   * `termsOf` gives an article's sentence terms (terms(sentence.text) for each sentence in document
   * order), when they were worked out before (the knowledge cache); otherwise they are computed here.
   */
  constructor(articles: Article[], peopleOf: (a: Article) => string[], termsOf: (a: Article) => string[][] = sentenceTermsOf, indexTermsOf: (a: Article) => ArticleIndexTerms = articleIndexTerms) {
    // The index is fed terms processed beforehand (indexTermsOf, cached per article), encoded so
    // that minisearch counts the same field lengths as if it had tokenized the text itself; queries
    // are tokenized as before.
    this.index = new MiniSearch({
      fields: ['title', 'people', 'body'],
      storeFields: [],
      tokenize: (encoded) => encoded.split('\n'),
      processTerm: (t) => (t.charCodeAt(0) === 0 ? null : t),
      searchOptions: { boost: { title: 2, people: 3 }, combineWith: 'OR', tokenize: TOKENIZE, processTerm: processIndexTerm },
    });
    for (const a of articles) {
      this.byId.set(a.id, a);
      const { title, body } = indexTermsOf(a);
      this.index.add({ id: a.id, title: encodeField(title), people: encodeField(fieldTerms(peopleOf(a).join(' '))), body: encodeField(body) });
    }
    let units = 0;
    // One copy of each term string, however many sentences hold it.
    const interned = new Map<string, string>();
    const intern = (t: string) => interned.get(t) ?? (interned.set(t, t), t);
    for (const a of articles) {
      const inArticle = new Set<string>();
      const sentenceTerms = termsOf(a);
      let k = 0;
      for (const p of a.paragraphs) {
        for (const s of p.sentences) {
          const list = sentenceTerms[k++]!;
          for (let i = 0; i < list.length; i++) list[i] = intern(list[i]!);
          this.sentenceTerms.set(s, list);
          units++;
          for (const t of new Set(list)) {
            this.df.set(t, (this.df.get(t) ?? 0) + 1);
            inArticle.add(t);
          }
        }
      }
      for (const t of inArticle) this.articleDf.set(t, (this.articleDf.get(t) ?? 0) + 1);
    }
    this.articleCount = Math.max(articles.length, 1);
    this.units = Math.max(units, 1);
    for (const t of this.df.keys()) {
      const key = `${t.length}:${t[0]}`;
      const list = this.vocabByShape.get(key) ?? [];
      list.push(t);
      this.vocabByShape.set(key, list);
    }
    this.maxIdf = Math.log(1 + this.units);
  }

  idf(term: string): number {
    const df = this.df.get(term);
    return df ? Math.log(1 + this.units / df) : this.maxIdf + 1;
  }

  /** Does any article use this term? */
  knows(term: string): boolean {
    return this.df.has(term);
  }

  termsOfSentence(s: Sentence): Set<string> {
    let set = this.termSets.get(s);
    if (!set) {
      // Sets for the sentences queries read, not for all: a Set per sentence of a large corpus
      // held most of its memory. Bounded, so that a long-running bot does not grow them all back.
      if (this.termSets.size >= MAX_TERM_SETS) this.termSets.clear();
      set = new Set(this.sentenceTerms.get(s) ?? terms(s.text));
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
      out.push({ term, weight: this.idf(term), forms: this.df.has(term) ? [term] : this.nearTerms(term) });
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
    const forms = [...new Set(analyzed.flatMap((q) => q.forms.filter((f) => this.articleDf.has(f))))];
    const common = (t: string) => (this.articleDf.get(t) ?? 0) > this.articleCount * 0.5 && this.articleCount > 20;
    const rare = forms.filter((t) => !common(t));
    const chosen = rare.length ? rare : forms;
    if (!chosen.length) return [];
    // The forms are index terms already: no second stemming, no fuzziness needed.
    const hits = this.index.search({ combineWith: 'OR', queries: chosen }, { processTerm: (t) => t });
    return hits.slice(0, CANDIDATE_ARTICLES).map((h) => this.byId.get(String(h.id))!).filter(Boolean);
  }

  /** Ranks items by the weight of the query terms they hold. */
  rank<T>(query: QueryTerm[], items: Iterable<T>, termsOf: (item: T) => Set<string>): Ranked<T>[] {
    const total = query.reduce((s, q) => s + q.weight, 0);
    if (!total) return [];
    const out: Ranked<T>[] = [];
    for (const item of items) {
      const have = termsOf(item);
      let held = 0;
      for (const q of query) if (q.forms.some((f) => have.has(f))) held += q.forms[0] === q.term ? q.weight : q.weight * 0.8;
      if (held > 0) out.push({ item, score: held / Math.pow(Math.max(have.size, 8), 0.15), coverage: held / total });
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
    if (term.length < 4 || /^\d+$/.test(term)) return [term];
    const maxEdits = term.length >= 8 ? 2 : 1;
    const out = [term];
    for (let len = term.length - maxEdits; len <= term.length + maxEdits; len++) {
      for (const cand of this.vocabByShape.get(`${len}:${term[0]}`) ?? []) if (distance(term, cand) <= maxEdits) out.push(cand);
    }
    // A word cut short ("delegat"), not a different word that starts alike ("franc", "francisco").
    if (out.length === 1 && term.length >= 5) {
      for (let len = term.length + 1; len <= term.length + 3; len++) {
        for (const cand of this.vocabByShape.get(`${len}:${term[0]}`) ?? []) if (cand.startsWith(term)) out.push(cand);
      }
    }
    return out.slice(0, 8);
  }
}
