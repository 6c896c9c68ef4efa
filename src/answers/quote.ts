import { answer, listAnswer, notFound, usage } from '../core/answer.ts';
import { echo, terms } from '../core/text.ts';
import type { Answer, AnswerItem } from '../core/types.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { Person } from '../knowledge/people.ts';
import type { Quote } from '../knowledge/quotes.ts';
import { cite } from './cite.ts';
import { suggestionsFor, type AnswerContext } from './context.ts';
import { describe, resolvePerson } from './resolve-person.ts';

const MIN_TOPIC_COVERAGE = 0.6;

export function quote(ctx: AnswerContext, args: string): Answer {
  const k = ctx.knowledge;
  if (!args.trim()) return usage('Tell me whose words or which topic: /quote <person or topic>, a name or a few words on the topic.', suggestionsFor(k));
  const match = resolvePerson(k, args);
  if (match.kind === 'one') return quotesOf(ctx, match.person);
  // "/quote Breed on investment": a person, then a topic.
  const split = /^(.+?)\s+(?:on|about|regarding)\s+(.+)$/i.exec(args);
  const speaker = split && match.kind === 'none' ? resolvePerson(k, split[1]!) : undefined;
  if (speaker?.kind === 'one') return quotesOf(ctx, speaker.person, split![2]);
  if (match.kind === 'many') {
    const quoted = match.people.filter((p) => k.quotesBySpeaker.has(p));
    if (quoted.length === 1) return quotesOf(ctx, quoted[0]!);
    return usage(`Several people fit “${echo(args)}”: ${match.people.map(describe).join('; ')}. Whose words do you want?`, match.people.map((p) => `/quote ${p.name}`));
  }
  return quotesAbout(ctx, args);
}

export function quoteItem(q: Quote): AnswerItem {
  const text = q.kind === 'direct' ? `“${q.text}” (${q.speaker.name})` : `${q.speaker.name}, reported speech: ${q.text}`;
  return { text, citations: [cite(q.paragraph, q.excerpt)] };
}

export function quotesOf(ctx: AnswerContext, p: Person, topic?: string): Answer {
  let quotes = [...(ctx.knowledge.quotesBySpeaker.get(p) ?? [])];
  if (topic) {
    const ranked = ctx.knowledge.retriever.rank(ctx.knowledge.retriever.analyze(topic), quotes, quoteTerms);
    quotes = ranked.filter((r) => r.coverage >= 0.5).map((r) => r.item);
  }
  if (!quotes.length) {
    const about = topic ? ` about “${echo(topic)}”` : '';
    return notFound(`The articles mention ${p.name} but do not quote them${about}.`, [`/who ${p.name}`, '/help']);
  }
  // Their own words first, then reported speech, each in article order.
  quotes.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'direct' ? -1 : 1));
  const direct = quotes.filter((q) => q.kind === 'direct').length;
  const paraphrased = quotes.length - direct;
  const counts = [direct && `${direct} direct quote${direct === 1 ? '' : 's'}`, paraphrased && `${paraphrased} paraphrase${paraphrased === 1 ? '' : 's'}`].filter(Boolean).join(' and ');
  return listAnswer(`${p.name}, in their words`, `${p.name}: ${counts} in the articles.`, quotes.map(quoteItem), [`/who ${p.name}`]);
}

const termsOfQuote = new WeakMap<Quote, Set<string>>();

/** A quote's search terms: its excerpt and its speaker's name, worked out once. */
function quoteTerms(q: Quote): Set<string> {
  let t = termsOfQuote.get(q);
  if (!t) termsOfQuote.set(q, (t = new Set(terms(`${q.excerpt} ${q.speaker.name}`))));
  return t;
}

/** Quotes on a topic, best first. */
export function quotesOnTopic(k: Knowledge, topic: string): Quote[] {
  const r = k.retriever;
  const query = r.analyze(topic);
  const pool = r.candidateArticles(query).flatMap((a) => k.quotesByArticle.get(a) ?? []);
  return r
    .rank(query, pool, quoteTerms)
    .filter((x) => x.coverage >= MIN_TOPIC_COVERAGE)
    .map((x) => x.item);
}

function quotesAbout(ctx: AnswerContext, topic: string): Answer {
  const ranked = quotesOnTopic(ctx.knowledge, topic).map((item) => ({ item }));
  if (!ranked.length) {
    return notFound(`I found nobody quoted about “${echo(topic)}” in the articles.`, suggestionsFor(ctx.knowledge));
  }
  const items = ranked.slice(0, 10).map((x) => quoteItem(x.item));
  const best = ranked[0]!.item;
  return answer(`Quotes about ${echo(topic, 60)}`, `${best.speaker.name} on ${echo(topic, 60)}: ${items[0]!.text}`, items[0]!.citations, { items: items.slice(1) });
}
