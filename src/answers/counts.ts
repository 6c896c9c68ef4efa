import { RETURN_TRIP, TRIP_NOUN } from '../knowledge/lexicon.ts';
import type { Answer } from './types.ts';
import type { Person } from '../knowledge/people.ts';
import type { QueryTerm, Retriever } from '../search/retriever.ts';
import { tag } from './tagger.ts';
import { hasSense, isKindOf, synonyms } from '../knowledge/wordnet.ts';
import { neighbours } from '../knowledge/vectors.ts';
import { echo, fold, isStopWord, stem, words } from '../text.ts';
import { disagreement, evidenceOf, listing, sameFact, stated, unsupported } from './compose.ts';
import { countedByHiring, countOf, findVerb, moneyIn, shareIn } from './extract.ts';
import type { Sentence } from '../corpus/types.ts';
import { duration, intervalAnswer, intervalParts } from './interval.ts';
import { personAnswer } from './people-answers.ts';
import { visitedPlaces } from './places-answers.ts';
import { describedPeople, entityTerms, isRetracted, PUT_PLAIN, PUT_RIGHT, retrievalText, supporting, type Scope } from './scope.ts';
import { CONTEXT_MARK } from '../search/article-index.ts';
import { analyzeQuestion } from './question.ts';
import { ASKS_PAYMENT, payersIn, STATES_PAYMENT } from './payers.ts';

// How-many and how-much questions: the number a sentence gives with its noun ("80 domestic business
// leaders", "a 31-member delegation"), the places or people counted and named, money and shares,
// and lengths of time, which are answered as durations.

// "how many people in the delegation were not city officials", "… other than staff": a whole less a part.
const EXCLUDING =
  /\s+(?:(?:were|are|was|is)\s+not|weren['\u2019]?t|aren['\u2019]?t)\s+(.+)$|[,\s]+(?:other\s+than|besides|excluding|except(?:\s+for)?|apart\s+from|not\s+counting)\s+(.+)$/i;

const SMALL_NUMBERS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');
// A small count and the up to five words it counts: "9 city officials and staff".
const COUNTED_PART = new RegExp(`\\b(\\d+|${SMALL_NUMBERS.join('|')})\\s+((?:[\\p{L}-]+\\s+){0,4}[\\p{L}-]+)`, 'giu');
const countValue = (n: string) => (/^\d+$/.test(n) ? Number(n) : SMALL_NUMBERS.indexOf(n.toLowerCase()));

/**
 * The whole the question counts, less the part it leaves out, when the whole's article counts that
 * part ("Delegation: 23 (9 city officials and staff, …)"); else a refusal, never the whole.
 */
function wholeLessPart(s: Scope, asked: string, part: string): Answer {
  // "how many people in the delegation": "how many people were in the delegation".
  const whole = number({ ...s, q: analyzeQuestion(asked.replace(/^(how\s+many\s+[\p{L}-]+)\s+(?=(?:in|on|with|from)\s)/iu, '$1 were ')) });
  const total = whole.answered ? countValue(/\d+|[a-z]+/i.exec(whole.title)?.[0] ?? '') : -1;
  const partStems = words(part)
    .filter((w) => !isStopWord(w) && !/^(?:or|and|the)$/.test(w))
    .map(stem);
  const evidence = whole.answered ? evidenceOf(whole)[0] : undefined;
  if (evidence && total > 0 && partStems.length) {
    const sentences = evidence.paragraph.article.paragraphs.flatMap((p) => p.sentences);
    for (const sentence of sentences) {
      for (const m of sentence.text.matchAll(COUNTED_PART)) {
        const n = countValue(m[1]!);
        const counted = new Set(words(m[2]!).map(stem));
        if (n <= 0 || n >= total || !partStems.every((t) => counted.has(t))) continue;
        const left = `${total - n}`;
        return stated(left, `${left}: ${total} in all, less ${n} ${m[2]}`, sentence === evidence ? [evidence] : [evidence, sentence]);
      }
    }
  }
  return unsupported(s.ctx, `how many: the articles give no count of ${echo(part, 60)} to take away`, evidence);
}

/** "Sixty new posts.": a short sentence with no verb of its own. */
function isFragment(text: string): boolean {
  return words(text).length <= 8 && !tag(text).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** The counted nouns' own stems, without other words for them. */
// "will put $26 million into an assembly plant": a sum invested.
const PUT_INTO = /\b(?:put|puts|putting|pour|pours|poured|pouring|sink|sinks|sank|sinking)\s+(\$[\d,.]*\d(?:\s+(?:million|billion))?)\s+(?:into|in)\b/i;

/** Does a sentence name all the question names, if only by a pronoun that refers back to them ("they'll hire 140 people")? */
function namesAllOf(s: Scope): (x: Sentence) => boolean {
  const r = s.ctx.knowledge.retriever;
  const asked = entityTerms(r, retrievalText(s));
  return (x) => {
    const have = r.termsOfSentence(x);
    return asked.length > 0 && asked.every((forms) => forms.some((f) => have.has(f) || have.has(`${CONTEXT_MARK}${f}`)));
  };
}

function ownStems(focus: string): Set<string> {
  return new Set(
    words(focus)
      .filter((w) => !/^(?:many|much|the|a|an|and|or|of)$/.test(w))
      .map(stem),
  );
}

/** The counted nouns' stems: "officials and business owners" counts officials as well as owners. */
function focusStems(focus: string, r?: Retriever): Set<string> {
  const ws = words(focus).filter((w) => !/^(?:many|much|the|a|an|and|or|of)$/.test(w));
  const out = new Set(ws.map(stem));
  // "deals" are counted as the articles say them ("two agreements"), where the noun itself is absent.
  const head = ws[ws.length - 1];
  if (r && head && !r.knows(stem(head))) for (const other of synonyms(head, 'noun', 2)) if (!other.includes(' ') && r.knows(stem(other))) out.add(stem(other));
  return out;
}

/** Words near the counted noun by their vectors that the articles use ("teachers" for "educators"), when no other count is found. */
function nearStems(focus: string, r: Retriever): Set<string> {
  const head = words(focus).pop();
  const near = head && head.length >= 4 ? neighbours(head, 0.7, 10).map((n) => stem(n.word)) : [];
  return new Set(near.filter((t) => t !== stem(head ?? '') && r.knows(t)));
}

/** Nouns of the sentences that the asked noun is a kind of, no broader than a kind of person ("leaders" for "executives"). */
function broaderStems(head: string, sentences: Sentence[]): Set<string> {
  const one = head.replace(/s$/, '').toLowerCase();
  const out = new Set<string>();
  for (const sentence of sentences.slice(0, 5))
    for (const w of words(sentence.text)) {
      const noun = w.replace(/s$/, '');
      if (noun.length >= 4 && noun !== one && !/^(?:people|person|persons|individual|group)$/.test(noun) && isKindOf(one, noun, 'noun', 4, 2)) out.add(stem(w));
    }
  return out;
}

/** How many or how much: a count, a sum of money or a share, people counted by office, or days between events. */
// A person's pay asked: "how much does she get paid", "what does the mayor earn", "her salary".
const SALARY_ASKED =
  /\b(?:how\s+much|what)\s+(?:does|do|did|is|was|will)\s+(?:the\s+)?[\p{L}'\u2019 .-]{2,40}?\s+(?:get\s+paid|earn|make\s+(?:a|per|each)\s+(?:year|month)|paid)\s*(?:a\s+year|per\s+year|annually)?\s*\??$|\bsalary\b|\bwages?\b|\bannual\s+pay\b/iu;
const SALARY_TOLD = /\b(?:salary|salaries|earns?|earned|wages?|a\s+year\b|per\s+year|annual(?:ly)?|a\s+month\b|per\s+month|an\s+hour\b|per\s+hour)/i;

export function number(s: Scope): Answer {
  const { q, ctx } = s;
  const interval = intervalParts(q.text);
  if (interval) return intervalAnswer(s, interval);
  const excluding = EXCLUDING.exec(q.text);
  if (excluding) return wholeLessPart(s, q.text.slice(0, excluding.index).trim(), excluding[1] ?? excluding[2]!);
  // "how many days will the trip last": a length of time, not a count of things.
  if (/^(?:days?|weeks?|months?|years?|decades?)$/i.test(q.focus ?? '')) {
    const long = duration(s);
    if (long.answered) return long;
  }
  // "how much does the mayor get paid": a salary, which only a sentence of pay by the year or the month tells
  // (what a trip cost, "paid by the foundation", is not it).
  if (SALARY_ASKED.test(q.text)) {
    const near = supporting(s, retrievalText(s), 0.3);
    if (!near.some((x) => SALARY_TOLD.test(x.text) && /\d/.test(x.text)))
      return unsupported(ctx, `anyone's salary or wage, which “${echo(q.text, 60)}” asks for`, near[0]);
  }
  // (The hosts' "return delegation … with about a dozen companies" is another trip, unless one is asked about.)
  const otherTrip = (x: Sentence) => RETURN_TRIP.test(x.text) && !/\breturn\b/i.test(q.text);
  const candidates = supporting(s, retrievalText(s), 0.4)
    .filter((x) => !otherTrip(x))
    .slice(0, 12);
  // "How much is the state paying for the trip": a sum paid or spent, not any sum near the words ("trade worth $11.4 billion").
  const paying = ASKS_PAYMENT.test(q.text);
  if (q.focus === 'money') {
    // "how much did the trip cost altogether": the story's total ("Total — Amount: $20,360", "cost
    // $6,400 in all").
    // (Not what one payer gave in all: "how much did the city pay in total".)
    const total =
      TOTAL_ASKED.test(q.text) && /\bcosts?\b/i.test(q.text) && !/\b(?:pa(?:y|ys|id|ying)|spen[dt]\w*|cover\w*|contribut\w*)\b/i.test(q.text)
        ? totalIn(s, candidates)
        : undefined;
    if (total) return total;
    // ("what will the upgrade cost": "the $3.2 million cold-storage upgrade" gives its price.)
    const head = /\b(?:will|would|does|did|is|was)\s+(?:the\s+)?(.+?)\s+cost\b/i
      .exec(q.about ?? '')?.[1]
      ?.split(/\s+(?:at|in|of|for|on)\s+/)[0]
      ?.split(/\s+/)
      .pop()
      ?.replace(/[^\p{L}\p{N}-]/gu, '');
    const priced = (text: string) => Boolean(head && new RegExp(`\\$[\\d,.]+(?:\\s+(?:million|billion))?\\s+(?:[\\p{L}-]+\\s+){0,3}${head}`, 'iu').test(text));
    for (const sentence of paying ? payerFirst(s, candidates) : candidates) {
      // (A note's "The right amount is …" stands for the claim it puts right.)
      if (paying && !STATES_PAYMENT.test(sentence.text) && !priced(sentence.text) && !PUT_RIGHT.test(sentence.text) && !PUT_PLAIN.test(sentence.text)) continue;
      // "An earlier version of this story said the port paid $64,100": a figure withdrawn.
      if (isRetracted(sentence)) continue;
      const money = moneyIn(sentence.text);
      // ("Taxpayers covered the rest: $6,300 for the aide and $12,900 for the harbor staff. That brings the
      // public share to $19,200.": sums the next sentence adds up, when the question picks none of them.)
      const added = money ? sumOfParts(s, sentence) : undefined;
      if (added) return stated(added.sum, added.sum, [sentence, added.next]);
      if (money) return stated(money, money, [sentence]);
    }
    // "… Vantaa Grid announced that it will open a plant … The company plans to invest $88 million":
    // the sum in the next sentence, which goes on about the one named and holds the question's verb.
    const verb = q.about
      ? words(q.about).find((w) => /^\p{Ll}/u.test(w) && !isStopWord(w) && hasSense(w, 'verb') && !/^(?:is|are|was|were|be)$/.test(w))
      : undefined;
    for (const sentence of candidates) {
      const next = sentence.paragraph.sentences[sentence.paragraph.sentences.indexOf(sentence) + 1];
      const money = next && GOES_ON.test(next.text) && verb && findVerb(next.text, verb) ? moneyIn(next.text) : undefined;
      if (money && !(paying && !STATES_PAYMENT.test(next!.text))) return stated(money, money, [next!]);
    }
    // "how much did the trip cost the public": "the public portion came to $12,000", a sum beside the one word
    // that tells whose cost is asked, in the story the question points to.
    const whose = retrievalText(s)
      .split(/\s+/)
      .filter((w) => /^(?:public|taxpayers?|city|county|state|port|chamber|foundation|donors?|businesses|companies)$/i.test(w));
    const story = (candidates[0] ?? supporting(s, retrievalText(s), 0.25)[0])?.paragraph.article;
    if (story && whose.length === 1 && !/\b(?:worth|invest\w*|raise[ds]?)\b/i.test(q.text)) {
      // (Or, asked what a trip cost one payer, "The city paid $58,400, which covered …": what that one paid.)
      const paid = TRIP_NOUN.test(q.text) ? '|\\s+(?:paid|spent|covered|contributed|put\\s+up)' : '';
      const beside = new RegExp(
        `\\b${whose[0]}(?:(?:['\u2019]s)?\\s+(?:share|cost|part|portion|bill|tab)\\s+(?:was|is|came\\s+to|comes\\s+to|totals?|totaled)${paid})\\s+(?:about\\s+|roughly\\s+|nearly\\s+|almost\\s+)?(\\$[\\d,.]+(?:\\s+(?:million|billion))?)`,
        'i',
      );
      for (const sentence of story.paragraphs.flatMap((p) => p.sentences)) {
        const sum = beside.exec(sentence.text)?.[1]?.replace(/[.,]+$/, '');
        if (sum && !isRetracted(sentence)) return stated(sum, sum, [sentence]);
      }
    }
    // "how much will Arden Marine invest": "they'll put $26 million into a plant", in a sentence that
    // names (or refers back to) all the question names.
    if (/\binvest\w*\b/i.test(q.text)) {
      const namesAll = namesAllOf(s);
      for (const sentence of supporting(s, retrievalText(s), 0.1).filter(namesAll)) {
        const put = PUT_INTO.exec(sentence.text)?.[1];
        if (put && !isRetracted(sentence)) return stated(put, put, [sentence]);
      }
    }
    return unsupported(ctx, `how much ${echo(q.about ?? '', 60)}`, candidates[0]);
  }
  if (q.focus === 'amount') {
    for (const sentence of candidates) {
      if (paying && !STATES_PAYMENT.test(sentence.text)) continue;
      if (isRetracted(sentence)) continue;
      const amount = shareIn(sentence.text) ?? moneyIn(sentence.text);
      if (amount) return stated(amount, amount, [sentence]);
    }
    return unsupported(ctx, `how much ${echo(q.about ?? '', 60)}`, candidates[0]);
  }
  // "how many cities did Breed visit": the places the articles say she went to, counted and named.
  const head = (q.focus ?? '').split(/\s+/).pop()?.toLowerCase() ?? '';
  const who = s.named[0] ?? s.referent;
  if (
    who &&
    /\b(?:visit|visited|go|went|travel|traveled|travelled|tour|toured|stop|stopped)\b/i.test(q.about ?? '') &&
    (isKindOf(head, 'city', 'noun', 2, 1) || isKindOf(head, 'location', 'noun', 8, 1))
  ) {
    const places = visitedPlaces({ ...s, named: [who], q: { ...q, order: undefined } }, head);
    if (places.answered) {
      const names = places.title.split(/, | and /);
      return stated(
        places.title,
        `${names.length} ${names.length === 1 ? head.replace(/ies$/, 'y').replace(/s$/, '') : head}: ${places.title}`,
        evidenceOf(places),
      );
    }
  }
  const stems = focusStems(q.focus ?? '', ctx.knowledge.retriever);
  // Whether the noun asked about names people ("execs", "kids") or things ("businesses").
  const asksPeople = head
    ? /^(?:people|ppl|persons?)$/.test(head) || isKindOf(head.replace(/s$/, ''), 'person', 'noun', 10, 1) || isKindOf(head, 'person', 'noun', 10, 1)
    : undefined;
  // "how many business leaders did Breed meet": a number the articles state with the noun, in a
  // sentence about her, before any count of the people the articles name.
  const own = ownStems(q.focus ?? '');
  const statedCount = who
    ? candidates
        .map((x) => ({ x, count: countOf(x.text, own, asksPeople) }))
        .find((c) => c.count && (ctx.knowledge.mentions.get(c.x) ?? []).some((m) => m.person === who))
    : undefined;
  const size = groupSize(s, candidates);
  if (size) return size;
  const inLineUp = countInLineUp(s, candidates, stems, asksPeople);
  if (inLineUp) return inLineUp;
  if (statedCount) return stated(statedCount.count!, statedCount.count!, [statedCount.x]);
  // "how many officials did Vargas meet": the people she met who hold such an office, counted and named.
  const met = who && q.about ? countedPeople(s, head) : undefined;
  if (met) return met;
  // ("people" is asked of workers, staff or delegates, whatever word the articles use.)
  // (Searched for only when needed: a vector search costs milliseconds for each new noun.)
  let near: Set<string> | undefined;
  const nearOf = () => (near ??= nearStems(q.focus ?? '', ctx.knowledge.retriever));
  const knows = (t: string) => ctx.knowledge.retriever.knows(t);
  // ("how many jobs": a story may tell only of the workers it will hire.)
  const hiring = /^(?:jobs?|positions?|posts?)$/i.test(head) && ['hire', 'employ', 'recruit'].some((v) => knows(stem(v)));
  // ("how many kids were in the student group": people the question calls otherwise, by the word it also uses.)
  // (Only a kind of person that names the group asked about, "student group", "teacher delegation".)
  if (asksPeople && !/^(?:people|persons|ppl|folks?)$/i.test(head) && ![...stems].some(knows) && ![...nearOf()].some(knows)) {
    const other = [...q.text.matchAll(/\b(\p{L}+)\s+(?:group|delegation|party|team|class|contingent|cohort)\b/giu)]
      .map((m) => m[1]!)
      .find((w) => fold(w) !== fold(head) && !isStopWord(w) && knows(stem(w)) && isKindOf(w.replace(/s$/, '').toLowerCase(), 'person', 'noun', 10, 1));
    if (other) return number({ ...s, q: { ...q, focus: /s$/.test(other) ? other : `${other}s` } });
  }
  if (![...stems].some(knows) && ![...nearOf()].some(knows) && !/^(?:people|persons)$/i.test(head) && !hiring) {
    return unsupported(ctx, `how many ${echo(q.focus ?? '', 40)}: they never mention any`, candidates[0]);
  }
  // (A thing asked by a broader noun, "fruit", is counted by its kinds, "oranges".)
  const kind = !asksPeople && head && hasSense(head, 'noun') && !/s$/.test(head) ? head : undefined;
  const countsOf = (nouns: Set<string>) =>
    candidates.flatMap((sentence) => {
      const count = countOf(sentence.text, nouns, asksPeople, kind);
      return count ? [{ value: count, sentence }] : [];
    });
  let counts = countsOf(stems);
  // The count may stand in another sentence of the article the question points to ("19 local
  // companies" in the sentence about the delegation): the first one there that counts the noun.
  // (The story is the one the question points to even by fewer of its words: "… under the battery deal".)
  // (Or one that names all the question names, if only by a pronoun: "they'll … hire 140 people" after "Arden Marine builds …".)
  const namesAll = namesAllOf(s);
  const pointedTo = candidates[0] ?? supporting(s, retrievalText(s), 0.25)[0] ?? (hiring ? supporting(s, retrievalText(s), 0.1).find(namesAll) : undefined);
  if (!counts.length && pointedTo) {
    const article = pointedTo.paragraph.article;
    // It must also hold a word of the question that is neither the counted noun nor a name: "how
    // many people will X hire" is not answered by "a 28-member delegation".
    const r = ctx.knowledge.retriever;
    const own = new Set(words(q.focus ?? '').map(stem));
    const plainTerms = r.analyze(q.text.replace(/\b\p{Lu}[\p{L}'\u2019-]*/gu, ' ')).filter((t) => !own.has(t.term) && !/^(?:how|mani)$/.test(t.term));
    const plain = plainTerms.map((t) => t.term);
    // "how many delegates are on the trip": the trip is the story's, and no other word is asked.
    // (A word the story writes only in a name, "valley" of "Carrow Valley", is that name.)
    const body = article.paragraphs.map((p) => p.text).join('\n');
    const inName = (t: string) => {
      const asked = words(q.text).find((w) => stem(w) === t);
      const uses = asked ? [...body.matchAll(new RegExp(`\\b${asked}\\b`, 'gi'))] : [];
      return uses.length > 0 && uses.every((m) => /^\p{Lu}/u.test(m[0]));
    };
    const onTheTrip = plain.every((t) => (TRIP_WORD.test(t) && r.articleHas(article, t)) || GOING.test(t) || inName(t));
    // (A photo's caption too, when the question asks about the photo.)
    const photo = /\b(?:photo|photos|picture|pictures|pic|image|caption)\b/i.test(q.text);
    for (const sentence of article.paragraphs
      .filter((p) => p.kind === 'story' || (photo && p.kind === 'caption'))
      .flatMap((p) => p.sentences)
      // (Nor a claim a correction withdrew: "An earlier version said 420 jobs; the company's figure is 240.")
      .filter((x) => !otherTrip(x) && !isRetracted(x))) {
      const count = countOf(sentence.text, ownStems(q.focus ?? ''), asksPeople, kind);
      // (A caption's credit, "Photo: …", stands apart from its text: the caption is read whole.)
      // ("… opened a depot in Orley. Ninety jobs in all.": a fragment with no verb goes on with the sentence before.)
      const before = sentence.paragraph.sentences[sentence.paragraph.sentences.indexOf(sentence) - 1];
      // ("… will build a plant outside Tarsk. That's 90 jobs.": one that opens on "that" goes on with it too.)
      const goesOn = before && (isFragment(sentence.text) || /^(?:That|This|It)(?:['\u2019]s|\s+(?:is|was|means))\s/.test(sentence.text));
      const read = sentence.paragraph.kind === 'caption' ? sentence.paragraph.sentences : goesOn ? [sentence, before] : [sentence];
      const held = (t: QueryTerm) => read.some((x) => r.termsOfSentence(x).has(t.term));
      // (A hire of people counted for jobs says the question's verb itself: its names are enough.)
      if (count && (onTheTrip || plainTerms.some(held) || (hiring && countedByHiring(count) && namesAll(sentence)))) {
        counts = [{ value: count, sentence }];
        break;
      }
    }
  }
  // ("how many educators": "50 teachers", a word near the noun, when no sentence counts the noun itself.)
  if (!counts.length) counts = countsOf(nearOf());
  // ("how many executives": "80 business leaders", a broader word for them, in the sentences found.)
  if (!counts.length && head) counts = countsOf(broaderStems(head, candidates));
  // "how many people showed up at the Nairobi forum": a count in a sentence that holds more of the
  // question's other words ("about 260 came to the Orlen fair") before one that holds fewer ("the
  // delegation of 46 people … landed in Nairobi"), whatever their order in the ranking.
  {
    const r = ctx.knowledge.retriever;
    const focusTerms = new Set(r.analyze(q.focus ?? '').map((t) => t.term));
    const others = r
      .analyze(q.text)
      .map((t) => t.term)
      .filter((t) => !focusTerms.has(t) && !isStopWord(t) && !/^(?:how|mani|much)$/.test(t));
    const held = (c: { sentence: Sentence }) => others.filter((t) => r.termsOfSentence(c.sentence).has(t)).length;
    counts = counts
      .map((c, i) => ({ c, i, n: held(c) }))
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .map((x) => x.c);
  }
  // "how many members were in the delegation": "the 31-member delegation" names the group asked
  // about, where "six staff members" counts only some of it.
  const asked = new Set(words(q.text).map(stem));
  // The group may be asked for by a broader word: "how big was the group" of "the 34-member delegation".
  // (Not the counted noun: WordNet's "people" is a group too, and would name any group counted in people.)
  const broader = nounsOf(q.text).filter((w) => fold(w) !== fold(head));
  // ("14: members of the delegation", "the delegation of 34 business leaders": the group counted whole.)
  const whole = counts.find(
    (c) =>
      [...c.sentence.text.matchAll(SIZED_GROUP)].some((m) => asked.has(stem(m[2]!)) || namedBy(m[2]!, broader)) ||
      // (Only for the group's size: "how many officials and business owners" asks for those counted so.)
      (/^(?:people|persons|members|delegates)$/i.test(q.focus ?? '') &&
        [...c.sentence.text.matchAll(GROUP_OF)].some((m) => asked.has(stem((m[1] ?? m[2])!)) || namedBy((m[1] ?? m[2])!, broader))),
  );
  if (whole) counts = [whole, ...counts.filter((c) => c !== whole)];
  // "how many business people": a count of people of that kind, not of the whole delegation ("38 members").
  const kinds = words(q.focus ?? '').filter((w) => !isStopWord(w) && !/^(?:many|much)$/.test(w));
  if (kinds.length > 1 && /^(?:people|persons|members|folks)$/i.test(kinds[kinds.length - 1]!)) {
    const modifiers = kinds.slice(0, -1).map(stem);
    counts = counts.filter((c) => words(c.value).some((w) => modifiers.includes(stem(w))));
  }
  // ("how many jobs will the Ellery site add": workers to be hired count as jobs only where the
  // sentence names what the question names, not another company's plant in the same story.)
  if (/^(?:jobs?|positions?|posts?)$/i.test(head)) {
    const r = ctx.knowledge.retriever;
    const names = entityTerms(r, q.text);
    // (Named in its paragraph, "Brask … will open a mill there. The firm expects to … hire 60 people",
    // or in the story's lead, which sets its place: "ELMHURST, Nortland - …".)
    const lead = (x: Sentence) => x.paragraph.article.paragraphs.find((p) => p.kind === 'story' && p.sentences.length > 0 && /[.!?]["”]?$/.test(p.text));
    const holds = (x: Sentence, f: string) => [...x.paragraph.sentences, ...(lead(x)?.sentences.slice(0, 1) ?? [])].some((y) => r.termsOfSentence(y).has(f));
    counts = counts.filter((c) => !countedByHiring(c.value) || names.every((forms) => forms.some((f) => holds(c.sentence, f))));
  }
  const best = counts[0];
  if (best) {
    // One count per outlet; where another outlet gives another number, both are shown.
    const byOutlet = new Map(counts.reverse().map((c) => [c.sentence.paragraph.article.source, c]));
    byOutlet.set(best.sentence.paragraph.article.source, best);
    const differ = [...byOutlet.values()].filter((c) => c !== best && numberOf(c.value) !== numberOf(best.value) && sameFact(ctx, best.sentence, c.sentence));
    if (differ.length) return stated(best.value, `${best.value}\n${disagreement([best, ...differ])}`, [best.sentence, ...differ.map((d) => d.sentence)]);
    return stated(best.value, best.value, [best.sentence]);
  }
  return countedEvents(s) ?? unsupported(ctx, `how many ${echo(q.focus ?? '', 40)}`, candidates[0]);
}

/**
 * "how much did the society pay": the sentences whose words hold the payer asked about come
 * first ("The Twin Towns Society … paid $18,750" before "The city paid $41,350").
 */
const PUBLIC_ASKED = /^(?:the\s+)?(?:taxpayers?|public|tax\s*payers?|residents)$/i;
// A payer that is public money: "City funds", "the county's general fund", "state taxpayers".
const PUBLIC_PAYER =
  /\b(?:city|town|village|borough|county|state|province|public|municipal|federal|government|taxpayers?)\b(?:['\u2019]s)?(?:\s+\p{L}+)?\s*(?:funds?|money|budget|coffers|dollars|treasury)?/iu;

const TOTAL_ASKED = /\b(?:altogether|in\s+total|in\s+all|all\s+told|total|overall|all\s+in)\b/i;
const SUM = '(\\$[\\d,.]+(?:\\s+(?:million|billion))?)';
const TOTAL_TOLD = [
  new RegExp(`^[*_\\s]*total\\b[^$]{0,30}?${SUM}`, 'i'),
  new RegExp(
    `\\b(?:cost|costs|came\\s+to|comes\\s+to|totall?ed|totals)\\s+(?:about\\s+|nearly\\s+|roughly\\s+)?${SUM}\\s+(?:in\\s+all|in\\s+total|altogether|all\\s+told|overall)\\b`,
    'i',
  ),
  new RegExp(`\\b(?:total|overall)\\s+(?:cost|price|bill|spending)\\s+(?:of\\s+\\S+\\s+)?(?:was|is|came\\s+to|comes\\s+to|of)\\s+(?:about\\s+)?${SUM}`, 'i'),
];

// "That brings the public share to $19,200.", "That puts the total at $9,000.": the sums before, added up.
const ADDS_UP = new RegExp(
  `^(?:That|This|Which)\\s+(?:puts|put|brings|brought|makes|made|takes|took)\\s+(?:the\\s+)?(?:[\\p{L}'\u2019-]+\\s+){0,3}?(?:at|to)\\s+(?:about\\s+|roughly\\s+|nearly\\s+)?${SUM}`,
  'iu',
);

/** The sum the next sentence makes of a sentence's several sums, unless the question's own words pick one of them. */
function sumOfParts(s: Scope, sentence: Sentence): { sum: string; next: Sentence } | undefined {
  const sums = sentence.text.match(/\$[\d,.]+\d/g) ?? [];
  if (sums.length < 2) return undefined;
  const next = sentence.paragraph.sentences[sentence.paragraph.sentences.indexOf(sentence) + 1];
  const sum = next ? ADDS_UP.exec(next.text)?.[1] : undefined;
  if (!next || !sum) return undefined;
  // ("how much went to the aides": the part for them, after "for".)
  const parts = [...sentence.text.matchAll(/\$[\d,.]+\d\s+for\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/gu)].map((m) => m[1]!);
  const asked = new Set(words(s.q.text).map(stem));
  if (parts.some((part) => words(part).some((w) => !isStopWord(w) && asked.has(stem(w))))) return undefined;
  return { sum, next };
}

/** The total the story the question points to gives, as a total. */
function totalIn(s: Scope, candidates: Sentence[]): Answer | undefined {
  const story = (candidates[0] ?? supporting(s, retrievalText(s), 0.2)[0])?.paragraph.article;
  if (!story) return undefined;
  for (const sentence of story.paragraphs.flatMap((p) => p.sentences)) {
    if (isRetracted(sentence)) continue;
    const sum = TOTAL_TOLD.map((re) => re.exec(sentence.text)?.[1]).find(Boolean);
    if (sum) return stated(sum, sum, [sentence]);
  }
  return undefined;
}

function payerFirst(s: Scope, candidates: Sentence[]): Sentence[] {
  const r = s.ctx.knowledge.retriever;
  const subject =
    /^(?:(?:did|does|do|will|would|has|have|had|is|are|was|were)\s+)?(.+?)\s+(?:pay|paid|paying|spend|spent|spending|cover|covered|covering|fund|funded|funding)\b/i.exec(
      s.q.about ?? '',
    )?.[1];
  // "how much did taxpayers pay": public money, whichever fund or budget the story names.
  if (subject && PUBLIC_ASKED.test(subject)) {
    const story = candidates[0]?.paragraph.article ?? supporting(s, retrievalText(s), 0.2)[0]?.paragraph.article;
    const inStory = story ? story.paragraphs.flatMap((p) => p.sentences) : [];
    const publicPays = [...candidates, ...inStory].filter((x) => payersIn(x.text).some((p) => PUBLIC_PAYER.test(p)));
    return [...new Set([...publicPays, ...candidates])];
  }
  const terms = subject ? r.analyze(subject).filter((t) => !isStopWord(t.term)) : [];
  if (!terms.length) return candidates;
  const holds = (x: Sentence) => terms.every((t) => r.termsOfSentence(x).has(t.term));
  // "the city of Kelmsport" pays in "The city's share …", not in "The Kelmsport Twin Towns Club will
  // pay": first a sentence whose payer is called by the question's words alone.
  // (The payer's last word is the one the question's body ends in before any "of": "city", not the
  // "Kelmsport" of "the Kelmsport Trade Council".)
  const asked = new Set(terms.map((t) => t.term));
  const head = r.analyze(subject!.replace(/\s+of\s.*$/i, '')).pop()?.term;
  const called = (x: Sentence) =>
    payersIn(x.text).some((p) => {
      const own = r.analyze(p).filter((t) => !isStopWord(t.term));
      return own.length > 0 && own.every((t) => asked.has(t.term)) && own[own.length - 1]!.term === head;
    });
  // (A payer named in many sentences weighs little in the ranking: its paying sentence may rank low,
  // and is taken when it names that payer as the one paying.)
  const pays = (x: Sentence) => payersIn(x.text).some((p) => terms.every((t) => r.analyze(p).some((u) => u.term === t.term)));
  const wider = supporting(s, retrievalText(s), 0.2)
    .slice(0, 30)
    .filter((x) => !candidates.includes(x) && (pays(x) || called(x)));
  const ranked = [...candidates.filter(holds), ...wider, ...candidates.filter((x) => !holds(x))];
  return [...ranked.filter(called), ...ranked.filter((x) => !called(x))];
}

// A sentence that goes on about the one the sentence before named: "The company …", "It …".
const GOES_ON = /^(?:The\s+(?:company|firm|group|city|state|agency|council|port|university|project|plant|deal)|It|Its|They|Their|She|He)\b/;

// The trip itself, as a question names it (stemmed).
const TRIP_WORD = /^(?:trip|visit|mission|tour|journey|delegation|deleg)$/;

// Going along, which every member of the delegation did (stemmed): "how many companies went".
const GOING = /^(?:went|go|goe|gone|travel|travell|visit|came|come|join|accompani)$/;

// A group told by its size and its members: "the delegation of 34 business and university leaders",
// "14: members of the delegation".
const GROUP_OF = new RegExp(
  `\\b([\\p{L}-]+)\\s+of\\s+(?:\\d[\\d,]*|${SMALL_NUMBERS.join('|')})\\s+\\p{L}|^\\d+:\\s+(?:members|people|delegates)\\s+of\\s+(?:the\\s+)?([\\p{L}-]+)`,
  'giu',
);

const GROUP_OF_PEOPLE = new RegExp(
  `\\b([\\p{L}-]+)\\s+of\\s+(\\d[\\d,]*|${SMALL_NUMBERS.join('|')})\\s+((?:[\\p{L}-]+\\s+){0,4}?(?:people|members|delegates|leaders|officials|representatives|executives|persons))\\b`,
  'giu',
);

// A group with its size: "the 34-member delegation", "a 21-strong team".
const GROUP_OF_NUMBER = new RegExp(
  `\\b([\\p{L}-]+)\\s+of\\s+(\\d[\\d,]*|${SMALL_NUMBERS.join('|')})(?![\\d,]*\\s*(?:%|percent|million|billion))\\b(?:\\s+([\\p{L}-]+))?`,
  'giu',
);

const GROUP_BROUGHT = new RegExp(
  `\\b(?:brought|brings|bringing|took|takes|taking)\\s+(?:the\\s+|our\\s+|its\\s+)?([\\p{L}-]+)\\s+(?:up\\s+)?to\\s+(\\d[\\d,]*|${SMALL_NUMBERS.join('|')})(?:\\s+(people|members|delegates|persons)\\b|(?=[.,;]))`,
  'giu',
);

const SIZED_GROUP = /\b([\w,]+)-(?:member|person|strong)\s+([\p{L}-]+)/gu;

// A group and the size it had: "The delegation had 11 members", "the group numbered 12 people".
const GROUP_HAD = new RegExp(
  `\\b([\\p{L}-]+)\\s+(?:had|has|numbered|numbers|included|includes|comprised|was made up of|is made up of)\\s+(\\d[\\d,]*|${SMALL_NUMBERS.join('|')})\\s+(members|people|delegates|persons)\\b`,
  'giu',
);
// "The delegation numbered 23: the mayor, …": a group named and counted whole, no noun after the number.
const GROUP_NUMBERED = new RegExp(
  `\\b([\\p{L}-]+)\\s+(?:numbered|totall?ed)\\s+(\\d[\\d,]*|${SMALL_NUMBERS.join('|')})(?=\\s*[:.;,(]|\\s+in\\s+(?:all|total)\\b)`,
  'giu',
);
// "Seventeen of us made the trip", "12 of us went".
const OF_US_WENT = new RegExp(
  `(?:^|[^\\p{L}\\d-])(\\d[\\d,]*|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:${SMALL_NUMBERS.join('|')}))\\s+of\\s+us\\s+(?:made\\s+the\\s+(?:trip|journey)|went|travell?ed|flew|were\\s+on\\s+the\\s+(?:trip|mission))\\b`,
  'iu',
);
// "It numbered 31:", "They totaled 12.": a group the sentence before named, counted whole.
const IT_NUMBERED = new RegExp(
  `^(?:It|They)\\s+(?:numbered|totall?ed|counted)\\s+(\\d[\\d,]*|${SMALL_NUMBERS.join('|')})(?=\\s*[:.;,(]|\\s+in\\s+(?:all|total)\\b)`,
  'iu',
);
// Going on the trip: "went on the trip", "traveled to Norway", "were on the mission".
const ON_THE_TRIP = /\b(?:went|go|going|travell?ed|traveling|travelling|came|come|were|was|are|is)\s+(?:on|along|with|to)\b/i;

/** The nouns of a text, stop words left out. */
const nounsOf = (text: string) => words(text).filter((w) => !isStopWord(w) && hasSense(w.toLowerCase(), 'noun'));

/** Does one of these words name the noun, as itself or as a broader kind ("group" names "delegation")? */
const namedBy = (noun: string, by: string[]) => by.some((w) => stem(w) === stem(noun) || isKindOf(noun.toLowerCase(), w.toLowerCase(), 'noun', 4, 1));

/**
 * "How big was the group she took?", "how many people were in her delegation?": the article's
 * "34-member delegation" is the group's size, where a sentence nearer the question's words ("four
 * members of her staff") counts only a part. The group word of the question, or a narrower one, must
 * name it.
 */
function groupSize(s: Scope, candidates: Sentence[]): Answer | undefined {
  // The article is the one the question points to, even by few of its words ("the group Fenwick took").
  const nearest = candidates[0] ?? supporting(s, retrievalText(s), 0.2)[0];
  if (!/^(?:people|persons|members|delegates)$/i.test(s.q.focus ?? '') || !nearest) return undefined;
  // (Not the counted noun: WordNet's "people" is a group too.)
  const asked = nounsOf(s.q.text).filter((w) => fold(w) !== fold(s.q.focus!) && isKindOf(w.toLowerCase(), 'group', 'noun', 4, 1));
  // "how many people went on the trip": those who went are its group, whatever the story calls it.
  const went = !asked.length && ON_THE_TRIP.test(s.q.text);
  if (!asked.length && !went) return undefined;
  const fits = (noun: string) => (went ? isKindOf(noun.toLowerCase(), 'group', 'noun', 4, 1) : namedBy(noun, asked));
  for (const sentence of nearest.paragraph.article.paragraphs.filter((p) => p.kind === 'story').flatMap((p) => p.sentences)) {
    const m = [...sentence.text.matchAll(SIZED_GROUP)].find((x) => fits(x[2]!));
    if (m) return stated(`${m[1]} members`, `${m[1]} members`, [sentence]);
    // "The delegation had 11 members", "The party numbered 12 people".
    const had = [...sentence.text.matchAll(GROUP_HAD)].find((x) => fits(x[1]!));
    if (had) return stated(`${had[2]} ${had[3]}`, `${had[2]} ${had[3]}`, [sentence]);
    // "Seventeen of us made the trip": the writer's party, counted whole.
    const ofUs = went ? OF_US_WENT.exec(sentence.text) : null;
    if (ofUs) return stated(`${ofUs[1]} people`, `${ofUs[1]} people`, [sentence]);
    const numbered = [...sentence.text.matchAll(GROUP_NUMBERED)].find((x) => fits(x[1]!));
    if (numbered) return stated(`${numbered[2]} people`, `${numbered[2]} people`, [sentence]);
    // "… joined at their own cost, bringing the group to 11 people": the whole, counted at last.
    const brought = [...sentence.text.matchAll(GROUP_BROUGHT)].find((x) => fits(x[1]!));
    if (brought) return stated(`${brought[2]} ${brought[3] ?? 'people'}`, `${brought[2]} ${brought[3] ?? 'people'}`, [sentence]);
    // "The delegation of 34 business and university leaders": as far as the first plural noun.
    const of = [...sentence.text.matchAll(GROUP_OF_PEOPLE)].find((x) => fits(x[1]!));
    if (of) return stated(`${of[2]} ${of[3]}`, `${of[2]} ${of[3]}`, [sentence]);
    // "The delegation left on Monday … It numbered 31: the governor, …": the group the sentence before opened with.
    const it = IT_NUMBERED.exec(sentence.text);
    const before = sentence.paragraph.sentences[sentence.paragraph.sentences.indexOf(sentence) - 1];
    const group = before && /^(?:The|Our|Her|His|Their|Its)\s+([\p{L}-]+)/u.exec(before.text)?.[1];
    if (it && group && (fits(group) || TRIP_WORD.test(stem(group)))) return stated(`${it[1]} people`, `${it[1]} people`, [before, sentence]);
  }
  // "A delegation of 17 travelled": a number a verb follows is the group's size in people (where the
  // story gives it no other way).
  for (const sentence of nearest.paragraph.article.paragraphs.filter((p) => p.kind === 'story').flatMap((p) => p.sentences)) {
    const bare = [...sentence.text.matchAll(GROUP_OF_NUMBER)].find(
      (x) => fits(x[1]!) && x[3] && /^\p{Ll}/u.test(x[3]) && hasSense(x[3].toLowerCase(), 'verb') && !hasSense(x[3].toLowerCase(), 'noun'),
    );
    if (bare) return stated(`${bare[2]} people`, `${bare[2]} people`, [sentence]);
  }
  return undefined;
}

/**
 * "how many companies are going on the mission": the count in the list a story gives of the group
 * ("The 41-member delegation will include:" … "- 7 representatives of 5 Harlow companies").
 */
function countInLineUp(s: Scope, candidates: Sentence[], stems: Set<string>, asksPeople: boolean | undefined): Answer | undefined {
  // (Asked of those who go: "are going on the mission", "were in the delegation".)
  if (!/\b(?:going|go|goes|went|travel\w*|join\w*|(?:are|were|is|was)\s+(?:in|on|part\s+of))\b/i.test(s.q.text)) return undefined;
  const pointedTo = candidates[0] ?? supporting(s, retrievalText(s), 0.25)[0];
  const story = pointedTo?.paragraph.article.paragraphs.filter((p) => p.kind === 'story') ?? [];
  for (const [i, p] of story.entries()) {
    const lead = p.sentences.at(-1);
    if (!lead || !/:\s*$/.test(lead.text) || !/\b(?:delegation|group|mission|trip|party|team)\b/i.test(lead.text)) continue;
    for (const item of story.slice(i + 1)) {
      if (item.text.length > 200 || item.sentences.length !== 1) break;
      const count = countOf(item.text, stems, asksPeople);
      if (count) return stated(count, count, [lead, item.sentences[0]!]);
    }
  }
  return undefined;
}

// A clause about what is still to come: not yet done, not counted.
const NOT_YET = /\b(?:will|would|expected\s+to|scheduled\s+to|set\s+to|due\s+to|plans?\s+to|planning\s+to|is\s+to|are\s+to|hopes?\s+to)\s+(?:\S+\s+)?$/i;

/**
 * "How many memoranda has the governor signed?": where no sentence states the number, the
 * sentences that tell of one each (the verb done, its object the noun asked about, in articles about
 * the person), counted once per fact, and named.
 */
function countedEvents(s: Scope): Answer | undefined {
  const { q, ctx } = s;
  const clause = /^(?:(?:has|have|had|did|does|do)\s+)?(.+?)\s+(\p{Ll}+ed|\p{Ll}+en|met|made|held|won|took|gave|struck|went|saw|signed)\b/u.exec(q.about ?? '');
  const who = s.named[0] ?? s.referent ?? describedPeople(s)[0];
  const head = words(q.focus ?? '').pop();
  if (!clause || !who || !head) return undefined;
  const verb = clause[2]!;
  // "memoranda" and "memorandum", "agreements" and "agreement": the noun by its first letters.
  const root = stem(head).slice(0, Math.max(5, stem(head).length - 2));
  const told: Sentence[] = [];
  for (const x of supporting({ ...s, named: [who] }, `${who.name} ${verb} ${head}`, 0.3)) {
    const at = findVerb(x.text, verb);
    if (!at || NOT_YET.test(x.text.slice(0, at.start))) continue;
    const after = words(x.text.slice(at.end)).slice(0, 6);
    if (!after.some((w) => stem(w).startsWith(root))) continue;
    if (told.some((t) => t.paragraph.article.source !== x.paragraph.article.source && sameFact(ctx, t, x))) continue;
    told.push(x);
  }
  if (told.length < 2) return undefined;
  return stated(`${told.length} ${head}`, `${told.length} ${head}, by the articles' own reports: ${told.map((x) => `“${x.text}”`).join(' ')}`, told);
}

/** People someone met (or did the question's verb to) whose role is of the kind counted. */
function countedPeople(s: Scope, head: string): Answer | undefined {
  const noun = head
    .toLowerCase()
    .replace(/(?:ies)$/, 'y')
    .replace(/s$/, '');
  if (!isKindOf(noun, 'person', 'noun', 8, 1)) return undefined;
  const clause = (s.q.about ?? '').trim();
  const m = /^(\S+)\s+(\p{Ll}[\p{L}-]*)\b\s*(.*)$/u.exec(clause);
  if (!m) return undefined;
  const did = personAnswer({ ...s, q: { ...s.q, text: `who did ${clause}`, type: 'person', subject: m[1], verb: m[2], about: m[3] || undefined } });
  if (!did.answered) return undefined;
  const k = s.ctx.knowledge;
  const people = did.title
    .split(/,\s*/)
    .map((n) => k.peopleByKey.get(fold(n)))
    .filter((p): p is Person => !!p);
  // A role of that kind: "Governor" for officials, "Mayor of Marlow" for mayors.
  // "officials", "leaders", "people": anyone who holds an office the articles give.
  const anyOffice = /^(?:official|leader|dignitary|politician|person|people|figure)$/.test(noun);
  const fits = (p: Person) =>
    (anyOffice && (noun === 'person' || noun === 'people' || p.roles.length > 0)) ||
    p.roles.some((r) => words(r.role).some((w) => w === noun || isKindOf(w, noun, 'noun', 6, 1)));
  const counted = people.filter(fits);
  if (!counted.length) return undefined;
  const plural = counted.length === 1 ? noun : head.toLowerCase();
  const support = evidenceOf(did).filter((x) => (k.mentions.get(x) ?? []).some((m) => counted.includes(m.person)));
  return stated(`${counted.length} ${plural}`, `${counted.length} ${plural}: ${listing(counted.map((p) => p.name))}`, support);
}

const numberOf = (count: string) => count.split(/\s+/)[0]!.replace(/,/g, '');
