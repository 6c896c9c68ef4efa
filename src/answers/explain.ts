import type { Answer, Explanation } from './types.ts';
import { citeSentence } from './cite.ts';
import { evidenceOf } from './compose.ts';
import type { Question } from './question.ts';
import { supportingRanked, type Scope } from './scope.ts';

// "Why this answer?": what the bot understood the question to ask, the facts it used, and the
// candidates it set aside with the reason, so that a reader can judge the answer and say so.

const TYPE_LABEL: Record<Question['type'], string> = {
  person: 'a person or a body',
  organisation: 'an organisation',
  place: 'a place',
  date: 'a date',
  number: 'a number',
  duration: 'a length of time',
  reason: 'a reason or purpose',
  list: 'a list',
  description: 'what something is or does',
  expansion: 'what an abbreviation stands for',
  speaker: 'who said something',
  words: "someone's words",
  role: "someone's role",
  yesno: 'yes or no',
  sentence: 'the sentence that best answers it',
};

export function understood(s: Scope): string {
  const { q } = s;
  const parts = [`Asks for ${TYPE_LABEL[q.type]}`];
  if (s.named.length) parts.push(`about ${s.named.map((p) => p.name).join(' and ')}`);
  if (s.referent && !s.named.includes(s.referent)) parts.push(`(“${q.pronoun}” read as ${s.referent.name})`);
  if (q.focus && q.focus !== 'head') parts.push(`(what: ${q.focus})`);
  if (q.verb) parts.push(`(verb: ${q.verb})`);
  if (q.topic) parts.push(`on “${q.topic}”`);
  if (q.order) parts.push(`${q.order.relation} ${q.order.anchor}`);
  if (q.future) parts.push('(in the future)');
  return `${parts.join(' ')}.`;
}

/**
 * The answer with its explanation: the facts it rests on, and the nearest sentences it did not use.
 * Worked out when first read (the "why" button), not for every answer.
 */
export function explained(s: Scope, a: Answer): Answer {
  let why: Explanation | undefined;
  const out = { ...a };
  Object.defineProperty(out, 'why', { enumerable: true, configurable: true, get: () => (why ??= explanation(s, a)) });
  return out;
}

function explanation(s: Scope, a: Answer): Explanation {
  const used = evidenceOf(a);
  const cited = a.citations.map((c) => c.excerpt);
  const rejected = supportingRanked(s, undefined, 0.3)
    .filter((r) => !used.includes(r.item) && !cited.some((c) => c.includes(r.item.text) || r.item.text.includes(c)))
    .slice(0, 3)
    .map((r) => ({
      excerpt: citeSentence(r.item).excerpt,
      why:
        r.coverage < 0.5
          ? `holds only ${Math.round(r.coverage * 100)}% of the question's words`
          : a.answered
            ? 'ranked below the sentence used'
            : `does not give ${TYPE_LABEL[s.q.type]}`,
    }));
  return { understood: understood(s), used: a.citations, rejected };
}
