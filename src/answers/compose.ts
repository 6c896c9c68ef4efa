import { answer, notFound } from './answer.ts';
import type { Answer, AnswerItem } from './types.ts';
import type { Sentence } from '../corpus/types.ts';
import { fold, unping } from '../text.ts';
import { citeSentence } from './cite.ts';
import { suggestionsFor, type AnswerContext } from './context.ts';

// Every free answer is built here: the first line states the answer itself (the names, the date, the
// number, the reason); the cited excerpts follow as citations. An answer the articles do not support
// says so, and offers the nearest cited fact without presenting it as the answer.

// The sentences an answer rests on, kept beside it (not in it: the Answer crosses to the adapters,
// which have no business with article objects) for corroboration and "why this answer?".
const evidence = new WeakMap<Answer, Sentence[]>();

export function evidenceOf(a: Answer): Sentence[] {
  return evidence.get(a) ?? [];
}

/** Records the sentences an answer built elsewhere rests on. */
export function withEvidence(a: Answer, support: Sentence[]): Answer {
  evidence.set(a, support);
  return a;
}

/**
 * Do two sentences of different outlets report the same fact? Where both name people they share one,
 * and they share much of their rarer words. Only then can a second date or number be a
 * disagreement rather than another event.
 */
export function sameFact(ctx: AnswerContext, a: Sentence, b: Sentence): boolean {
  const k = ctx.knowledge;
  const people = (s: Sentence) => new Set((k.mentions.get(s) ?? []).map((m) => m.person));
  const pa = people(a);
  const pb = people(b);
  if (pa.size && pb.size && ![...pa].some((p) => pb.has(p))) return false;
  const r = k.retriever;
  const ta = r.termsOfSentence(a);
  const tb = r.termsOfSentence(b);
  const weight = (terms: Iterable<string>) => [...terms].reduce((sum, t) => sum + r.idf(t), 0);
  const shared = weight([...ta].filter((t) => tb.has(t)));
  return shared >= 0.4 * Math.min(weight(ta), weight(tb));
}

/** "April 18, 2024 (Global Times) and April 17, 2024 (Coastal Wire)": values the outlets disagree on. */
export function disagreement(values: { value: string; sentence: Sentence }[]): string {
  // Each value once, with every outlet that gives it: "April 18, 2024 (Global Times, 2024-04-18; …)".
  const byValue = new Map<string, string[]>();
  for (const v of values) {
    const outlet = `${v.sentence.paragraph.article.source}, ${v.sentence.paragraph.article.published}`;
    const outlets = byValue.get(v.value) ?? [];
    if (!outlets.includes(outlet)) outlets.push(outlet);
    byValue.set(v.value, outlets);
  }
  return `Reports differ: ${listing([...byValue].map(([value, outlets]) => `${value} (${outlets.join('; ')})`))}`;
}

export function stated(title: string, statement: string, support: Sentence[], extra: { items?: AnswerItem[]; suggestions?: string[] } = {}): Answer {
  const unique = [...new Set(support)];
  // A statement may repeat the question's words ("… signed the memorandum"): never a ping.
  const [first, ...more] = unping(statement).split('\n');
  const a = answer(title, [sentence(first ?? ''), ...more].join('\n'), unique.map(citeSentence), extra);
  evidence.set(a, unique);
  return a;
}

export function unsupported(ctx: AnswerContext, what: string, nearest?: Sentence): Answer {
  const lines = [`The articles do not say ${unping(what)}.`];
  if (nearest) lines.push(`The articles do say: ${nearest.text}`);
  const a = notFound(lines.join('\n'), suggestionsFor(ctx.knowledge));
  const out = nearest ? { ...a, citations: [citeSentence(nearest)] } : a;
  if (nearest) evidence.set(out, [nearest]);
  return out;
}

// Short answers that name nothing a second report could repeat.
const GENERIC = /^(?:yes|why|from the articles|\d+)$/i;

/**
 * Other outlets' reports of the same fact: sentences of articles from other outlets that hold most of
 * the main evidence's words (and the short answer, where it names something). Their outlets follow
 * the answer as "Also reported by ...", each cited.
 */
export function corroborated(ctx: AnswerContext, a: Answer): Answer {
  const main = evidenceOf(a)[0];
  if (!a.answered || !main) return a;
  const r = ctx.knowledge.retriever;
  const outlets = new Set([main.paragraph.article.source]);
  const key = GENERIC.test(a.title.trim()) ? undefined : fold(a.title).split(/,\s*/)[0];
  const also: Sentence[] = [];
  for (const x of r.similar(main)) {
    if (x.coverage < 0.5) break;
    const source = x.item.paragraph.article.source;
    if (outlets.has(source)) continue;
    if (key && !fold(x.item.text).includes(key)) continue;
    outlets.add(source);
    also.push(x.item);
  }
  if (!also.length) return a;
  const [first, ...rest] = a.text.split('\n');
  const line = `Also reported by ${listing(also.map((s) => `${s.paragraph.article.source} (${s.paragraph.article.published})`))}.`;
  const out = { ...a, text: [first, line, ...rest].join('\n'), citations: [...a.citations, ...also.map(citeSentence)] };
  evidence.set(out, [...evidenceOf(a), ...also]);
  return out;
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
