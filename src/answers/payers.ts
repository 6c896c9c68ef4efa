import { HEAD_OFFICES } from '../knowledge/lexicon.ts';
import { fold, isStopWord, stem, words } from '../text.ts';
import { isKindOf } from '../knowledge/wordnet.ts';
import { quoteSpans } from '../knowledge/quotes.ts';
import { namedInFull } from '../knowledge/people.ts';
import type { Sentence } from '../corpus/types.ts';
import type { Answer } from './types.ts';
import { listing, stated } from './compose.ts';
import { isRetracted, retrievalText, supportingRanked, type Scope } from './scope.ts';

// "Who paid for the trip?": news prose tells who pays in a few shapes, often several payers in a row
// ("The city paid $38,900 … The fund paid $54,200 … The companies covered the rest."). Each payer is
// the subject of a paying verb or the agent after "by"; the answer lists them all, with the sentences.

/** The verbs of paying a question may use (after the idioms are read: "footing the bill" is "paying"). */
export const PAYING = /^(?:pay|pays|paid|paying|fund|funds|funded|funding|cover|covers|covered|covering|finance[ds]?|financing|sponsor(?:s|ed|ing)?)$/i;

/** A question about what was paid ("how much is X paying", "what did it cost"). */
export const ASKS_PAYMENT = /\b(?:pay|pays|paid|paying|cost|costs|costing|spend|spends|spent|spending)\b/i;
/** A sentence that tells a sum paid or spent (not any sum: "trade worth $11.4 billion" is none). */
export const STATES_PAYMENT =
  /\b(?:pa(?:y|ys|id|ying)|cost(?:s|ing)?|spen[dt]\w*|fund(?:s|ed|ing)?|cover(?:s|ed|ing)?|budget\w*|price[sd]?|fees?|fares?|airfare|expenses?|bill)\b|\bpick(?:ed|s)?\s+up(?=\s+\$)/i;

const ACTIVE =
  /\b(?:is|are|was|were|has|have|had|will)?\s*(?:been\s+)?(?:paying|paid|pays|pay|covering|covered|covers|cover|funding|funded|funds|financing|financed|finances|underwriting|underwrote|sponsoring|sponsored|sponsors|spent|spends|spending|(?:picked|picks|picking)\s+up(?=\s+(?:\$|the\s+(?:tab|bill|cost|rest)\b))|(?:put|puts|putting|contributed?|contributes|contributing|donated?|donates|donating|gave|gives|giving|chipped\s+in|chips\s+in|chipping\s+in)(?=\s+(?:about\s+|nearly\s+|another\s+)?\$))\b/i;
const PASSIVE =
  /(?:\b|(?=\$))(?:(?:paid(?:\s+for)?|covered|funded|financed|underwritten|sponsored|bankrolled)\s+(?:by|with(?=\s+[\w-]+\s+(?:money|funds)\b))|(?:money|cost|costs|bill|funds?|it|\$[\d,.]+(?:\s+(?:million|billion))?)\s+(?:will\s+|would\s+)?(?:come|comes|came)\s+(?:out\s+of|from))\s+((?:the\s+)?(?:[^,.;"“”]|[,.](?=\d))+?)(?=\s*(?:,(?!\d)|\.(?!\d)|;|$|\s+not\b|\s+and\s+(?:not|the\s+rest)\b|\s+with\b|\s+through\b))/i;
/** What a trip's bill is made of: a paying verb about anything else ("fund another trip" in a quote, "pay raises") is not it. */
const COSTS =
  /(?:\$\d|\b(?:money|trip|travel|traveler|flights?|airfare|hotels?|meals|costs?|expenses|rest|remainder|balance|everything\s+else|way|it|delegation|mission|visit|bill|(?:full|whole|entire)\s+(?:amount|sum|total|tab)))/i;
const NOT_A_PAYER = /^(?:he|she|it|they|we|i|you|who|which|that|this|residents|taxpayers?\s+will|(?:each|all|both|some|most|many)\s+of\s+(?:them|us|those))$/i;

const GIVEN_TO_COVER =
  /^(?:[^,;]*?,\s+)?((?:the\s+)?\p{Lu}[^,;]*?)\s+(?:has\s+|have\s+|had\s+|will\s+|is\s+|are\s+)?(?:awarded|awarding|gave|given|giving|granted|granting|provided|providing|donated|donating|contributed|contributing|put\s+up|set\s+aside)\s+[^;]{0,80}?\bto\s+(?:cover|pay\s+for|fund|finance|defray)\b/u;

// The trip as a whole, which all its payers paid for (not a part of it: "the mayor's own hotel").
const WHOLE_TRIP = /^(?:trips?|travels?|visits?|missions?|journeys?|tours?|junkets?|jaunts?|excursions?|delegations?)$/i;

// "the governor's trip", "the mayor's junket": whose trip, by office.
const OFFICE_ASKED = new RegExp(`\\bthe\\s+(${HEAD_OFFICES})['\u2019]s\\b`, 'i');

/** A trip's words: what a payer of "the trip" pays for. Anything else paid for must be in the payer's sentence. */
const TRIP =
  /^(?:trip|trips|travel|travels|visit|mission|journey|tour|junket|jaunt|excursion|outing|delegation|flights?|airfare|hotels?|meals|way|costs?|expenses|bill)$/i;

/**
 * The payers the articles name for what the question asks about, or undefined when they name none;
 * with `sources`, only where the money comes from ("will come out of the hotel tax fund").
 */
export function payers(s: Scope, sources = false): Answer | undefined {
  const found = payersFound(s, sources);
  return found ? listed(ownPart(s, found).map((f) => ({ ...f, payer: bodyNamed(f.payer, f.sentence) }))) : undefined;
}

/**
 * "Who paid for the mayor's own hotel?": of several payers, the one whose sentence holds most of what
 * the question says of the part paid for (its words, and the one it belongs to by name or office),
 * when one holds clearly more than the rest.
 */
function ownPart(s: Scope, found: { payer: string; sentence: Sentence }[]): { payer: string; sentence: Sentence }[] {
  const sentences = [...new Set(found.map((f) => f.sentence))];
  const part = /\bfor\s+(.+)$/.exec(s.q.about ?? '')?.[1];
  // ("who paid for Fenwick's trip to Ostrel": the whole trip, all its payers.)
  const head =
    part
      ?.split(/\s+(?:to|in|at|of|from|on|with)\s+/)[0]
      ?.split(/\s+/)
      .pop() ?? '';
  if (sentences.length < 2 || !part || WHOLE_TRIP.test(head)) return found;
  const asked = new Set(
    [...words(part), ...s.named.flatMap((p) => p.roles.flatMap((r) => words(r.role)))]
      .map((w) => stem(w.replace(/['\u2019]s$/, '')))
      .filter((w) => !isStopWord(w)),
  );
  const held = (x: Sentence) => [...new Set(words(x.text).map((w) => stem(w.replace(/['\u2019]s$/, ''))))].filter((w) => asked.has(w)).length;
  const scored = sentences.map((x) => ({ x, n: held(x) })).sort((a, b) => b.n - a.n);
  if (scored[0]!.n < 2 || scored[0]!.n <= scored[1]!.n) return found;
  return found.filter((f) => f.sentence === scored[0]!.x);
}

/** "The partnership covered …": the body the story named before by a name ending in that noun ("the Vessby Regional Partnership"). */
function bodyNamed(payer: string, sentence: Sentence): string {
  const noun = /^the\s+(\p{Ll}+)$/iu.exec(payer.trim())?.[1];
  if (!noun) return payer;
  const before = sentence.paragraph.article.paragraphs
    .filter((p) => p.order <= sentence.paragraph.order)
    .map((p) => (p === sentence.paragraph ? p.text.slice(0, sentence.start) : p.text))
    .join(' ');
  const full = namedInFull(noun, before);
  return full ? `the ${full}` : payer;
}

/** The payers of the first story nearest the question that names any, each with the sentence naming it. */
export function payersFound(s: Scope, sources = false): { payer: string; sentence: Sentence }[] | undefined {
  const text = retrievalText(s).replace(/\b(?:pay|pays|paid|paying|fund\w*|cover\w*|financ\w*|sponsor\w*)\b/gi, ' ');
  // "who paid for the dinner in Hanoi": the thing paid for, when it is not the trip, must be in the sentence.
  // (Its head noun: "junket" of "the mayor's Norway junket", "dinner" of "the dinner in Hanoi".)
  const phrase = /\bfor\s+(.+?)(?=\s+(?:in|at|on|to|of|with|from|during|while|when|last|this|next|and|or|but)\b|,|[?.!]*$)/u.exec(s.q.about ?? '')?.[1];
  const object = phrase
    ?.split(/\s+/)
    .filter((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !/^(?:the|a|an|his|her|their|its|our|my|your|whole|entire)$/.test(w))
    .pop();
  // ("the officials' share of the Korea trip": a part of the trip is the trip's to pay.)
  const partOfTrip =
    /\b(?:share|portion|part|side)\s+of\s+(?:the|their|his|her|its)\s+(?:[\p{L}-]+\s+)?(?:trip|travel|visit|mission|journey|tour|junket)\b/iu.test(
      s.q.about ?? '',
    );
  const thing = object && !TRIP.test(object) && !partOfTrip ? object : undefined;
  // The articles nearest the question, best first: the first that names a payer answers.
  // (Or, worded in words the articles never use, "the governor's European junket", the stories of the
  // one who holds the office it names.)
  const near = [...new Set(supportingRanked(s, text, 0.3).map((x) => x.item.paragraph.article))];
  const office = OFFICE_ASKED.exec(s.q.text)?.[1]?.toLowerCase();
  const byOffice = office
    ? [...new Set(supportingRanked(s, text, 0.1).map((x) => x.item.paragraph.article))].filter((a) =>
        s.ctx.knowledge.subjectOf(a)?.roles.some((r) => new RegExp(`\\b${office}\\b`, 'i').test(r.role.replace(/\bGov\./, 'Governor'))),
      )
    : [];
  const articles = (near.length ? near : byOffice).slice(0, 4);
  for (const article of articles) {
    const found: { payer: string; sentence: Sentence }[] = [];
    for (const paragraph of article.paragraphs) {
      const spans = quoteSpans(paragraph.text);
      for (const sentence of paragraph.sentences) {
        // (Not a quote, nor a reader's question: "Did city taxes pay for this trip?")
        // ("If the trust had not paid, I would not …," she said: a quote's second sentence.)
        const quoted = spans.some((q) => sentence.start > q.start && sentence.start < q.end);
        if (/^["“]/.test(sentence.text.trim()) || quoted || /\?\W*$/.test(sentence.text) || isRetracted(sentence)) continue;
        // (Or a kind of it: "the reception after the signing" answers "the party after the signing".)
        // (Its paragraph up to the sentence may name it: "Students on the exchange pay tuition at home … Staff
        // travel is covered by a grant" pays for the exchange.)
        const before = paragraph.text.slice(0, sentence.start + sentence.text.length);
        if (thing && !new RegExp(`\\b${thing}`, 'i').test(before) && !words(sentence.text).some((w) => w.length > 3 && isKindOf(w, thing, 'noun', 4, 2)))
          continue;
        // ("Norrvik will pay for eight fellowships": something else paid for is no payer of the trip.)
        const paidFor =
          /\b(?:pay|pays|paid|paying)\s+for\s+(?:[\d,]+\s+|(?:the|its|their|all|new|his|her)\s+)?(?:\p{L}+['\u2019]s\s+)?(?:own\s+)?(\p{Ll}+)/u.exec(
            sentence.text,
          )?.[1];
        if (!thing && paidFor && !isStopWord(paidFor) && !TRIP.test(paidFor) && !COSTS.test(paidFor)) continue;
        for (const payer of payersIn(sentence.text, sources)) {
          // ("the city's hotel tax fund" and "the hotel tax fund" are one.)
          const bare = (x: string) => fold(x).replace(/^the\s+/, '');
          if (!found.some((f) => bare(f.payer).endsWith(bare(payer)) || bare(payer).endsWith(bare(f.payer)))) found.push({ payer, sentence });
        }
      }
    }
    if (found.length) return found;
  }
  return undefined;
}

function listed(found: { payer: string; sentence: Sentence }[]): Answer {
  // A subject opened its sentence ("The city paid …"): in a list it reads "the city".
  const names = found.map((f) => f.payer.replace(/^The\b/, 'the').replace(/^\p{Lu}(?=\p{Ll}+\s+\p{Ll})/u, (c) => c.toLowerCase()));
  const support = [...new Set(found.map((f) => f.sentence))];
  const title = listing(names).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return stated(title, `${title}.\n${support.map((x) => x.text).join('\n')}`, support);
}

/** The payers one sentence names: subjects of paying verbs, clause by clause, and agents after "by". */
export function payersIn(text: string, sources = false): string[] {
  const out: string[] = [];
  const passive = PASSIVE.exec(text);
  if (passive && COSTS.test(text.slice(0, passive.index + passive[0].length)) && (!sources || /\b(?:come|comes|came)\b/i.test(passive[0])))
    out.push(passive[1]!.trim());
  if (sources) return out;
  // "The trust has awarded a grant of $88,000 to cover flights": who gives the money pays.
  const given = GIVEN_TO_COVER.exec(text);
  if (given && given[1]!.split(/\s+/).length <= 9 && !NOT_A_PAYER.test(given[1]!)) out.push(given[1]!.trim());
  // Clauses: "…, and the Port of Tacoma is paying for its own commissioners"; "…; the State Highway Patrol covered travel …".
  for (const whole of text.split(/[;:]\s+|,\s+(?:and|but|while)\s+|\.\s+/)) {
    // "The governor's office said the Cornhusker Growth Foundation … covered": the one said to pay.
    const clause = whole.replace(/^.*?\b(?:said|says|reported|reports|announced)\s+(?:that\s+)?/i, '');
    // A participle in an appositive ("a nonprofit funded by private donors") is not the clause's verb.
    // (Nor one set off by a comma, "the public part of the visit, covering fares and rooms, came to …".)
    const verb = [...clause.matchAll(new RegExp(ACTIVE.source, 'gi'))].find(
      (m) => !/^\s+by\b/i.test(clause.slice(m.index + m[0].length)) && !(/^\s*\p{Ll}+ing\b/u.test(m[0]) && /,\s*$/.test(clause.slice(0, m.index))),
    );
    if (!verb || verb.index === 0) continue;
    // ("The reception cost $9,800, and the chamber paid for that too": "that" is the cost told before it.)
    const after = clause.slice(verb.index + verb[0].length, verb.index + verb[0].length + 60);
    // ("the visit paid for itself in one dinner": was worth it, no one paid.)
    if (/^\s+(?:for\s+(?:itself|themselves|himself|herself)|off)\b/i.test(after)) continue;
    const told = /^\s+for\s+(?:that|this|those|them)\b/i.test(after) && COSTS.test(text.slice(0, text.indexOf(clause)));
    if (!COSTS.test(after) && !told) continue;
    // The subject: the clause up to the verb, less an appositive ("The fund, a nonprofit backed by donors, paid").
    let subject = clause.slice(0, verb.index).trim();
    subject = subject.replace(/,\s+[^,]*,?$/, '').trim();
    // ("Councilor Ada Lind joined us and paid her own way": the one named before the first verb.)
    subject = subject.replace(/\s+\p{Ll}+(?:\s+(?:us|them|him|her|it))?\s+and$/u, '').trim();
    // "The county's part, some $9,000, goes to hotels": the county pays it.
    subject = subject.replace(/^(.+?)['\u2019]s?\s+(?:share|portion|part)\b.*$/i, '$1');
    // ("Two aides will be paid for": a passive's subject is what is paid for.)
    if (/\b(?:is|are|was|were|be|been|being)\s*$/i.test(clause.slice(0, verb.index)) && !/^\s*(?:is|are|was|were)\b/i.test(verb[0])) continue;
    // ("Its staff did not use school money": a subject with a verb of its own is none.)
    // ("According to numbers the city issued": whose account, not who paid.)
    if (/\b(?:by|when|if|before|after|said|says|that|who|which|not|never|did|does|do|according)\b/i.test(subject) || /["“”]/.test(subject)) continue;
    if (NOT_A_PAYER.test(subject) || subject.split(/\s+/).length > 9 || !/\p{L}/u.test(subject)) continue;
    out.push(subject);
  }
  return out;
}
