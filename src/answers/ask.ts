import { answer, notFound, usage } from '../core/answer.ts';
import { echo, isStopWord, stem, words } from '../core/text.ts';
import type { Answer } from '../core/types.ts';
import type { Sentence } from '../corpus/types.ts';
import { citeSentence } from './cite.ts';
import { aboutAll, peopleNamedIn } from './named.ts';
import { suggestionsFor, type AnswerContext } from './context.ts';
import { when } from './events.ts';
import { quotesOf } from './quote.ts';
import { resolvePerson } from './resolve-person.ts';
import { who } from './who.ts';

// Free questions: a question about a person, a date or someone's words goes to /who, /when or
// /quote; anything else is answered with the best supporting sentence, and the short answer in it
// when the question asks for a number or a name. Below the coverage bar the bot says it does not know.

const MIN_COVERAGE = 0.6;

export function ask(ctx: AnswerContext, args: string): Answer {
  const q = args.trim().replace(/[?!.\s]+$/, '');
  if (!q) return usage('Ask me a question, for example: who, what, when, where, which, how many.', suggestionsFor(ctx.knowledge));

  const aboutPerson = /^(?:who|what)\s+(?:is|was|are|were)\s+(.+)$/i.exec(q);
  if (aboutPerson && resolvePerson(ctx.knowledge, aboutPerson[1]!).kind !== 'none') return who(ctx, aboutPerson[1]!);

  const said = /^what\s+(?:did|does|has|had)\s+(.+?)\s+(?:say|said|tell|told)(?:\s+(?:about|on|regarding)\s+(.+))?$/i.exec(q);
  if (said) {
    const m = resolvePerson(ctx.knowledge, said[1]!);
    if (m.kind === 'one') return quotesOf(ctx, m.person, said[2]);
  }

  if (/^(?:when|what\s+(?:date|day|time|month|year)|on\s+what\s+(?:date|day))\b/i.test(q)) {
    return when(ctx, q.replace(/^(?:when|what\s+(?:date|day|time|month|year)|on\s+what\s+(?:date|day))\s+/i, ''));
  }
  const found = bestSentence(ctx, q);
  if (found.answered) return found;
  // "What organization does Li Yong work for?": a question about someone's position is their role.
  if (ROLE_QUESTION.test(q)) {
    const named = peopleNamedIn(ctx.knowledge, q);
    if (named.length === 1) return who(ctx, named[0]!.name);
  }
  return found;
}

const ROLE_QUESTION = /\b(?:work|works|worked|job|role|position|title|organi[sz]ation|company|employer|represent|represents|head|heads|lead|leads|run|runs|occupation)\b/i;

function bestSentence(ctx: AnswerContext, q: string): Answer {
  const named = peopleNamedIn(ctx.knowledge, q);
  const ranked = ctx.knowledge.retriever.sentences(q).filter((r) => r.coverage >= MIN_COVERAGE && aboutAll(ctx.knowledge, r.item.paragraph, named));
  if (!ranked.length) return notFound(`The articles do not answer “${echo(q)}”.`, suggestionsFor(ctx.knowledge));
  // A how-many question wants a sentence with the number in it, if one of the best few has it.
  const counting = HOW_MANY.test(q) ? ranked.slice(0, 5).find((r) => shortAnswer(ctx, q, r.item)) : undefined;
  const best = counting ?? ranked[0]!;
  const s = best.item;
  const short = shortAnswer(ctx, q, s);
  const text = short ? `${short}. From the article: ${s.text}` : s.text;
  const support = ranked.filter((r) => r !== best && r.score >= best.score * 0.9).slice(0, 2);
  return answer(short ?? 'From the articles', text, [citeSentence(s)], {
    items: support.map((r) => ({ text: r.item.text, citations: [citeSentence(r.item)] })),
  });
}

const HOW_MANY = /^how\s+(?:many|much)\b/i;
const ASKS_FOR_NAME = /^(?:who|whom|(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?(?:person|people|official|officials|leader|mayor|expert|agency|outlet|organi[sz]ation|company|firm|body|group|chamber|newspaper|media|institution|university|school))\b/iu;

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?';
const NUMBER = new RegExp(`\\b(?:\\d[\\d,.]*%?|(?:${NUMBER_WORDS})(?:[- ](?:${NUMBER_WORDS}))*)\\b`, 'gi');

/** The number or name the question asks for, taken from the supporting sentence. */
function shortAnswer(ctx: AnswerContext, q: string, s: Sentence): string | undefined {
  const asked = new Set(words(q).map(stem));
  if (HOW_MANY.test(q)) {
    let best: { text: string; near: number } | undefined;
    for (const m of s.text.matchAll(NUMBER)) {
      const after = words(s.text.slice(m.index + m[0].length, m.index + m[0].length + 60)).slice(0, 4).map(stem);
      const near = after.filter((w) => asked.has(w)).length;
      if (near && (!best || near > best.near)) best = { text: m[0], near };
    }
    return best?.text;
  }
  if (ASKS_FOR_NAME.test(q)) {
    return actorOfVerb(s.text, asked) ?? personNotAsked(ctx, s, asked);
  }
  return undefined;
}

/** The named subject or agent of a verb the question uses: "the Xinhua News Agency reported", "organized by X". */
function actorOfVerb(text: string, asked: Set<string>): string | undefined {
  const tokens = [...text.matchAll(/[\p{L}\p{N}'\u2019-]+/gu)].map((m) => m[0]);
  const capital = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w) && !NOT_ACTOR.test(w);
  // A name may hold "of" and "and" between capitalised words ("Federation of Industry and Commerce").
  const linker = (i: number) => /^(?:of|and|for|&)$/.test(tokens[i] ?? '') && capital(tokens[i + 1]) && capital(tokens[i - 1]);
  // The question's own words do not answer it: "Shanghai" alone is no answer to "who … in Shanghai?".
  const news = (from: number, to: number) => tokens.slice(from, to).some((w) => /^\p{Lu}/u.test(w) && !asked.has(stem(w)));
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (!/^\p{Ll}/u.test(w) || isStopWord(w) || !asked.has(stem(w))) continue;
    let j = i - 1;
    while (capital(tokens[j]) || (j < i - 1 && linker(j))) j--;
    if (j < i - 1 && news(j + 1, i)) return tokens.slice(j + 1, i).join(' ');
    if (tokens[i + 1] === 'by') {
      let k = i + 2;
      if (tokens[k] === 'the') k++;
      const start = k;
      while (capital(tokens[k]) || (k > start && linker(k))) k++;
      if (k > start && news(start, k)) return tokens.slice(start, k).join(' ');
    }
  }
  return undefined;
}

const NOT_ACTOR = /^(?:The|A|An|This|That|On|In|At|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function personNotAsked(ctx: AnswerContext, s: Sentence, asked: Set<string>): string | undefined {
  const named = (ctx.knowledge.mentions.get(s) ?? []).map((m) => m.person);
  return named.find((p) => !words(p.name).some((w) => asked.has(stem(w))) && !p.aliases.some((a) => asked.has(stem(a))))?.name;
}
