import type { Article, Sentence } from '../corpus/types.ts';
import type { Person } from '../knowledge/people.ts';
import type { AnswerContext } from './context.ts';
import { aboutAll, peopleNamedIn } from './named.ts';
import type { Question } from './question.ts';
import type { Ranked, Retriever } from '../search/retriever.ts';
import { hasSense } from '../knowledge/wordnet.ts';
import { resolvePerson } from './resolve-person.ts';

// What every answer strategy works from: the analysed question, the people it names, whom its
// pronoun stands for, and the sentences that support it.

const MIN_COVERAGE = 0.5;

export interface Scope {
  ctx: AnswerContext;
  q: Question;
  /** People the question names. */
  named: Person[];
  /** The person a pronoun stands for, when the question uses one. */
  referent?: Person;
}

// Words of a question that say what kind of answer it wants, not what it is about.
const ASKING = /\b(?:purpose|aim|goal|reason|objective|job|role|position|title|occupation|stand|date|day|time|happen|happened|happens)\b/gi;

/** The question's words that the supporting sentence should hold, with a pronoun's referent named. */
export function retrievalText(s: Scope): string {
  let t = s.q.text.replace(ASKING, ' ');
  if (s.q.type === 'duration') t = t.replace(/^how\s+long\b/i, ' ');
  // "when did the signing take place": what took place is asked; the words "take place" are no sentence's.
  t = t.replace(/\b(?:take|took|taken|takes|taking)\s+place\b|\b(?:happen(?:ed|s)?|occur(?:red|s)?)\b/gi, ' ');
  // A pronoun for someone named earlier in the thread stands for their name; one inferred from the
  // articles is dropped, since the sentences about them often say "she" too.
  if (s.referent && s.q.pronoun) t = t.replace(new RegExp(`\\b${s.q.pronoun}\\b`, 'i'), s.named.includes(s.referent) ? s.referent.name : ' ');
  return t;
}

/**
 * The stories the question points to: the articles of its best supporting sentences (of the first
 * `sentences` of them, when given), each once, the first `count`.
 */
export function storiesPointedTo(s: Scope, min: number, count: number, sentences = Infinity): Article[] {
  return [
    ...new Set(
      supporting(s, retrievalText(s), min)
        .slice(0, sentences)
        .map((x) => x.paragraph.article),
    ),
  ].slice(0, count);
}

/** Sentences that hold most of the question's words and mention the people it names, best first. */
export function supporting(s: Scope, text = retrievalText(s), min = MIN_COVERAGE): Sentence[] {
  return supportingRanked(s, text, min).map((r) => r.item);
}

// "An earlier (online) version of this report gave the fund as …": a claim withdrawn by a correction.
export const RETRACTED =
  /\b(?:an\s+)?(?:earlier|previous)\s+(?:(?:online|print|web)\s+)?version\s+of\s+this\s+(?:story|article|report|post|column|piece|op-ed|editorial|interview|item|page|release|faq|notice|entry)\b/i;
// A note's label: "Correction:", "**Correction, March 13:**".
const NOTE_LABEL = /^[*_]{0,2}(?:Correction|Clarification|Editor['\u2019]s\s+note)s?\b/i;
// What a note puts right: "The right amount is $32,000."
export const PUT_RIGHT = /\b(?:correct|right|actual|accurate)\s+(?:figure|number|amount|sum|cost|date|day|name|spelling|total|title)\s+(?:is|was)\b/i;

// In a note, the plain statement after the claim puts it right too: "… gave the cost as $12,300. The total was $21,300."
export const PUT_PLAIN =
  /^(?:The|Its|Their)\s+(?:\p{L}+\s+)?(?:total|figure|amount|sum|cost|date|day|name|number|title|year|spelling)\s+(?:is|was|were|are)\b|\$?\d[\d,.]*(?:\s+(?:million|billion))?(?:\s+\p{L}+){0,2},?\s+not\s+\$?\d/iu;

/**
 * A claim withdrawn by a correction: one an "earlier version" note gives, or one a correction note
 * tells before it puts it right ("… has the cost at $23,000. The right amount is $32,000.").
 */
export function isRetracted(x: Sentence): boolean {
  return RETRACTED.test(x.text) || !!correctionOf(x);
}

/** The sentence of a correction note that puts this one right, if one does. */
function correctionOf(x: Sentence): Sentence | undefined {
  const sentences = x.paragraph.sentences;
  const next = sentences[sentences.indexOf(x) + 1];
  return NOTE_LABEL.test(x.paragraph.text) && !PUT_RIGHT.test(x.text) && next && (PUT_RIGHT.test(next.text) || PUT_PLAIN.test(next.text) || refigured(x, next))
    ? next
    : undefined;
}

/** "… first put the share at $21,000. City invoices show it was $27,000.": the next sentence gives the same kind of figure anew. */
function refigured(x: Sentence, next: Sentence): boolean {
  const money = (t: string) => /[$€£¥]\s?\d/.test(t);
  return /\d/.test(x.text) && PUT_FIGURE.test(next.text) && money(x.text) === money(next.text);
}
const PUT_FIGURE = /\b(?:is|was|were|are|shows?|showed|came\s+to|totaled|totalled)\s+(?:actually\s+|in\s+fact\s+)?(?:about\s+)?[$€£¥]?\s?\d/i;
// (Such a claim is evidence only for a question about what the story got wrong.)
const ASKS_ABOUT_ERRORS = /\b(?:correct\w*|wrong|misstat\w*|mistakes?|errors?|earlier\s+version)\b/i;

/** The same, with how much of the question each holds; only those as good as the best when `closeTo` is set. */
export function supportingRanked(s: Scope, text = retrievalText(s), min = MIN_COVERAGE, closeTo = 0): Ranked<Sentence>[] {
  const k = s.ctx.knowledge;
  const withdrawn = (x: Sentence) => isRetracted(x) && !ASKS_ABOUT_ERRORS.test(s.q.text);
  // (A claim a note puts right stands as the sentence that does: "The right amount is $32,000.")
  let ranked = k.retriever
    .sentences(text)
    .map((r) => (withdrawn(r.item) ? { ...r, item: correctionOf(r.item) } : r))
    .filter((r): r is Ranked<Sentence> => !!r.item && r.coverage >= min && aboutAll(k, r.item.paragraph, s.named) && !withdrawn(r.item));
  // A pronoun's referent: prefer the articles about them.
  if (s.referent) {
    const theirs = ranked.filter((r) => k.subjectOf(r.item.paragraph.article) === s.referent);
    if (theirs.length) ranked = theirs;
  }
  const names = entityTerms(k.retriever, text);
  if (names.length) ranked = ranked.filter((r) => holdsEntities(k.retriever, r.item.paragraph.article, names));
  const best = Math.max(0, ...ranked.map((r) => r.coverage));
  return ranked.filter((r) => r.coverage >= best * closeTo);
}

/**
 * Sentences as supportingRanked gives them, where a question word the sentence lacks counts half when
 * its article uses it: "who testified by video at Tuesday's council meeting" is about a sentence that
 * says "testified by video" in a story whose lead gives the meeting and the day. The sentence itself
 * must still hold `own` of the question.
 */
export function supportingInContext(s: Scope, text: string, min: number, own: number): Ranked<Sentence>[] {
  return inStory(s.ctx.knowledge.retriever, text, supportingRanked(s, text, own)).filter((ranked) => ranked.coverage >= min);
}

/** Ranked sentences with their coverage counting, at half weight, the query's words their article holds elsewhere; best first. */
export function inStory(r: Retriever, text: string, ranked: Ranked<Sentence>[]): Ranked<Sentence>[] {
  const query = r.analyze(text);
  const total = query.reduce((sum, t) => sum + t.weight, 0);
  if (!total) return [];
  return ranked
    .map((x) => {
      const have = r.termsOfSentence(x.item);
      const article = x.item.paragraph.article;
      const context = query
        .filter((t) => ![t.term, ...t.forms, ...(t.others ?? [])].some((f) => have.has(f)))
        .filter((t) => t.forms.some((f) => r.articleHas(article, f)))
        .reduce((sum, t) => sum + t.weight, 0);
      return { ...x, coverage: x.coverage + (0.5 * context) / total };
    })
    .sort((a, b) => b.coverage - a.coverage);
}

/**
 * The capitalised words of a question that the articles use ("Busan", "Alder Bay"): names that
 * choose the article. Each is its term and its accepted spellings.
 */
export function entityTerms(r: Retriever, text: string): string[][] {
  const out: string[][] = [];
  const ws = [...text.matchAll(/[\p{L}][\p{L}\p{N}'\u2019-]*/gu)];
  ws.forEach((m, i) => {
    const w = m[0];
    if (i === 0 || !/^\p{Lu}/u.test(w) || /^(?:I|VisitBot)$/.test(w)) return;
    // "American", "Chinese": a people's adjective describes; it does not choose the article.
    if (hasSense(w.toLowerCase(), 'adj') && !hasSense(w.toLowerCase(), 'noun')) return;
    if (/(?:an|ese|ish|ian)$/i.test(w) && hasSense(w.toLowerCase(), 'adj')) return;
    for (const q of r.analyze(w)) {
      const forms = q.forms.filter((f) => r.knows(f));
      if (forms.length) out.push(forms);
    }
  });
  return out;
}

/** Does the article use every name the question gives? A fact about Busan is in an article that names Busan. */
export function holdsEntities(r: Retriever, article: Article, names: string[][]): boolean {
  return names.every((forms) => forms.some((f) => r.articleHas(article, f)));
}

/** Whom "she", "he" or "they" stands for: the main person of the articles the rest of the question points to. */
export function referentOf(ctx: AnswerContext, q: Question): Person | undefined {
  return fromThread(ctx) ?? mainPersonFor(ctx, q);
}

/** In a conversation, the person the latest earlier question named. */
export function fromThread(ctx: AnswerContext): Person | undefined {
  const named = namedInThread(ctx);
  return named.length === 1 ? named[0] : undefined;
}

/** The people the latest earlier question that named anyone named: more than one makes "he" ambiguous. */
export function namedInThread(ctx: AnswerContext): Person[] {
  for (const earlier of [...(ctx.thread ?? [])].reverse()) {
    const named = peopleNamedIn(ctx.knowledge, earlier);
    if (named.length) return named;
  }
  return [];
}

function mainPersonFor(ctx: AnswerContext, q: Question): Person | undefined {
  const k = ctx.knowledge;
  const rest = q.pronoun ? q.text.replace(new RegExp(`\\b${q.pronoun}\\b`, 'gi'), ' ') : q.text;
  const article: Article | undefined = k.retriever.candidateArticles(rest)[0];
  return (article && k.subjectOf(article)) ?? k.prominent[0];
}

// Either case for the office, but only capitals for the names around it (no 'i' flag: it would let \p{Lu} match any letter).
const OFFICE = `(?:[Vv]ice\\s+)?(?:${'mayor governor president premier minister secretary ambassador chairman chairwoman chair director consul senator'
  .split(' ')
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})`;

// "the Carrow mayor", "the mayor of Carrow", "Carrow's mayor": an office and the place it belongs to.
const OFFICE_BEFORE_PLACE = new RegExp(`\\b[Tt]he\\s+((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+)+)(${OFFICE})\\b`, 'gu');
const OFFICE_OF_PLACE = new RegExp(`\\b(${OFFICE})\\s+of\\s+((?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)`, 'gu');
const PLACES_OFFICE = new RegExp(`\\b(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)['\u2019]s\\s+(${OFFICE})\\b`, 'gu');

/** Offices named before their place ("the Carrow mayor"), each as "mayor of Carrow". */
export function officesBeforePlaces(text: string): string[] {
  return [...text.matchAll(OFFICE_BEFORE_PLACE)].map((m) => `${m[2]} of ${m[1]!.trim()}`);
}

/**
 * The one person an office in the question stands for ("the Shenzhen mayor", "Shanghai's mayor",
 * "the mayor of Shenzhen"): when was she met by them is dated only where they are named.
 */
export function describedPeople(s: Scope): Person[] {
  const t = s.q.text;
  const phrases = [
    ...officesBeforePlaces(t),
    ...[...t.matchAll(OFFICE_OF_PLACE)].map((m) => `${m[1]} of ${m[2]}`),
    ...[...t.matchAll(PLACES_OFFICE)].map((m) => `${m[2]} of ${m[1]}`),
  ];
  const out: Person[] = [];
  for (const phrase of phrases) {
    const found = resolvePerson(s.ctx.knowledge, phrase);
    if (found.kind === 'one' && !s.named.includes(found.person)) out.push(found.person);
  }
  return out;
}

/**
 * "the mayor", with no place: the person the story the question points to is about, when that is
 * their office ("what cities in India did the mayor go to" in a story about Mayor Petronel Vask).
 */
export function storyOfficeHolder(s: Scope): Person | undefined {
  const office = /\bthe\s+(mayor|governor|premier|president|chancellor|minister|ambassador)\b(?!\s+of\b)/i.exec(s.q.text);
  if (!office) return undefined;
  const k = s.ctx.knowledge;
  const article = k.retriever.candidateArticles(s.q.text.replace(office[0], ' '))[0];
  const subject = article && k.subjectOf(article);
  return subject?.roles.some((r) => new RegExp(`\\b${office[1]}\\b`, 'i').test(r.role)) ? subject : undefined;
}
