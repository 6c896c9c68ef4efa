import { echo, fold, isStopWord, stem, words } from '../text.ts';
import { hasSense } from '../knowledge/wordnet.ts';
import { resolvePerson } from './resolve-person.ts';
import type { Person } from '../knowledge/people.ts';
import type { Answer } from './types.ts';
import type { Sentence } from '../corpus/types.ts';
import { citeSentence } from './cite.ts';
import { stated, unsupported } from './compose.ts';
import type { AnswerContext } from './context.ts';
import { supporting, type Scope } from './scope.ts';

// The fallback for questions of no particular type: the best supporting sentence, led by the short
// answer in it (a name) when the question asks for one.

export function bestSentence(s: Scope): Answer {
  let ranked = supporting(s, undefined, 0.6);
  // A sentence that holds every name and thing the question asks about, and lacks only its verbs
  // ("who is running the meeting" for "Walsh will preside over the meeting"), answers it too.
  if (!ranked.length)
    ranked = supporting(s, undefined, 0.4)
      .slice(0, 3)
      .filter((x) => lacksOnlyVerbs(s, x));
  const found = ranked[0];
  if (!found) return unsupported(s.ctx, `what “${echo(s.q.text)}” asks`, supporting(s, undefined, 0.3)[0]);
  const best = continuation(s, found) ?? found;
  // Whoever the question's subject describes ("the SF mayor") is not the answer to who they met.
  const described = s.q.subject ? resolvePerson(s.ctx.knowledge, s.q.subject) : undefined;
  const subject = described?.kind === 'one' ? [described.person] : described?.kind === 'many' ? described.people : [];
  // "who did she meet": the one "she" stands for is no answer either.
  if (s.referent && !subject.includes(s.referent)) subject.push(s.referent);
  const short = shortAnswer(s.ctx, s.q.text, best, subject);
  // A question that asks for a name is not answered by a sentence without one.
  if (!short && ASKS_FOR_NAME.test(s.q.text)) return unsupported(s.ctx, `the answer to “${echo(s.q.text)}”`, best);
  const support = ranked.slice(1, 3);
  return stated(short ?? 'From the articles', short ? `${short}: ${best.text}` : best.text, [best], {
    items: support.map((x) => ({ text: x.text, citations: [citeSentence(x)] })),
  });
}

/**
 * "… signed a friendship agreement at the city's administrative center. It commits the two cities to
 * exchanges in port management, tourism …": a next sentence that goes on about the same thing ("It",
 * "They", "The agreement") answers when it holds words of the question that the sentence found lacks.
 */
function continuation(s: Scope, found: Sentence): Sentence | undefined {
  const sentences = found.paragraph.sentences;
  const next = sentences[sentences.indexOf(found) + 1] ?? found.paragraph.article.paragraphs[found.paragraph.order + 1]?.sentences[0];
  if (!next || !/^(?:It|They|This|These|The\s+(?:agreement|deal|pact|memorandum|accord|plan|partnership|program|programme|fund))\b/.test(next.text))
    return undefined;
  const r = s.ctx.knowledge.retriever;
  const have = r.termsOfSentence(found);
  const more = r.termsOfSentence(next);
  const asked = r.analyze(s.q.about ?? s.q.text).filter((t) => !have.has(t.term) && !t.forms.some((f) => have.has(f)));
  return asked.some((t) => more.has(t.term) || t.forms.some((f) => more.has(f))) ? next : undefined;
}

// Conjunctions and adverbs WordNet also lists as nouns ("a while").
const CONNECTIVE = /^(?:while|whilst|until|till|away|ago|yet|still|ever|even|soon|already|right|now|then|there|here)$/i;

/** Are the question's words that the sentence lacks all verbs or adverbs (no name, no thing)? */
function lacksOnlyVerbs(s: Scope, x: Sentence): boolean {
  const have = s.ctx.knowledge.retriever.termsOfSentence(x);
  const missing = [...s.q.text.matchAll(/[\p{L}][\p{L}'\u2019-]*/gu)]
    .slice(1)
    .map((m) => m[0])
    .filter((w) => !isStopWord(fold(w)) && !have.has(stem(w)));
  return missing.every((w) => !/^\p{Lu}/u.test(w) && (CONNECTIVE.test(w) || hasSense(fold(w), 'verb') || !hasSense(fold(w), 'noun')));
}

const ASKS_FOR_NAME =
  /^(?:who|whom|(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?(?:person|people|official|officials|leader|mayor|expert|agency|outlet|organi[sz]ation|company|firm|body|group|chamber|newspaper|media|institution|university|school))\b/iu;

/** The name the question asks for, taken from the supporting sentence. */
function shortAnswer(ctx: AnswerContext, q: string, s: Sentence, subject: Person[] = []): string | undefined {
  if (!ASKS_FOR_NAME.test(q)) return undefined;
  const asked = new Set(words(q).map(stem));
  const actor = actorOfVerb(s.text, asked);
  if (actor && !subject.some((p) => actor.includes(p.name) || p.aliases.some((a) => actor.includes(a)))) return actor;
  return personNotAsked(ctx, s, asked, subject);
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
    // "Tuesday's council meeting": a possessor of the noun, not the one who acts.
    if (j < i - 1 && news(j + 1, i) && !/['\u2019]s$/.test(tokens[i - 1]!)) return tokens.slice(j + 1, i).join(' ');
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

const NOT_ACTOR =
  /^(?:The|A|An|This|That|On|In|At|By|No|None|Nobody|Neither|Each|Every|All|Some|Many|Most|Several|Few|Any|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function personNotAsked(ctx: AnswerContext, s: Sentence, asked: Set<string>, subject: Person[] = []): string | undefined {
  const named = (ctx.knowledge.mentions.get(s) ?? []).map((m) => m.person);
  return named.find((p) => !subject.includes(p) && !words(p.name).some((w) => asked.has(stem(w))) && !p.aliases.some((a) => asked.has(stem(a))))?.name;
}
