import type { Article, Paragraph } from '../corpus/types.ts';
import { selfIntroduction } from './self-introduction.ts';
import { fold } from '../text.ts';
import type { Person } from './people.ts';
import { maskQuotes, quoteSpans } from './quotes.ts';

// A guest column or a diary is told by its writer: "I signed …", "my delegation", "we flew north".
// The byline names the writer; the story is theirs when it speaks in the first person outside quotes.

// (Case by hand: "US" is no "us".)
const FIRST_PERSON_SINGULAR = /\b(?:I|[Mm]y|[Mm]e|[Mm]yself)\b/g;
/** Words that stand for the writer, or the party the writer leads, in a first-person story. */
const FIRST_PERSON = /\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b/;
// An interview's "Q:" paragraphs, the interviewer's: the "I" of the others is the one interviewed, not the byline's reporter.
export const INTERVIEW_QUESTION = /^(?:Q|Question)\s*[:.]\s+/;

const firstPerson = new WeakMap<Article, boolean>();

/** Does the story speak in the first person, outside what it quotes (three times at least)? */
function toldInFirstPerson(article: Article): boolean {
  let told = firstPerson.get(article);
  if (told === undefined) firstPerson.set(article, (told = countFirstPerson(article) >= 3));
  return told;
}

function countFirstPerson(article: Article): number {
  let count = 0;
  for (const p of article.paragraphs) {
    if (p.kind !== 'story') continue;
    if (INTERVIEW_QUESTION.test(p.text)) return 0;
    count += maskQuotes(p.text, quoteSpans(p.text)).match(FIRST_PERSON_SINGULAR)?.length ?? 0;
  }
  return count;
}

/** The byline of a first-person story ("Mayor Jane Doe"), or the name its writer gives themself, else undefined. */
export const firstPersonByline = (article: Article): string | undefined =>
  toldInFirstPerson(article) ? (article.byline ?? selfIntroduction(article)?.name) : undefined;

/** Is `person` the writer of this first-person story? */
export function writes(article: Article, person: Person): boolean {
  const byline = firstPersonByline(article);
  return Boolean(byline && fold(byline).includes(fold(person.name)));
}

/** The person who writes a first-person story: the one of `people` its byline names. */
export function authorOf(article: Article, people: Person[]): Person | undefined {
  const named = firstPersonByline(article) ? people.filter((p) => writes(article, p)) : [];
  return named.length === 1 ? named[0] : undefined;
}

const interviews = new WeakMap<Article, boolean>();

/** Is the story an interview, its questions set off as "Q:" paragraphs? */
function isInterview(article: Article): boolean {
  let is = interviews.get(article);
  if (is === undefined) interviews.set(article, (is = article.paragraphs.some((p) => p.kind === 'story' && INTERVIEW_QUESTION.test(p.text))));
  return is;
}

/**
 * Does a paragraph speak as the story's main person when it says "I" or "we"? In the writer's own
 * column, yes; in an interview, in the answers (not the interviewer's "Q:" paragraphs).
 */
export function speaksAsSubject(paragraph: Paragraph, subject: Person): boolean {
  const article = paragraph.article;
  return writes(article, subject) || (isInterview(article) && !INTERVIEW_QUESTION.test(paragraph.text));
}

/** Does the text speak as "I" or "we" outside its quotes? */
export const inFirstPerson = (text: string): boolean => FIRST_PERSON.test(maskQuotes(text, quoteSpans(text)));
