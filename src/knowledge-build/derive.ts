import type { Article } from '../corpus/types.ts';
import { articleIndexTerms, sentenceTermsOf, type ArticleIndexTerms } from '../search/retriever.ts';
import { CONTEXT_MARK } from '../search/article-index.ts';
import { definedIn, textPhrases, type ShortForm } from '../knowledge/abbreviations.ts';
import { extractEvents, type DatedEvent } from '../knowledge/events.ts';
import type { Found } from '../knowledge/introductions.ts';
import { memoLexer } from '../knowledge/introductions.ts';
import { findIntroductions, nameCandidates, type NameCandidate } from '../knowledge/people.ts';
import { placeCandidates } from '../knowledge/places.ts';
import { firstPersonByline, inFirstPerson } from '../knowledge/author.ts';
import { isStopWord, terms as termsOf } from '../text.ts';
import { maskQuotes, quoteSpans } from '../knowledge/quotes.ts';
import { SPEAKER_LABEL } from '../knowledge/lexicon.ts';
import { inWordNet } from '../knowledge/wordnet.ts';

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
  const terms = antecedentTerms(article, writersTerms(article, sentenceTermsOf(article)));
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

// A pronoun outside quotes: "they'll put $26 million into a plant" goes on about the one named before it.
const PRONOUN = /\b(?:he|she|they|it|his|her|their|its|him|them)\b|\b(?:they|it|he|she)['\u2019](?:ll|d|s|re|ve)\b/i;
const OPENING_PRONOUN = /^(?:He|She|They|It|His|Her|Their|Its)\b/;
// ("I"/"we" in a transcript's line are its speaker's.)
const SPEAKER_FIRST_PERSON = /\b(?:I|we|our|us|my|me)\b|\bI['\u2019](?:m|ve|ll|d)\b/;

/**
 * A sentence that refers back by a pronoun ("The letter says they'll hire 140 people") holds, for
 * search, the names the sentences before it in its paragraph give ("Arden Marine builds workboats."),
 * and a transcript line's "I" and "we" its speaker's name: a question names the one meant, not the pronoun.
 */
function antecedentTerms(article: Article, sentenceTerms: string[]): string[] {
  // Words the article writes in lower case somewhere: a capital there is only a sentence's start.
  const lower = new Set(article.paragraphs.flatMap((p) => tokens(p.text).filter((w) => /^\p{Ll}/u.test(w))));
  const out = [...sentenceTerms];
  let i = 0;
  // The names of the story's paragraph before: a paragraph that opens on a pronoun ("He wants an
  // accounting …") goes on about them.
  let before: string[] = [];
  for (const p of article.paragraphs) {
    const line = p.kind === 'story' ? SPEAKER_LABEL.exec(p.text) : null;
    const speaker = line ? termsOf(line[1]!).join(' ') : '';
    const opensOnPronoun = p.sentences[0] !== undefined && OPENING_PRONOUN.test(p.sentences[0].text);
    let names: string[] = opensOnPronoun ? before : [];
    const own: string[] = [];
    for (const [n, x] of p.sentences.entries()) {
      const at = i++;
      if (p.kind !== 'story') continue;
      // (Quotes are masked only where a pronoun stands at all: most sentences hold none worth the reading.)
      const pronoun = names.length > 0 && PRONOUN.test(x.text);
      const firstPerson = n > 0 && speaker !== '' && SPEAKER_FIRST_PERSON.test(x.text);
      const unquoted = pronoun || firstPerson ? maskQuotes(x.text, quoteSpans(x.text)) : '';
      const extra: string[] = [];
      if (pronoun && PRONOUN.test(unquoted)) extra.push(...names);
      if (firstPerson && SPEAKER_FIRST_PERSON.test(unquoted)) extra.push(speaker);
      // (A line's first sentence is searched by its label's words too, as it was when the label was part of it.)
      if (n === 0 && line) out[at] = `${termsOf(line[0]).join(' ')} ${out[at]}`.trim();
      // (Marked "~": they count for the sentence, not in how often the corpus uses a term.)
      if (extra.length) out[at] = `${out[at]} ${[...new Set(extra.flatMap((t) => t.split(' ')))].map((t) => `${CONTEXT_MARK}${t}`).join(' ')}`;
      const mine = namesIn(x.text, lower);
      own.push(...mine);
      names = [...names, ...mine];
    }
    if (p.kind === 'story') before = own;
  }
  return out;
}

/** The terms of a sentence's capitalised words that are names, not only a sentence's first word. */
function namesIn(text: string, lower: Set<string>): string[] {
  const ws = tokens(text);
  // (A sentence's first word is a name only where it is no English word: "Tickets went on sale" names nothing.)
  return ws
    .filter(
      (w, j) =>
        /^\p{Lu}/u.test(w) && !isStopWord(w.toLowerCase()) && !CALENDAR.test(w) && (j > 0 || (!lower.has(w.toLowerCase()) && !inWordNet(w.toLowerCase()))),
    )
    .flatMap((w) => termsOf(w));
}

const CALENDAR =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;

const tokens = (text: string): string[] => text.match(/\p{L}[\p{L}\p{N}'\u2019-]*/gu) ?? [];
