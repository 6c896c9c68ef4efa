import type { Article, Sentence } from '../corpus/types.ts';
import { hasSense, isKindOf } from '../knowledge/wordnet.ts';
import { quoteSpans } from '../knowledge/quotes.ts';
import { ownStem, stem, words } from '../text.ts';
import { listing, stated } from './compose.ts';
import { wordsOf } from './extract.ts';
import type { Answer } from './types.ts';
import type { Scope } from './scope.ts';

// A list told over several sentences: "what agreements were signed on the trip" is answered by
// what each sentence of the story says was signed ("signed a letter of intent …", "… signed a
// memorandum …", "- Nurse exchange agreement signed."), not by one sentence that counts them.

const AUXILIARY = /^(?:got|get|gets|were|was|is|are|be|been|being|did|do|does|have|has|had|will|would)$/;
// Where the thing done stops: a clause, a purpose or an adjunct of place, time or party.
const THING_END =
  /[,.;:!?"\u201c\u201d(]|\s(?:for|to|with|in|at|on|under|between|by|during|after|before|from|as|along|across|over|around|while|that|which|who|committing|covering|and\s+(?:said|will|would))\b/;
// A thing told by its place in an order or its kind alone: "the first document", "the largest of the three agreements".
const ONLY_ORDER =
  /^(?:first|second|third|fourth|fifth|last|final|next|other|another|largest|biggest|smallest|latest|same|one|two|three|four|five|it|them|this|that|these|those)$/i;
const DETERMINER = /^(?:a|an|the|its|their|his|her|our|two|three|four|five|several|some)$/i;

/** The question's own verb: its first word that can be one and is no auxiliary ("got signed on the trip" → "signed"). */
export function verbOfAbout(about: string): string | undefined {
  return about.split(/\s+/).find((w) => /^\p{Ll}+$/u.test(w) && !AUXILIARY.test(w) && hasSense(w, 'verb'));
}

/**
 * What the story the question points to says was <verb>ed, gathered from every sentence that says
 * so (those of one person the question names, when it names one); undefined with fewer than two.
 */
export function gatheredObjects(s: Scope, story: Article, verb: string, head: string): Answer | undefined {
  const own = ownStem(verb);
  const items: { text: string; key: Set<string>; sentence: Sentence }[] = [];
  const k = s.ctx.knowledge;
  for (const p of story.paragraphs) {
    if (p.kind !== 'story') continue;
    for (const sentence of p.sentences) {
      if (s.named.length && !(k.mentions.get(sentence) ?? []).some((m) => s.named.includes(m.person))) continue;
      const quoted = quoteSpans(sentence.text);
      for (const w of wordsOf(sentence.text)) {
        if (ownStem(w.text) !== own || !/^\p{Ll}/u.test(w.text) || quoted.some((q) => w.start >= q.start && w.start < q.end)) continue;
        const thing = thingDone(sentence.text, w.start, w.end);
        const key = new Set(
          words(thing ?? '')
            .filter((x) => !DETERMINER.test(x))
            .map(stem),
        );
        if (!thing || !key.size) continue;
        // One thing told twice ("a letter of intent", "Quenby Air letter of intent signed"): the first telling.
        if (items.some((i) => [...key].every((x) => i.key.has(x)) || [...i.key].every((x) => key.has(x)))) continue;
        items.push({ text: thing, key, sentence });
      }
    }
  }
  // (Things of the kind asked: one at least is called so or is a kind of it.)
  const kind = (i: (typeof items)[number]) => i.key.has(stem(head)) || isKindOf(headNoun(i.text), head.toLowerCase().replace(/s$/, ''), 'noun', 6, 1);
  // ("what all got signed" asks for no kind.)
  if (items.length < 2 || (head && !items.some(kind))) return undefined;
  const list = listing(items.map((i) => i.text));
  return stated(list, `${list.charAt(0).toUpperCase()}${list.slice(1)}`, [...new Set(items.map((i) => i.sentence))]);
}

/** The thing a verb at [start, end) acts on: its object ("signed a memorandum on …"), or the subject of a passive ("Ferry memorandum signed"). */
function thingDone(text: string, start: number, end: number): string | undefined {
  const before = text.slice(0, start);
  // "four signed agreements", "a signed charter": the participle describes; it tells no act.
  if (/\b(?:a|an|the|\d+|two|three|four|five|six|newly)\s+$/i.test(before)) return undefined;
  const after = text.slice(end);
  const passive = /^\s*(?:[.;:,]|$|(?:in|on|at|by|the\s+next|last|this|during|earlier|later|(?:\w+\s+)?(?:days?|weeks?|months?)\s+(?:later|after))\b)/.test(
    after,
  );
  let thing: string | undefined;
  if (passive) {
    // The clause's subject: back to a list's label, a semicolon or the sentence's start.
    // ("Harbor Cooperation Memorandum: signed on Tuesday …": a list's label names it.)
    const parts = before.split(/[;:]|\s\u2014\s|\s-\s/);
    thing = (parts.at(-1)!.trim() || parts.at(-2) || '').replace(/\s*,?\s*(?:was|were|is|are|has\s+been|have\s+been|had\s+been)?\s*$/, '').trim();
    if (thing.split(/\s+/).length > 8 || /,/.test(thing)) return undefined;
  } else {
    const rest = after.replace(/^\s+/, '');
    const stop = rest.search(THING_END);
    thing = (stop < 0 ? rest : rest.slice(0, stop)).trim();
    // "signed the second agreement, a pact to swap nurses": the appositive names it.
    const named = /^,\s+(a|an)\s+([^,.;]+?)(?=\s+(?:for|that|which|with|in|at|on|under)\b|[,.;]|$)/.exec(rest.slice(stop));
    if (named && onlyOrder(thing)) thing = `${named[1]} ${named[2]}`;
  }
  if (!thing || thing.split(/\s+/).length > 12 || onlyOrder(thing)) return undefined;
  return /^\p{L}/u.test(thing) && hasSense(headNoun(thing), 'noun') ? thing.replace(/^(?:The|A|An)\s/, (d) => d.toLowerCase()) : undefined;
}

/** Does a phrase name its thing only by an order or a number ("the first document", "it")? */
function onlyOrder(thing: string): boolean {
  const ws = thing.split(/\s+/).filter((w) => !DETERMINER.test(w));
  return !ws.length || ONLY_ORDER.test(ws[0]!) || ws.every((w) => /^(?:agreements?|documents?|deals?|ones?|of)$/i.test(w));
}

/** The noun a phrase is about: "pact" of "a pact to swap nurses", "letter" of "a letter of intent". */
function headNoun(thing: string): string {
  return thing
    .split(/\s+(?:to|of|for|with|in|on|that|which)\s/)[0]!
    .split(/\s+/)
    .pop()!
    .toLowerCase();
}
