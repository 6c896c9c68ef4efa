import { allCitations } from '../answers/answer.ts';
import type { Answer, Citation } from '../answers/types.ts';
import { questionLine } from './conversations.ts';

// "Why this answer?": what the bot understood, the facts it used with their sentences, and what it set
// aside. The answers layer fills Answer.why for free questions; for the other commands the command and
// its arguments are what was understood and the citations are the facts used. Never holds who asked.

export interface WhyView {
  /** The request as asked ("/who Li Yong"). */
  asked: string;
  /** Earlier questions of the thread the request was read with, oldest first. */
  context: string[];
  understood: string;
  used: Citation[];
  rejected: { excerpt: string; why: string }[];
  /** The answer in a line, for reference. */
  answer: string;
}

export function whyView(answer: Answer, request: { command: string; args: string }, context: string[] = []): WhyView {
  const asked = questionLine(request);
  const why = answer.why;
  return {
    asked,
    context,
    understood: why?.understood || understoodFrom(request),
    used: why?.used.length ? why.used : allCitations(answer),
    rejected: why?.rejected ?? [],
    answer: answer.text,
  };
}

function understoodFrom(request: { command: string; args: string }): string {
  const args = request.args.trim();
  return request.command === 'ask' ? `a free question: “${args}”` : `the command /${request.command}${args ? ` with “${args}”` : ' with no arguments'}`;
}

/** The view's title on every platform (the button's label). */
export const WHY_TITLE = 'Why this answer?';

/** What "Why this answer?" says when nothing was set aside. */
export const NONE_SET_ASIDE = 'No other candidate was considered for this answer.';

/** The view's opening lines, labelled, the same on every platform (each renders label and text its own way). */
export function whyLines(view: WhyView): Array<{ label: string; text: string }> {
  return [
    { label: 'Understood', text: view.understood },
    { label: 'Asked', text: view.asked },
    ...(view.context.length ? [{ label: 'Read with the earlier questions of this thread', text: view.context.map((q) => `“${q}”`).join(', ') }] : []),
    { label: 'Answer', text: view.answer },
  ];
}

/**
 * What a message shows of the view, cut the same way on every platform (each within its own
 * budget): the opening lines, at most `max.used` facts and how many more there were, and at most
 * `max.rejected` candidates set aside.
 */
export function whyCut(view: WhyView, max: { used: number; rejected: number }) {
  return {
    lines: whyLines(view),
    used: view.used.slice(0, max.used),
    moreUsed: Math.max(0, view.used.length - max.used),
    rejected: view.rejected.slice(0, max.rejected),
  };
}
