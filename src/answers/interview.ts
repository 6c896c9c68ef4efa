import type { Paragraph, Sentence } from '../corpus/types.ts';
import { INTERVIEW_QUESTION } from '../knowledge/author.ts';
import { SPEAKER_LABEL } from '../knowledge/lexicon.ts';
import type { Person } from '../knowledge/people.ts';
import type { Knowledge } from '../knowledge-build/index.ts';
import { fold, isStopWord, stem, words } from '../text.ts';
import { nearInMeaning } from '../knowledge/vectors.ts';
import { hasSense } from '../knowledge/wordnet.ts';
import { inStory, retrievalText, type Scope } from './scope.ts';
import type { Answer } from './types.ts';
import { evidenceOf, stated } from './compose.ts';

// A question-and-answer interview: the interviewer's questions are paragraphs that open with "Q:"
// (or "Question:"), or a FAQ page's questions set as headings; the paragraphs after one, up to the
// next, are the reply of the person the article is about. In a question, "you" is that person.

export const isInterviewQuestion = (p: Paragraph): boolean => p.kind === 'story' && (INTERVIEW_QUESTION.test(p.text) || isFaqQuestion(p) || isHostQuestion(p));

/** A transcript's line that asks ("ARDLEY: Why make the hotel owners pay?"): the next line replies. */
const isHostQuestion = (p: Paragraph): boolean => SPEAKER_LABEL.test(p.text) && /\?["\u201d]?$/.test(p.text.trim());

/** A FAQ page's question: its reply is the whole paragraph after it, not the first sentence of an interviewee's. */
export const isFaqQuestion = (p: Paragraph): boolean => p.kind === 'story' && FAQ_QUESTION.test(p.text);

// A page of frequently asked questions: each question a heading of its own ("Why Tarvik?", "Who paid for it?").
const FAQ_QUESTION = /^(?:Why|Who|What|When|Where|How|Which|Did|Does|Do|Is|Are|Can|Will|Was|Were)\b[^.!?"\u201c\u201d]{2,80}\?$/;

/** The first paragraph of the reply to an interviewer's question. */
export function replyTo(question: Paragraph): Paragraph | undefined {
  const next = besideInStory(question, 1);
  return next && !isInterviewQuestion(next) ? next : undefined;
}

/** The story paragraph `step` places from this one (1 the next, -1 the one before). */
function besideInStory(p: Paragraph, step: number): Paragraph | undefined {
  const story = p.article.paragraphs.filter((x) => x.kind === 'story');
  return story[story.indexOf(p) + step];
}

/**
 * Who speaks a sentence's words when no one is named before its verb: in an interviewer's question,
 * "you" is the one interviewed and the rest is the interviewer's. Undefined outside an interview.
 */
export function interviewSpeaker(k: Knowledge, sentence: Sentence, verbAt: number): Person | 'interviewer' | undefined {
  if (!isInterviewQuestion(sentence.paragraph)) return undefined;
  if (/\byou\s+$/i.test(sentence.text.slice(0, verbAt))) return k.subjectOf(sentence.paragraph.article) ?? undefined;
  return 'interviewer';
}

// How near by their vectors a word of the user's must be to one of the interviewer's ("huge" and "giant").
const NEAR_WORD = 0.58;

/** Do two words name much the same thing or quality ("companies" and "businesses")? Other words' vectors are near too loosely. */
const sameThing = (a: string, b: string): boolean =>
  !isStopWord(a) && !isStopWord(b) && [a, b].every((w) => hasSense(w, 'noun') || hasSense(w, 'adj')) && nearInMeaning(a, b, NEAR_WORD);

/**
 * The interviewer asked what the user asks ("Q: … Why Ostrel, and why now?", "ARDLEY: Odile, what does
 * the pilot agreement actually do?"): the first sentence of the reply ("Because our growers kept
 * asking."), or the first two when the first only opens it ("Cost, mostly."), or a FAQ's whole
 * answer. `wh` is the question word the interviewer's question must hold; `asking`, the user's terms
 * that say what the question is about, half of which the interviewer's question must hold (with
 * `exchange`, counting the line before it and the reply: "that memorandum" is the one just named).
 */
export function replyToAsked(s: Scope, text: string, wh: RegExp, asking: string[], exchange = false): Sentence[] | undefined {
  const r = s.ctx.knowledge.retriever;
  const asked = r.sentences(text).filter((x) => isInterviewQuestion(x.item.paragraph) && wh.test(x.item.text) && x.coverage >= 0.1);
  if (!asked.length) return undefined;
  // The question holds what the interviewer's is about ("Why Ostrel, and why now?" for "why did
  // she go to Ostrel now"), or the two share most words, counting the story's.
  const ownTerms = new Set(r.analyze(text).flatMap((t) => [t.term, ...t.forms]));
  const userWords = words(text)
    .filter((w) => !isStopWord(w))
    .map(fold);
  const surface = new Map(userWords.map((w) => [stem(w), w]));
  const within = (x: Sentence) => {
    // (Not the words of a transcript's label, "ARDLEY: Why Sorrel Bay?", nor the one it is put to: "Odile, what …")
    // (The label stands before a line's first sentence, in its paragraph: the sentence is searched by its words.)
    const opening = x === x.paragraph.sentences[0] ? x.paragraph.text : x.text;
    const label = new Set(words(LABEL_OR_VOCATIVE.exec(opening)?.[0] ?? '').map((w) => stem(fold(w))));
    const its = [...r.termsOfSentence(x)].filter(
      (t) => !isStopWord(t) && !label.has(t) && !/^(?:q|question|why|place|thing|all|now|exactli|realli|actualli)$/.test(t),
    );
    // (A word of the interviewer's may be the user's said otherwise: "giant ports" for "huge ports".)
    const spelled = new Map(words(x.text).map((w) => [stem(fold(w)), fold(w)]));
    const near = (t: string) => userWords.some((u) => sameThing(u, spelled.get(t) ?? t));
    // (One word of a long question may go unsaid: "Why Sorrel Bay rather than a bigger city up north?")
    const missed = its.filter((t) => !ownTerms.has(t) && !near(t)).length;
    return its.length > 0 && missed <= (its.length >= 5 ? 1 : 0);
  };
  // (Found with the story's help, the interviewer's question must still hold what the user asks about:
  // "Why Peru, and why now?" is no question about a nonstop flight or a deputy who stayed home.)
  const holdsAsked = (x: Sentence) => {
    const spelled = words(x.text).map(fold);
    const nearIn = (t: string) => !!surface.get(t) && spelled.some((w) => sameThing(surface.get(t)!, w));
    const around = exchange ? [besideInStory(x.paragraph, -1), replyTo(x.paragraph)].flatMap((p) => p?.sentences ?? []) : [];
    const has = (t: string) => [x, ...around].some((y) => r.termsOfSentence(y).has(t));
    return asking.filter((t) => has(t) || nearIn(t)).length * 2 >= asking.length;
  };
  const best = asked.find((x) => within(x.item) && holdsAsked(x.item)) ?? inStory(r, text, asked).find((x) => x.coverage >= 0.6 && holdsAsked(x.item));
  let reply = best ? replyTo(best.item.paragraph)?.sentences : undefined;
  if (!reply?.length) return undefined;
  if (isFaqQuestion(best!.item.paragraph)) return reply.slice(0, 3);
  // ("Good morning, Fen. It starts …": a greeting is no part of the reply.)
  while (reply.length > 1 && GREETING.test(reply[0]!.text.replace(ANSWER_LABEL, ''))) reply = reply.slice(1);
  // ("A: Two things. The first is timber.": a reply that opens by announcing its reasons goes on to them.)
  return reply[0]!.text.replace(ANSWER_LABEL, '').split(/\s+/).length < 5 && reply[1] ? reply.slice(0, 2) : reply.slice(0, 1);
}

/** A reply's sentences as the answer, without the "A:" or the speaker's label. */
export const replyText = (reply: Sentence[]): string => reply.map((x) => x.text.replace(ANSWER_LABEL, '')).join(' ');

// (An interview's "A:", or a transcript's speaker: "QUIST: So that nobody could …".)
const ANSWER_LABEL = new RegExp(`^(?:(?:A|Answer)\\s*[:.]\\s+|${SPEAKER_LABEL.source.slice(1)})`, 'u');
const LABEL_OR_VOCATIVE = new RegExp(`^(?:${SPEAKER_LABEL.source.slice(1)})?(?:\\p{Lu}\\p{Ll}+,\\s+(?=\\p{Ll}))?`, 'u');
const GREETING = /^(?:(?:good\s+)?(?:morning|afternoon|evening)|hi|hello|hey|thanks|thank\s+you)\b[^.!?]{0,30}[.!?]$/i;

// A question that wants a statement: not a date, a number or a name.
const OPEN_TYPES = new Set(['description', 'sentence', 'list']);

/**
 * "What does the memorandum set up?" asked as the host of a broadcast asked it: the guest's reply,
 * where the rules found nothing or only a question (the host's own line answers nothing).
 */
export function askedInInterview(s: Scope, rules: Answer): Answer | undefined {
  const onlyAsks = evidenceOf(rules).some((x) => isInterviewQuestion(x.paragraph)) || /\?["\u201d]?$/.test(rules.text.split('\n')[0]!.trim());
  if (rules.answered && !onlyAsks) return undefined;
  // (Nor what someone said: that is their quote's.)
  const wh = /^(?:\W*)(what|how)\b/i.exec(s.q.text)?.[1];
  if (!wh || !OPEN_TYPES.has(s.q.type) || /\b(?:say|said|says|tell|told)\b/i.test(s.q.text)) return undefined;
  const text = retrievalText(s);
  const asking = s.ctx.knowledge.retriever
    .analyze(text)
    .map((t) => t.term)
    .filter((t) => !s.named.some((p) => words(p.name).some((w) => stem(w) === t)));
  const reply = replyToAsked(s, text, new RegExp(`\\b${wh}\\b`, 'i'), asking, true);
  return reply ? stated(wh.toLowerCase() === 'how' ? 'How' : 'What', replyText(reply), reply) : undefined;
}
