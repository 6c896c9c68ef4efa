import type { Paragraph, Sentence } from '../corpus/types.ts';
import { INTERVIEW_QUESTION } from '../knowledge/author.ts';
import type { Person } from '../knowledge/people.ts';
import type { Knowledge } from '../knowledge-build/index.ts';

// A question-and-answer interview: the interviewer's questions are paragraphs that open with "Q:"
// (or "Question:"), or a FAQ page's questions set as headings; the paragraphs after one, up to the
// next, are the reply of the person the article is about. In a question, "you" is that person.

export const isInterviewQuestion = (p: Paragraph): boolean => p.kind === 'story' && (INTERVIEW_QUESTION.test(p.text) || isFaqQuestion(p));

/** A FAQ page's question: its reply is the whole paragraph after it, not the first sentence of an interviewee's. */
export const isFaqQuestion = (p: Paragraph): boolean => p.kind === 'story' && FAQ_QUESTION.test(p.text);

// A page of frequently asked questions: each question a heading of its own ("Why Tarvik?", "Who paid for it?").
const FAQ_QUESTION = /^(?:Why|Who|What|When|Where|How|Which|Did|Does|Do|Is|Are|Can|Will|Was|Were)\b[^.!?"\u201c\u201d]{2,80}\?$/;

/** The first paragraph of the reply to an interviewer's question. */
export function replyTo(question: Paragraph): Paragraph | undefined {
  const story = question.article.paragraphs.filter((p) => p.kind === 'story');
  const next = story[story.indexOf(question) + 1];
  return next && !isInterviewQuestion(next) ? next : undefined;
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
