import { answer, notFound } from './answer.ts';
import type { Answer, AnswerItem } from './types.ts';
import type { Sentence } from '../corpus/types.ts';
import { citeSentence } from './cite.ts';
import { suggestionsFor, type AnswerContext } from './context.ts';

// Every free answer is built here: the first line states the answer itself (the names, the date, the
// number, the reason); the cited excerpts follow as citations. An answer the articles do not support
// says so, and offers the nearest cited fact without presenting it as the answer.

export function stated(title: string, statement: string, evidence: Sentence[], extra: { items?: AnswerItem[]; suggestions?: string[] } = {}): Answer {
  const unique = [...new Set(evidence)];
  return answer(title, sentence(statement), unique.map(citeSentence), extra);
}

export function unsupported(ctx: AnswerContext, what: string, nearest?: Sentence): Answer {
  const lines = [`The articles do not say ${what}.`];
  if (nearest) lines.push(`The articles do say: ${nearest.text}`);
  const a = notFound(lines.join('\n'), suggestionsFor(ctx.knowledge));
  return nearest ? { ...a, citations: [citeSentence(nearest)] } : a;
}

/** Capital first letter, one full stop at the end. */
export function sentence(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?\u201d"]$/.test(first) ? first : `${first}.`;
}

/** "A", "A and B", "A, B and C". */
export function listing(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
