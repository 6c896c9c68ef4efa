import type { Article } from '../corpus/types.ts';
import { articleIndexTerms, sentenceTermsOf, type ArticleIndexTerms } from '../search/retriever.ts';
import { definedIn, textPhrases, type ShortForm } from '../knowledge/abbreviations.ts';
import { extractEvents, type DatedEvent } from '../knowledge/events.ts';
import type { Found } from '../knowledge/introductions.ts';
import { memoLexer } from '../knowledge/introductions.ts';
import { findIntroductions, nameCandidates, type NameCandidate } from '../knowledge/people.ts';
import { placeCandidates } from '../knowledge/places.ts';
import { firstPersonByline, inFirstPerson } from '../knowledge/author.ts';
import { terms as termsOf } from '../text.ts';

// What the knowledge derives from one article alone, independent of every other article: the
// expensive part of a build (tokenizing, the introduction shapes, chrono's date parsing, stemming).
// It is what the knowledge cache stores per article; what links articles together (one person
// named in several, aliases shared between them) is worked out from these facts on every build.

export interface ArticleFacts {
  /** Names introduced with a role, a title or a speech verb (findIntroductions). */
  introductions: Found[];
  /** Capitalised words and the names they may start (nameCandidates). */
  names: NameCandidate[];
  events: DatedEvent[];
  /** terms() of each sentence joined by spaces, in document order. */
  terms: string[];
  /** Abbreviations defined in the text. */
  abbreviations: ShortForm[];
  /** Multi-word capitalised names, for initialisms. */
  phrases: string[];
  /** Place names the text offers. */
  places: string[];
  /** The search index's terms of the title and body. */
  index: ArticleIndexTerms;
}

export function deriveFacts(article: Article): ArticleFacts {
  const terms = writersTerms(article, sentenceTermsOf(article));
  // The readers of capitalised words share each sentence's tokens and runs.
  const lexOf = memoLexer();
  return {
    introductions: findIntroductions(article, lexOf),
    names: nameCandidates(article, lexOf),
    events: extractEvents(article),
    terms,
    abbreviations: definedIn(article),
    phrases: textPhrases(article, lexOf),
    places: placeCandidates(article, lexOf),
    index: articleIndexTerms(article, terms),
  };
}

/** In a first-person story, "I" and "we" stand for the writer: their sentences hold the writer's name for search. */
function writersTerms(article: Article, sentenceTerms: string[]): string[] {
  // (With the byline's titles: "the mayor" asked after is the "I" of the mayor's column.)
  const writer = firstPersonByline(article);
  if (!writer) return sentenceTerms;
  const name = termsOf(writer).join(' ');
  const sentences = article.paragraphs.flatMap((p) => (p.kind === 'story' ? p.sentences : p.sentences.map(() => undefined)));
  return sentenceTerms.map((t, i) => (sentences[i] && inFirstPerson(sentences[i]!.text) ? `${t} ${name}` : t));
}
