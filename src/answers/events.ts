import { escapeRegExp } from '../knowledge/people.ts';
import { normalizeQuestion } from './normalize.ts';
import { chronoEn } from '../corpus/lazy.ts';
import type { Article, Paragraph, Sentence } from '../corpus/types.ts';
import type { Knowledge } from '../knowledge-build/index.ts';
import type { EventList } from '../knowledge-build/event-list.ts';
import { answer, listAnswer, notFound, refusal, usage } from './answer.ts';
import { echo, fold, isStopWord, stem, terms, words } from '../text.ts';
import { hasSense, isKindOf } from '../knowledge/wordnet.ts';
import type { Person } from '../knowledge/people.ts';
import { inFirstPerson, speaksAsSubject } from '../knowledge/author.ts';
import { SAID_AT, SPEAKER_LABEL, TRIP_NOUN } from '../knowledge/lexicon.ts';
import type { Answer, AnswerItem } from './types.ts';
import { DEPARTED, formatDate, monthDayLabel, MOVED_DAY, NEW_VERB_PHRASE, RETURNED, updateLabelDay, type DatedEvent } from '../knowledge/events.ts';
import { citeSentence } from './cite.ts';
import { disagreement, sameFact, withEvidence } from './compose.ts';
import { aboutAll, peopleNamedIn } from './named.ts';
import { entityTerms, holdsEntities } from './scope.ts';
import { suggestionsFor, type AnswerContext } from './context.ts';
import type { QueryTerm, Ranked } from '../search/retriever.ts';
import { tag } from './tagger.ts';
import { isTitle } from '../knowledge/roles.ts';

// /when, /onthisday and /timeline: the dated events of the knowledge base.

const MIN_WHEN_COVERAGE = 0.5;

export function eventItem(e: DatedEvent): AnswerItem {
  return { text: `${formatDate(e.date)}: ${e.sentence.text}`, citations: [citeSentence(e.sentence)] };
}

/** How a relative date was read, so that the user can check it. */
function reading(e: DatedEvent): string {
  const explicit = /\d{4}/.test(e.phrase) || (/\d/.test(e.phrase) && /[a-z]/i.test(e.phrase) && !/ago/i.test(e.phrase));
  if (explicit) return '';
  const a = e.sentence.paragraph.article;
  const outlet = `${/^the\s/i.test(a.source) ? '' : 'the '}${a.source}`;
  const updated = updateLabelDay(e.sentence.paragraph.text, a.published);
  if (updated) return ` (“${e.phrase}”, read from the update of ${formatDate({ start: updated, precision: 'day' })} to ${outlet} article)`;
  return ` (“${e.phrase}”, read from ${outlet} article of ${formatDate({ start: a.published, precision: 'day' })})`;
}

// Words of what is to come in the dated sentence itself ("will open", "is scheduled to").
const COMING_WORDS = /\b(?:will|shall|to be|scheduled|expected|planned|plans|set to|due)\b/i;

export const ASKS_DAY = /\b(?:what|which)\s+(?:exact\s+)?(?:dates?|days?)\b|\bexact\s+dates?\b/i;

// "When did the visit end?": the end of a range is asked for, and the verb is no search term.
// (In every form a chat user types: "when was the visit wrapping up", "when is it kicking off".)
const ASKS_START = /\b(?:begin(?:s|ning)?|began|begun|start(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|kick(?:s|ed|ing)?\s+off)\b/i;
const ASKS_END = /\b(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?|conclud(?:e|es|ed|ing)|wrap(?:s|ped|ping)?\s+up)\b/i;

// (Stems: "start" holds "starting" and "started" too.)
const BOUNDARY_TERMS = new Set(terms('begin began begun start kick end finish conclude wrap'));

export function when(ctx: AnswerContext, args: string): Answer {
  if (!args.trim()) return usage('Tell me which event: /when <event>, for example /when did <someone> meet <someone>.', suggestionsFor(ctx.knowledge));
  // Worded as chat is, like any question ("Breed's speech to …", typos, abbreviations).
  const k = ctx.knowledge;
  const text = normalizeQuestion(args, k.retriever, k.initials, k);
  // ("/when is the council vote": a present tense may ask about either, as in a free question.)
  const future = /\b(?:will|shall)\b/i.test(text) ? true : /^\s*(?:when\s+)?(?:does|do|is|are)\b/i.test(text) ? undefined : false;
  return datedAnswer(ctx, text, { future, named: peopleNamedIn(k, text) });
}

export interface DateQuery {
  /** Asked about what is to come (true) or what was (false): dates in that tense are preferred; undefined for either. */
  future: boolean | undefined;
  /** People the question names: only events in paragraphs about all of them count. */
  named: Person[];
  /** Whom a pronoun stands for: their articles are preferred. */
  referent?: Person;
  /** Events of this article are preferred (the second event of a "how many days between" question). */
  within?: Article;
  /** The question asks for a day ("what date …?"), when the text given no longer says so. */
  asksDay?: boolean;
}

interface FoundEvent {
  event: DatedEvent;
  ranked: Ranked<DatedEvent>[];
  forms: string[];
  start: boolean;
  end: boolean;
}

/** The dated event a text describes, best first among the events of the articles it points to. */
export function findEvent(ctx: AnswerContext, text: string, dq: DateQuery): FoundEvent | undefined {
  // ("the start and end dates": both, the whole range.)
  const both = ASKS_START.test(text) && ASKS_END.test(text);
  const end = !both && ASKS_END.test(text);
  const start = !both && !end && ASKS_START.test(text);
  // ("when does the firm want to break ground": when it breaks ground, whatever the sentence says it hopes.)
  const all = ctx.knowledge.retriever
    .analyze(text.replace(/\b(?:want|wants|wanted|hope|hopes|hoped|intend|intends|intended|aim|aims|aimed|wish|wishes)\s+to\b/gi, ' '))
    .filter((q) => !both || !BOUNDARY_TERMS.has(q.term));
  if (!(start || end)) return rankEvents(ctx, text, dq, all, start, end);
  // "When did the visit begin?": a dated range ("from April 14 to Sunday", found without the verb)
  // answers a beginning or an end best; otherwise an event told with the verb ("began Sept. 8").
  const range = rankEvents(
    ctx,
    text,
    dq,
    all.filter((q) => !BOUNDARY_TERMS.has(q.term)),
    start,
    end,
  );
  const best = range?.ranked[0]?.score ?? 0;
  const spanning = range?.ranked.find((x) => x.item.date.end && x.score >= best * 0.8)?.item ?? tripSpanOf(ctx, range, text);
  if (range && spanning) return { ...range, event: spanning };
  return rankEvents(ctx, text, dq, all, start, end) ?? range;
}

/**
 * "When is the Ashmore trip kicking off?": the span its story gives the trip ("The mission runs from …
 * through …"), in the article of the event found first, when the question asks of the trip itself.
 */
function tripSpanOf(ctx: AnswerContext, found: FoundEvent | undefined, text: string): DatedEvent | undefined {
  const r = ctx.knowledge.retriever;
  const article = found?.ranked[0]?.item.sentence.paragraph.article;
  // (The trip named as such: "when do the students get here" asks of their arrival, not of the trip.)
  if (!article || !TRIP_NOUN.test(text)) return undefined;
  const spans = (ctx.knowledge.eventsByArticle.get(article) ?? []).filter(
    (e) => e.date.precision === 'day' && e.date.end && e.sentence.paragraph.kind === 'story' && TRIP_WORDS.some((w) => r.termsOfSentence(e.sentence).has(w)),
  );
  return spans.length === 1 ? spans[0] : undefined;
}

// The words that name a trip in a sentence.
const TRIP_WORDS = terms('visit trip mission journey tour delegation');

/**
 * A sentence that names people is about the ones asked after only if it names one of them, or
 * speaks of them as "she" in their own story ("On Wednesday she will be in Kitakyushu for talks with
 * Mayor …").
 */
function aboutNamed(k: Knowledge, sentence: Sentence, named: Person[]): boolean {
  const here = (k.mentions.get(sentence) ?? []).map((m) => m.person);
  if (!here.length || here.some((p) => named.includes(p))) return true;
  const subject = k.subjectOf(sentence.paragraph.article);
  if (!subject || !named.includes(subject)) return false;
  return (
    /\b(?:she|he|her|his)\b/i.test(sentence.text) ||
    (speaksAsSubject(sentence.paragraph, subject) && inFirstPerson(sentence.text)) ||
    addressed(sentence, subject)
  );
}

/** "HOST: You landed back on Sunday." just after the subject's own line: the "you" is the subject. */
function addressed(sentence: Sentence, subject: Person): boolean {
  if (!/\byou\b/i.test(sentence.text)) return false;
  const paragraph = sentence.paragraph;
  const before = paragraph.article.paragraphs[paragraph.order - 1];
  const line = SPEAKER_LABEL.exec(paragraph.text)?.[1];
  const answered = before ? SPEAKER_LABEL.exec(before.text)?.[1] : undefined;
  if (!line || !answered || fold(line) === fold(answered)) return false;
  const spoke = fold(answered);
  return [subject.name, ...subject.aliases].some((n) => spoke.split(/\s+/).includes(fold(n).split(/\s+/).pop()!));
}

/** The person a date question asks about as the one who did it: "when did Yellen visit …" → Yellen. */
function doerOf(text: string, named: Person[]): Person[] | undefined {
  const lead = /^(?:when|what\s+(?:day|date))\s+(?:did|does|do|was|is|will|were|are|has|had)\s+(.+)$/i.exec(text.trim())?.[1];
  if (!lead) return undefined;
  const doer = named.find((p) => [p.name, ...p.aliases, p.name.split(' ').pop()!].some((n) => fold(lead).startsWith(`${fold(n)} `)));
  return doer ? [doer] : undefined;
}

const NO_DATE_YET =
  /\b(?:(?:have|has|had)\s*(?:n['\u2019]t|not)\s+(?:yet\s+)?(?:picked|set|chosen|fixed|settled\s+on)\s+(?:a\s+|the\s+)?dates?|no\s+dates?\s+(?:has|have)\s+been\s+set)\b/i;

/** Does the sentence name one of these people (or anyone, when none is asked after)? */
const namesOneOf = (k: Knowledge, sentence: Sentence, named: Person[]) =>
  !named.length || (k.mentions.get(sentence) ?? []).some((m) => named.includes(m.person));

function rankEvents(ctx: AnswerContext, text: string, dq: DateQuery, query: QueryTerm[], start: boolean, end: boolean): FoundEvent | undefined {
  const k = ctx.knowledge;
  const r = k.retriever;
  const names = entityTerms(r, text);
  let pool = r
    .candidateArticles(query)
    .flatMap((a) => k.eventsByArticle.get(a) ?? [])
    .filter((e) => aboutAll(k, e.sentence.paragraph, dq.named) && holdsEntities(r, e.sentence.paragraph.article, names))
    // "When did Yellen visit China?" is not dated by "Breed is visiting China …" in her paragraph,
    // nor "when did Yellen visit, before Breed's trip?" by Breed's: the one who did it is asked after.
    .filter((e) => !dq.named.length || aboutNamed(k, e.sentence, doerOf(text, dq.named) ?? dq.named))
    // ("Some day soon we hope to return; no dates have been set.": a wish without a date is no date.)
    .filter((e) => e.date.precision === 'day' || !NO_DATE_YET.test(e.sentence.paragraph.text));
  if (dq.within) {
    const there = pool.filter((e) => e.sentence.paragraph.article === dq.within);
    if (there.length) pool = there;
  }
  // "What date …" asks for a day: a year told beside the names asked ("… Vess, its sister city since
  // 2011") is not it, when something is dated to the day. (A month may be the event's own: "later this
  // month" says the day is not known, and is kept to say so.)
  if (dq.asksDay ?? ASKS_DAY.test(text)) {
    const notYears = pool.filter((e) => e.date.precision !== 'year');
    if (notYears.some((e) => e.date.precision === 'day')) pool = notYears;
  }
  // "What dates in April …": a month the question names holds the event, when one of them is in it.
  const month = monthNamed(text);
  if (month) {
    const inMonth = pool.filter((e) => e.date.start.slice(5, 7) === month);
    if (inMonth.length) pool = inMonth;
  }
  if (dq.referent) {
    const theirs = pool.filter((e) => k.subjectOf(e.sentence.paragraph.article) === dq.referent);
    if (theirs.length) pool = theirs;
  }
  // In the article about the one person named, a paragraph need not name them ("The City Council
  // approved the travel budget on Feb. 25" in the story of her trip), if it holds more of the question.
  const subject = dq.named.length === 1 && !dq.within ? dq.named[0] : undefined;
  const named = new Set(pool);
  const unnamed = subject
    ? r
        .candidateArticles(query)
        .filter((a) => k.subjectOf(a) === subject)
        .flatMap((a) => k.eventsByArticle.get(a) ?? [])
        // … and names no one else: "Xi Jinping and Joe Biden met" is about them, not her.
        .filter((e) => !named.has(e) && holdsEntities(r, e.sentence.paragraph.article, names))
        .filter((e) => e.sentence.paragraph.sentences.every((x) => !(k.mentions.get(x) ?? []).length))
    : [];
  // The question's verb tells the event ("when does the delegation leave"). A sentence that holds it
  // counts the names and titles of the question its story holds at half weight ("The delegation leaves
  // next Saturday" in the story of the mayor's trip to Ostravia); of sentences nearly as near,
  // it comes before one that holds nothing else of the question but those names ("the council voted …
  // on the mayor's trip to Ostravia"), not before one that holds more ("the group of 24 students set off").
  const verbs = questionVerbs(text, query);
  const seen = new Map<DatedEvent, Set<string>>();
  // ("when did she return": "got back" and "flew home" tell a return in other words; "set off" a departure.)
  // (Only where the story never writes the verb itself: "returns on the 8th" tells the return, before "flies home Tuesday night".)
  const written = new Map<DatedEvent, Set<string>>();
  const ownTerms = (e: DatedEvent) => {
    let t = written.get(e);
    if (!t) written.set(e, (t = withReferent(k, e.sentence, e.phrase)));
    return t;
  };
  const toldOtherwise = query.flatMap((q) => {
    const told = TOLD_OTHERWISE.find(([verbs]) => verbs.includes(q.term));
    return told && ![...pool, ...unnamed].some((e) => ownTerms(e).has(q.term)) ? [{ term: q.term, told: told[1] }] : [];
  });
  // ("when did they touch down in Tarvik": "The group landed in Tarvik" tells the arrival, which the search calls a visit.)
  const arrivalAsked = ARRIVAL_ASKED.test(text);
  const termsOf = (e: DatedEvent) => {
    let t = seen.get(e);
    if (!t) {
      t = ownTerms(e);
      const also = toldOtherwise.filter((x) => !t!.has(x.term) && toldAtAll(x.told, e.sentence.text).length > 0);
      if (also.length) t = new Set([...t, ...also.map((x) => x.term)]);
      if (arrivalAsked && !t.has(VISIT_TERM) && ARRIVAL_TOLD.test(e.sentence.text)) t = new Set([...t, VISIT_TERM]);
      seen.set(e, t);
    }
    return t;
  };
  const holdsVerb = (e: DatedEvent) => verbs.length > 0 && verbs.some((v) => v.some((f) => termsOf(e).has(f)));
  const nameForms = new Set(names.flat());
  const nameLike = (q: QueryTerm) => isTitle(q.term) || q.forms.some((f) => nameForms.has(f) || k.places.has(f));
  const total = query.reduce((sum, q) => sum + q.weight, 0) || 1;
  // (With no verb of its own, "when is the follow-up report on the Ostravia trip due", a sentence that holds
  // the rest of the question gets the same credit for the trip and its place.)
  const storyWord = (q: QueryTerm) => nameLike(q) || (!verbs.length && /^(?:visit|mission)$/.test(q.term));
  const own = query.filter((q) => !storyWord(q) && !ASKED_STATE.test(q.term));
  // (Only where the question asks what is due or set: "when is Varga's trip" is no question of a day fixed.)
  const stateAsked = query.some((q) => ASKED_STATE.test(q.term));
  const restHeld = (e: DatedEvent) => stateAsked && own.length > 0 && own.every((q) => q.forms.some((f) => termsOf(e).has(f)));
  const storyCredit = (e: DatedEvent) =>
    holdsVerb(e) || (!verbs.length && restHeld(e)) || (arrivalAsked && ARRIVAL_TOLD.test(e.sentence.text))
      ? (0.5 *
          query
            .filter((q) => storyWord(q) && !q.forms.some((f) => termsOf(e).has(f)) && q.forms.some((f) => r.articleHas(e.sentence.paragraph.article, f)))
            .reduce((sum, q) => sum + q.weight, 0)) /
        total
      : 0;
  const ranked = r
    .rank(query, [...pool, ...unnamed], termsOf)
    .map((x) => ({ ...x, coverage: x.coverage + storyCredit(x.item) }))
    .filter((x) => x.coverage >= (named.has(x.item) ? MIN_WHEN_COVERAGE : 0.7));
  const forms = query.flatMap((q) => q.forms);
  if (!ranked.length) return bridged(ctx, text, query, names, forms, start, end, dq.named);
  const onlyNamesBeyond = (top: DatedEvent, other: DatedEvent) =>
    query.filter((q) => q.forms.some((f) => termsOf(top).has(f)) && !q.forms.some((f) => termsOf(other).has(f))).every(nameLike);
  // (In the story of the best one, a sentence that tells the question's own verb, "It hopes to break
  // ground next spring", over one that tells only its names: "said it would invest in a Vermont plant".)
  const sameStory = (x: Ranked<DatedEvent>) => x.item.sentence.paragraph.article === ranked[0]!.item.sentence.paragraph.article;
  // (Its own verb, not another word for it: "start in the autumn" tells no beginning of the mission.)
  const ownVerbs = query.filter((q) => verbs.some((v) => v[0] === q.term)).flatMap((q) => [q.term, ...q.forms]);
  const holdsOwnVerb = (e: DatedEvent) => ownVerbs.some((f) => termsOf(e).has(f));
  const acting = ranked.filter(
    (x) =>
      holdsVerb(x.item) &&
      ((x.coverage >= ranked[0]!.coverage * 0.7 && onlyNamesBeyond(ranked[0]!.item, x.item)) ||
        (sameStory(x) && holdsOwnVerb(x.item) && x.coverage >= ranked[0]!.coverage * 0.85)),
  );
  // "… has been moved from Friday to Sunday": the new day, over the one the story first gave.
  const moved = ranked.find((x) => x.score >= ranked[0]!.score * 0.6 && movedTo(x.item));
  if (moved) return { event: moved.item, ranked, forms, start, end };
  // ("when did the group arrive in Tarvik": a sentence that tells an arrival, over one that tells only the visit.)
  const arriving = arrivalAsked ? ranked.filter((x) => ARRIVAL_TOLD.test(x.item.sentence.text) && x.coverage >= ranked[0]!.coverage * 0.6) : [];
  const top = placedFirst(
    k,
    text,
    (arriving.length ? arriving : acting.length && !holdsVerb(ranked[0]!.item) ? acting : ranked.filter((x) => x.score >= ranked[0]!.score * 0.8)).map(
      (x) => x.item,
    ),
  );
  // (The question's verbs, and its nouns made of a verb: "renewal" of "when was the renewal signed".)
  const deverbal = words(text).filter((w) => /(?:al|ment|tion|sion|ance|ence)$/.test(w) && hasSense(stem(w), 'verb'));
  const actions = [...verbs.flat(), ...deverbal.map(stem)];
  const event = chooseEvent(top, forms, dq.future, actions);
  // "When will the plant start building trucks?": a day gone by, of a sentence that tells none of the
  // question's verbs ("announced it would invest in a truck plant"), is no day of what is still to come.
  // (Nor one of the day the story came out: "announced today that it will build a plant" tells no start of production.)
  if (dq.future && verbs.length && !holdsVerb(event) && event.date.start <= event.sentence.paragraph.article.published.slice(0, event.date.start.length))
    return undefined;
  return { event, ranked, forms, start, end };
}

/** Where a sentence tells the event itself ("came home"), not as the mark of another day ("the day before we came home"). */
function toldAtAll(told: RegExp, text: string): number[] {
  return [...text.matchAll(told)]
    .filter(
      (m) =>
        !/\b(?:before|after|until|till|since|when|once)\s+(?:we|they|she|he|I|you|the\s+[\p{L}-]+)\s+$/iu.test(text.slice(Math.max(0, m.index - 30), m.index)),
    )
    .map((m) => m.index);
}

// The verbs of a return and a departure, and the phrases a story tells them with.
// (Global copies, made once: they are matched against every candidate sentence.)
const TOLD_OTHERWISE: [string[], RegExp][] = [
  [terms('return returned'), new RegExp(RETURNED.source, 'gi')],
  [terms('depart departed leave left'), new RegExp(DEPARTED.source, 'gi')],
  // ("when did the firm announce its plant": "said it would invest in …" announces it.)
  [
    terms('announce announced unveil unveiled'),
    /\bsaid\s+(?:it|they|the\s+\p{Ll}+)\s+(?:would|will|plans?\s+to|intends?\s+to)\b|\b(?:unveiled|revealed|announced)\b/giu,
  ],
];

// An arrival asked, and told: "visit" is the search's term for both, so the words themselves choose.
const ARRIVAL_ASKED = /\b(?:arriv(?:e|es|ed|ing|al))\b/i;
const ARRIVAL_TOLD = /\b(?:arriv(?:e|es|ed|ing|al)|landed|touched\s+down)\b/i;
const VISIT_TERM = stem('visit');

// Words of a question with no verb that say what is asked of the event, not which: "due", "expected".
const ASKED_STATE = /^(?:due|expect|schedul|set|plan|slate|deadlin)$/;

/** An event's new day, as a sentence that moves it tells it ("moved from Friday to Sunday": Sunday). */
const movedTo = (e: DatedEvent) => MOVED_DAY.exec(e.sentence.text)?.[2] === e.phrase;

// Verbs that tell no event of their own. ("visit" is also the term the search makes of "arrive",
// "travel" and "go": it tells none of them apart.)
const PLAIN_VERBS = new Set(
  ['be', 'do', 'have', 'happen', 'take', 'get', 'go', 'come', 'make', 'plan', 'expect', 'schedule', 'suppose', 'set', 'say', 'visit'].map(stem),
);

/** The terms (with their other forms) of the question's own verbs: "leav" of "when does the delegation leave". */
function questionVerbs(text: string, query: QueryTerm[]): string[][] {
  const tagged = tag(text);
  // ("when did the delegation return": a tagger may take the verb after a noun for a noun too.)
  // (The first such word after the auxiliary's subject, before any preposition: not "ridge" of "to Elm Ridge".)
  const did = tagged.findIndex((t) => /^(?:did|does|do|will|would|can|could)$/i.test(t.text));
  const verbAfterNoun = (i: number) =>
    did >= 0 &&
    i > did &&
    !tagged.slice(did + 1, i).some((t) => t.pos === 'ADP' || t.pos === 'VERB') &&
    tagged[i]!.pos === 'NOUN' &&
    /^(?:NOUN|PROPN)$/.test(tagged[i - 1]?.pos ?? '') &&
    !/^(?:NOUN|PROPN)$/.test(tagged[i + 1]?.pos ?? '') &&
    // ("when did the group return from Sweden": the way home, which "flew home" may tell, not a "returned to Stockholm" inside it.)
    !/^from$/i.test(tagged[i + 1]?.text ?? '') &&
    hasSense(tagged[i]!.text.toLowerCase(), 'verb');
  const own = tagged
    // (A tagger may take "voting" in "is the council voting" for a noun.)
    .filter((t, i) => /^\p{Ll}/u.test(t.text) && (t.pos === 'VERB' || (/ing$/.test(t.text) && hasSense(t.text, 'verb')) || verbAfterNoun(i)))
    // (Nor "follow" of "the follow-up report": a part of a hyphened word.)
    .filter((t) => !new RegExp(`(?:\\b${escapeRegExp(t.text)}-|-${escapeRegExp(t.text)}\\b)`, 'i').test(text))
    .map((t) => stem(t.text.toLowerCase()))
    .filter((t) => !PLAIN_VERBS.has(t));
  return query.filter((q) => own.includes(q.term)).map((q) => [q.term, ...q.forms, ...(q.others ?? [])]);
}

/**
 * "When was Vargas in Marlow?": of events about as near the question, those whose date stands
 * beside the place asked ("In Marlow on Saturday, …") before one where the place is in another part
 * of the sentence ("wrapped up the mission on Wednesday, a trip that took her to Marlow …").
 */
function placedFirst(k: Knowledge, text: string, events: DatedEvent[]): DatedEvent[] {
  const asked = [...text.matchAll(/\b(?:in|at|to)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)/gu)].map((m) => m[1]!).filter((p) => k.places.has(fold(p)));
  if (!asked.length) return events;
  const beside = (e: DatedEvent) => {
    const text = e.sentence.text;
    const at = text.indexOf(e.phrase);
    if (at < 0) return false;
    const from = text.lastIndexOf(',', at) + 1;
    const to = text.indexOf(',', at + e.phrase.length);
    const part = text.slice(from, to < 0 ? text.length : to);
    return asked.some((p) => part.includes(p));
  };
  const placed = events.filter(beside);
  return placed.length ? [...placed, ...events.filter((e) => !placed.includes(e))] : events;
}

/** Months by the first three letters of their names, in order. */
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month ("04") a question names without a day ("in April", "last March"), if it names one. */
function monthNamed(text: string): string | undefined {
  // "may" is mostly a verb: only a capitalised "May" names the month.
  const m =
    /\b(?:(january|february|march|april|june|july|august|september|october|november|december)|(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|(May))\b(?!\.?\s*\d)/i.exec(
      text,
    );
  if (!m || (m[3] && m[3] !== 'May')) return undefined;
  const name = (m[1] ?? m[2] ?? m[3]!).slice(0, 3).toLowerCase();
  return String(MONTHS.indexOf(name) + 1).padStart(2, '0');
}

/**
 * A sentence's terms, and, when it opens with "He" or "She", the name of the one person the sentence
 * before it names: "He said he will introduce a resolution on Oct. 23" is Arbogast's.
 */
/** The full date a title writes ("June 3, 2025"), as YYYY-MM-DD. */
function titleDay(title: string): string | undefined {
  const m = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b/.exec(title);
  if (!m) return undefined;
  return `${m[3]}-${String(MONTHS.indexOf(m[1]!.toLowerCase().slice(0, 3)) + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

function withReferent(k: Knowledge, sentence: Sentence, phrase = ''): Set<string> {
  // A live page's entry is dated by its stamp, and its title names it too ("… — Landed in Velmora").
  const title = phrase && !sentence.text.includes(phrase) ? /\s[\u2014\u2013]\s(.+)$/.exec(phrase)?.[1] : undefined;
  // A page titled by the day it tells ("Minutes of the … Council, June 3, 2025: Report on …"): that
  // day's own line holds the title's words too.
  const headline = phrase && titleDay(sentence.paragraph.article.title) === k.eventsBySentence.get(sentence)?.find((e) => e.phrase === phrase)?.date.start;
  // ("HOST: And the twinning deal? ¶ LUND: We had it booked for Saturday, and moved it.":
  // a transcript's reply holds the words of the question it answers.)
  const asked = questionLineBefore(sentence);
  const own =
    title || headline || asked
      ? new Set([
          ...k.retriever.termsOfSentence(sentence),
          ...(title || headline ? k.retriever.analyze(title ?? sentence.paragraph.article.title).map((t) => t.term) : []),
          ...(asked ? asked.sentences.flatMap((x) => [...k.retriever.termsOfSentence(x)]) : []),
        ])
      : k.retriever.termsOfSentence(sentence);
  const sentences = sentence.paragraph.sentences;
  const at = sentences.indexOf(sentence);
  const previous = at > 0 ? sentences[at - 1] : sentence.paragraph.article.paragraphs[sentence.paragraph.order - 1]?.sentences.at(-1);
  // "At a roundtable the next day …" after "The delegation flew to Stuttgart on Wednesday.": a day
  // counted from the sentence before happens where that sentence was.
  if (previous && /^(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening)$/i.test(phrase)) {
    const places = (previous.text.match(/\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*/gu) ?? []).filter((p) => k.places.has(fold(p)));
    return new Set([...own, ...places.flatMap((p) => k.retriever.analyze(p).map((t) => t.term))]);
  }
  // "The first is a charter on electric ferries … X and Y signed it on February 26.": what "it" stands
  // for is named in the sentence before (the nouns of it, not its names).
  if (previous && at > 0 && /\b\p{Ll}+(?:ed|s)\s+it\b/u.test(sentence.text)) {
    const nouns = (previous.text.match(/(?<![\p{L}-])\p{Ll}[\p{L}-]+/gu) ?? []).filter((w) => !isStopWord(w) && hasSense(w, 'noun'));
    return new Set([...own, ...nouns.map(stem)]);
  }
  // 'Claim 3: "The fair paid for itself." Said at a budget hearing, Monday, May 4.':
  // what was said is the sentence before.
  if (previous && at > 0 && SAID_AT.test(sentence.text)) return new Set([...own, ...k.retriever.termsOfSentence(previous)]);
  // "… which the harbor commission has yet to approve. That decision is due on Friday, June 12.": a noun that
  // points back is the thing the sentence before told of, in its words.
  if (previous && at > 0 && /^(?:That|This|These|Those)\s+\p{Ll}[\p{L}-]*\s+(?:is|was|are|were|will|has|had|comes?|came)\b/u.test(sentence.text))
    return new Set([...own, ...k.retriever.termsOfSentence(previous)]);
  if (!/^(?:He|She)\b/.test(sentence.text)) return own;
  const people = [...new Set((previous ? (k.mentions.get(previous) ?? []) : []).map((m) => m.person))];
  if (people.length !== 1) return own;
  return new Set([...own, ...words(people[0]!.name).map(stem)]);
}

/** The transcript line a reply answers: the line before it, another speaker's. */
function questionLineBefore(sentence: Sentence): Paragraph | undefined {
  const paragraph = sentence.paragraph;
  const line = SPEAKER_LABEL.exec(paragraph.text);
  if (!line) return undefined;
  const before = paragraph.article.paragraphs[paragraph.order - 1];
  const asker = before ? SPEAKER_LABEL.exec(before.text) : null;
  return before && asker && asker[1] !== line[1] ? before : undefined;
}

/**
 * An event told in one sentence and dated in another of the same article: "… met 80 business
 * leaders" and "Breed said at the Saturday event". The sentence that holds the question best names
 * the event with a noun for an occasion ("event", "forum", "ceremony"); a dated sentence of that
 * article that names the same occasion dates it.
 */
function bridged(
  ctx: AnswerContext,
  text: string,
  query: QueryTerm[],
  names: string[][],
  forms: string[],
  start: boolean,
  end: boolean,
  named: Person[],
): FoundEvent | undefined {
  const k = ctx.knowledge;
  const r = k.retriever;
  const told = r.sentences(query).find((x) => x.coverage >= 0.6 && holdsEntities(r, x.item.paragraph.article, names))?.item;
  if (!told) return undefined;
  const occasions = words(text)
    .filter((w) => !isStopWord(w) && isOccasion(w))
    .map(stem);
  if (!occasions.length) return undefined;
  const dated = (k.eventsByArticle.get(told.paragraph.article) ?? []).filter(
    (e) => e.date.precision === 'day' && occasions.some((o) => r.termsOfSentence(e.sentence).has(o)) && namesOneOf(k, e.sentence, doerOf(text, named) ?? named),
  );
  const ranked = r.rank(query, dated, (e) => r.termsOfSentence(e.sentence));
  const first = ranked[0];
  return first ? { event: first.item, ranked, forms, start, end } : undefined;
}

/** "event", "forum", "ceremony", "banquet": a noun for an occasion that happens on a day. */
function isOccasion(word: string): boolean {
  return (
    isKindOf(word, 'event', 'noun', 6, 1) &&
    (isKindOf(word, 'social gathering', 'noun', 6, 2) ||
      isKindOf(word, 'meeting', 'noun', 6, 2) ||
      isKindOf(word, 'ceremony', 'noun', 6, 2) ||
      word === 'event')
  );
}

/**
 * "is to discuss a larger lease in June" in a box of facts, and "takes it up on June 8" in the story:
 * a day within the month or year the best event gives, told in the same article by a sentence that
 * holds the question nearly as well, says it more exactly.
 */
function finer(e: DatedEvent, ranked: Ranked<DatedEvent>[]): DatedEvent {
  if (e.date.precision === 'day' || e.date.end) return e;
  const top = ranked.find((x) => x.item === e)?.score ?? ranked[0]?.score ?? 0;
  const within = ranked.find(
    (x) =>
      x.item.date.precision === 'day' &&
      !x.item.date.end &&
      x.item.date.start.startsWith(e.date.start) &&
      x.item.sentence.paragraph.article === e.sentence.paragraph.article &&
      // (Not a day the same sentence gives to something else: "arrive later this month, and the board meets on the 25th".)
      x.item.sentence !== e.sentence &&
      x.score >= top * 0.6,
  );
  return within?.item ?? e;
}

/**
 * A day told as the end of something ("closed a four-day tour on Monday") when its
 * start is asked, or as its start when its end is: the other end counted by the length the sentence
 * gives ({ day, length }), null when it gives none, undefined when the day is not told so.
 */
function toldAsOtherEnd(e: DatedEvent, startAsked: boolean): { day: string; length: number } | null | undefined {
  const text = e.sentence.text;
  if (!(startAsked ? ENDED : BEGAN).test(text) || (startAsked ? BEGAN : ENDED).test(text)) return undefined;
  const length = /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)[- ]days?\b/i.exec(text)?.[1];
  if (!length) return null;
  const n = /^\d+$/.test(length) ? Number(length) : LENGTH_WORDS.indexOf(length.toLowerCase()) + 2;
  const day = new Date(`${e.date.start}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + (startAsked ? -(n - 1) : n - 1));
  return { day: day.toISOString().slice(0, 10), length: n };
}

const LENGTH_WORDS = 'two three four five six seven eight nine ten eleven twelve thirteen fourteen'.split(' ');
const ENDED = /\b(?:wrap(?:ped|s)?\s+up|ended|ends|concluded|concludes|finished|finishes|closed\s+out)\b/i;
const BEGAN = /\b(?:began|begins|started|starts|kicked\s+off|kicks\s+off|set\s+off|sets\s+off|opened|opens)\b/i;

/** The date of the event a question describes, stated first, with the sentence that dates it. */
export function datedAnswer(ctx: AnswerContext, text: string, dq: DateQuery): Answer {
  const k = ctx.knowledge;
  const found = findEvent(ctx, text, dq);
  if (!found) return notFound(`I found no date for “${echo(text)}” in the articles.`, ['/timeline', ...suggestionsFor(k)]);
  const { ranked, forms, start, end } = found;
  const e = finer(found.event, ranked);
  // "When will the plant open?" asks what is to come: a date before the article is another event
  // (its announcement), told in the past, and no answer.
  const published = e.sentence.paragraph.article.published;
  if (dq.future && e.date.start.slice(0, 10) < published.slice(0, e.date.start.length) && !COMING_WORDS.test(e.sentence.text)) {
    const a = notFound(`The articles give no date for that yet. The nearest dated fact: ${formatDate(e.date)}: ${e.sentence.text}`, ['/timeline']);
    return withEvidence({ ...a, citations: [citeSentence(e.sentence)] }, [e.sentence]);
  }
  // "When did Breed visit Shenzhen?": a range the sentence gives without naming the place (the whole
  // trip) does not date the visit to it; it is the nearest dated fact.
  const places = [...text.matchAll(/\b\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*/gu)].map((m) => m[0]).filter((w) => k.places.has(fold(w)));
  const unplaced = places.filter((place) => !k.retriever.analyze(place).every((t) => k.retriever.termsOfSentence(e.sentence).has(t.term)));
  if (e.date.end && !start && !end && unplaced.length) {
    const a = notFound(`The articles give no date for that in ${unplaced.join(' and ')}. The nearest dated fact: ${formatDate(e.date)}: ${e.sentence.text}`, [
      '/timeline',
    ]);
    return withEvidence({ ...a, citations: [citeSentence(e.sentence)] }, [e.sentence]);
  }
  // "When will Halvard's plant open?": a body the question names must be in the dated
  // sentence's paragraph; "the port would open a cargo terminal" dates another thing's opening.
  const absent = ownersAsked(k, text).find(
    (name) => !k.retriever.analyze(name).every((t) => e.sentence.paragraph.sentences.some((x) => k.retriever.termsOfSentence(x).has(t.term))),
  );
  if (absent) {
    const a = notFound(`The articles give no date for that of ${absent}. The nearest dated fact: ${formatDate(e.date)}: ${e.sentence.text}`, ['/timeline']);
    return withEvidence({ ...a, citations: [citeSentence(e.sentence)] }, [e.sentence]);
  }
  // "What date …?" asks for a day: a month or a year is what the articles say, not an answer.
  if ((dq.asksDay ?? ASKS_DAY.test(text)) && e.date.precision !== 'day') {
    const a = notFound(`The articles give no exact date for that. They say “${e.phrase}” (${formatDate(e.date)}): ${e.sentence.text}`, ['/timeline']);
    return withEvidence({ ...a, citations: [citeSentence(e.sentence)] }, [e.sentence]);
  }
  const others = ranked.filter((x) => x.score >= ranked[0]!.score * 0.8 && x.item.sentence !== e.sentence).slice(0, 4);
  // "When did her mission begin?" dated by "closed a four-day tour on Monday": its end, less its length
  // (and the other way round); with no length told, the day found is the other end, no answer.
  const otherEnd = !e.date.end && e.date.precision === 'day' && (start || end) ? toldAsOtherEnd(e, start) : undefined;
  if (otherEnd === null) {
    const a = notFound(
      `The articles give no date for when that ${start ? 'began' : 'ended'}; they date its ${start ? 'end' : 'start'}: ${formatDate(e.date)}: ${e.sentence.text}`,
      ['/timeline'],
    );
    return withEvidence({ ...a, citations: [citeSentence(e.sentence)] }, [e.sentence]);
  }
  const date = otherEnd
    ? { start: otherEnd.day, precision: 'day' as const }
    : e.date.end && (start || end)
      ? { start: end ? e.date.end : e.date.start, precision: e.date.precision }
      : e.date;
  const span = otherEnd
    ? ` (the ${start ? 'first' : 'last'} of ${otherEnd.length} days ${start ? 'ending' : 'starting'} ${formatDate(e.date)})`
    : date !== e.date
      ? ` (${end ? 'the end' : 'the start'} of ${formatDate(e.date)})`
      : '';
  // Other outlets' reports of the same event: the same date corroborates it, another date is shown beside it.
  const outlets = new Map<string, DatedEvent>([[e.sentence.paragraph.article.source, e]]);
  for (const x of ranked) {
    const source = x.item.sentence.paragraph.article.source;
    if (x.score < ranked[0]!.score * 0.8 || outlets.has(source)) continue;
    outlets.set(
      source,
      chooseEvent(
        ranked.filter((y) => y.item.sentence === x.item.sentence).map((y) => y.item),
        forms,
        dq.future,
      ),
    );
  }
  // Another outlet counts only where it reports the same event, not just another dated sentence.
  const reports = [...outlets.values()].filter((r) => r === e || sameFact(ctx, e.sentence, r.sentence));
  const differ = reports.filter((r) => r.date.start !== e.date.start);
  const lines = [`${formatDate(date)}${span}${otherEnd ? '' : reading(e)}: ${e.sentence.text}`];
  if (differ.length) lines.push(disagreement(reports.map((r) => ({ value: formatDate(r.date), sentence: r.sentence }))));
  else if (reports.length > 1)
    lines.push(
      `Also reported by ${reports
        .slice(1)
        .map((r) => `${r.sentence.paragraph.article.source} (${r.sentence.paragraph.article.published})`)
        .join(', ')}.`,
    );
  const a = answer(
    formatDate(date),
    lines.join('\n'),
    reports.map((r) => citeSentence(r.sentence)),
    {
      items: others.filter((x) => !reports.includes(x.item)).map((x) => eventItem(x.item)),
      suggestions: ['/timeline'],
    },
  );
  return withEvidence(
    a,
    reports.map((r) => r.sentence),
  );
}

/**
 * Among equally good events, the one the question means: in the tense it asks about (what was, or
 * what is to come, against the article's publication date), then the date phrase nearest the
 * question's words in its sentence ("signed ... on Tuesday to start a ferry by 2026").
 */
function chooseEvent(events: DatedEvent[], forms: string[], future: boolean | undefined, verbForms: string[] = []): DatedEvent {
  const coming = (e: DatedEvent) => e.date.start > e.sentence.paragraph.article.published.slice(0, e.date.start.length);
  // "later this month" in an article of that month may be past or to come.
  const either = (e: DatedEvent) => e.date.precision !== 'day' && e.date.start === e.sentence.paragraph.article.published.slice(0, e.date.start.length);
  const inTense = future === undefined ? events : events.filter((e) => either(e) || coming(e) === future);
  const pool = inTense.length ? inTense : events;
  const first = pool[0]!;
  // "later this month, at its March 27 meeting": a coarse date that holds a finer one of its sentence is
  // that one told twice.
  // (In its clause: "is to visit later this month, and the council will vote at its March 25 meeting" tells two.)
  const text = first.sentence.text;
  const told = pool.filter((e) => e.sentence === first.sentence);
  const clauseOf = (e: DatedEvent) => clauseBounds(text, Math.max(text.indexOf(e.phrase), 0))[0];
  const refined = (e: DatedEvent) =>
    e.date.precision !== 'day' &&
    !e.date.end &&
    told.some((o) => o.date.precision === 'day' && o.date.start.startsWith(e.date.start) && clauseOf(o) === clauseOf(e));
  const same = told.filter((e) => !refined(e));
  if (same.length < 2) return same[0] ?? first;
  // A timeline's entry, "Aug. 4, 2025 — … announces a mission for October": the date that heads it dates
  // what the entry tells, unless the question names the other's month.
  const head = same.find((e) => text.startsWith(e.phrase) && /^\s*(?:[\u2014\u2013:]|--)/.test(text.slice(e.phrase.length)) && e.date.precision === 'day');
  if (head && !same.some((e) => e !== head && forms.some((f) => stem(e.phrase).startsWith(f) || f === stem(e.phrase)))) return head;
  const positions = [...text.matchAll(/[\p{L}\p{N}]+/gu)].filter((m) => forms.includes(stem(m[0]))).map((m) => m.index);
  // Where an event's phrase stands: "Saturday" of "fly home Saturday", not the one inside another
  // event's longer phrase ("on Saturday, Oct. 12") earlier in the sentence.
  const longer = same.map((o) => ({ from: text.indexOf(o.phrase), length: o.phrase.length }));
  const indexOf = (e: DatedEvent) => {
    const all: number[] = [];
    for (let at = text.indexOf(e.phrase); at >= 0; at = text.indexOf(e.phrase, at + 1)) all.push(at);
    const free = all.find((at) => !longer.some((o) => o.length > e.phrase.length && at >= o.from && at < o.from + o.length));
    return free ?? all[0] ?? undatedClause(e);
  };
  // A day the sentence's heading gives ("Day 6"), not its own words: it dates the clause with no date of its own
  // ("… became sister ports in 1992, and at the town hall we renewed the compact").
  const undatedClause = (e: DatedEvent) => {
    if (e.date.precision !== 'day') return -1;
    const own = same
      .filter((o) => o !== e)
      .map((o) => text.indexOf(o.phrase))
      .filter((at) => at >= 0);
    const starts = [0, ...[...text.matchAll(CLAUSE_BREAK)].map((m) => m.index + 1)];
    return (
      starts.find((from) => {
        const [a, b] = clauseBounds(text, from);
        return !own.some((at) => at >= a && at < b);
      }) ?? -1
    );
  };
  const distance = (e: DatedEvent) => Math.min(...positions.map((p) => Math.abs(indexOf(e) - p)), Infinity);
  const dated = same.map(indexOf).filter((at) => at >= 0);
  // The clause that holds most of the question's words dates it: "a delegation is to visit later
  // this month, and the council will vote at its March 25 meeting" dates the vote March 25.
  const clauseWords = (e: DatedEvent) => {
    const at = indexOf(e);
    const [from, to] = clauseBounds(text, Math.max(at, 0), dated);
    const own = positions.filter((p) => p >= from && p < to).length;
    // "ratified the agreement on Oct. 28, and it took effect three weeks later": "it" stands for
    // what the clause before spoke of, so that clause's words are this one's too.
    if (from > 0 && /^[,;]?\s*(?:and|but)?\s*(?:it|they)\s/i.test(text.slice(from, to).replace(/^,\s+/, ', '))) {
      const [before] = clauseBounds(text, from - 1, dated);
      return own + positions.filter((p) => p >= before && p < from).length;
    }
    return own;
  };
  // "questioned it on Sept. 25, two days after the office announced it": the words after a "days
  // after" phrase belong to its own date, the words before it to the date the sentence gives.
  const chained = same.find((e) => /\b(?:days?|weeks?)\s+(?:after|before|earlier|later)\b/i.test(e.phrase));
  const split = chained ? indexOf(chained) : -1;
  const sideWords = (e: DatedEvent) => (split < 0 ? 0 : positions.filter((p) => (e === chained ? p > split : p < split)).length);
  // "When does the first flight leave?" asked in the present: of two dates equally near, the one to come.
  const ahead = (e: DatedEvent) => (future === undefined && coming(e) ? 1 : 0);
  // "when was the sister port compact renewed": the clause that holds the question's own verb tells its event
  // ("became sister ports in 1992, and … we renewed the compact").
  // ("when did she return": "came home" is where the return is told.)
  const toldAt = TOLD_OTHERWISE.filter(([verbs]) => verbs.some((v) => verbForms.includes(v))).flatMap(([, told]) => toldAtAll(told, text));
  const verbAt = [...[...text.matchAll(/[\p{L}\p{N}]+/gu)].filter((m) => verbForms.includes(stem(m[0]))).map((m) => m.index), ...toldAt];
  const holdsVerb = (e: DatedEvent) => {
    const [from, to] = clauseBounds(text, Math.max(indexOf(e), 0), dated);
    return verbAt.some((p) => p >= from && p < to) ? 1 : 0;
  };
  return [...same].sort(
    (a, b) => holdsVerb(b) - holdsVerb(a) || clauseWords(b) - clauseWords(a) || sideWords(b) - sideWords(a) || ahead(b) - ahead(a) || distance(a) - distance(b),
  )[0]!;
}

// A clause ends at a semicolon, or a comma before "and", "but", "while", "where" …
// ("flies home on the 23rd and will brief the board on June 2": an "and" before another verb phrase too.)
const CLAUSE_BREAK =
  /;|,\s+(?:and|but|while|whereas|where|when|as)\s+|\s+and\s+(?:(?:the|a|an)\s+(?=\p{L}+\s+(?:will|would|is|are|was|were|has|have|had)\b)|(?=(?:will|would|is|are|was|were|has|have|had)\s+\p{Ll}))/gu;
// … and before another verb of a series when that verb has a day of its own: "left on Tuesday, Sept.
// 30, | landed in Accra the next afternoon | and made the drive on Oct. 2" (but "toured a plant on
// Monday, then signed a memorandum" is all Monday's).
const SERIES_BREAK = new RegExp(NEW_VERB_PHRASE.source, 'gu');

/** Where the clause around a position starts and ends; `dated` are the positions of the sentence's date phrases. */
function clauseBounds(text: string, at: number, dated: number[] = []): [number, number] {
  const hard = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  const soft = [...text.matchAll(SERIES_BREAK)].map((m) => m.index);
  const breaks = [...hard, ...soft].sort((a, b) => a - b);
  const from = Math.max(0, ...breaks.filter((b) => b <= at));
  let to = Math.min(text.length, ...breaks.filter((b) => b > at));
  // A verb of the series with no day of its own goes with the day before it.
  while (soft.includes(to)) {
    const next = Math.min(text.length, ...breaks.filter((b) => b > to));
    if (dated.some((d) => d >= to && d < next)) break;
    to = next;
  }
  return [from, to];
}

const timelines = new WeakMap<EventList, Answer>();

export function timeline(ctx: AnswerContext): Answer {
  const events = ctx.knowledge.eventList;
  let cached = timelines.get(events);
  if (!cached) timelines.set(events, (cached = buildTimeline(ctx)));
  return cached;
}

/** A timeline longer than this lists its first events and points to the commands that narrow it. */
const TIMELINE_ITEMS = 100;

function buildTimeline(ctx: AnswerContext): Answer {
  const events = ctx.knowledge.eventList;
  // Listed: the first events, less a sentence pasted into several articles. Counted: all of them
  // (reading tens of thousands of events to leave out the rare repeat cost tens of milliseconds).
  const listed = uniqueEvents(events.slice(0, TIMELINE_ITEMS * 2)).slice(0, TIMELINE_ITEMS);
  if (!listed.length) return notFound('The articles hold no dated events.', ['/sources']);
  const count = events.length;
  const first = events.slice(0, 1)[0]!.date;
  const last = events.slice(count - 1, count)[0]!.date;
  const span = `from ${formatDate(first)} to ${formatDate(last.end ? { ...last, start: last.end } : last)}`;
  const more = count > listed.length ? ` The first ${listed.length} are listed; for a day ask /onthisday DATE, for one event /when EVENT.` : '';
  return listAnswer('Timeline', `${count.toLocaleString('en-US')} dated events, ${span}.${more}`, listed.map(eventItem), ['/onthisday']);
}

function uniqueEvents(events: DatedEvent[]): DatedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = eventKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const eventKey = (e: DatedEvent) => `${e.date.start}|${e.date.end ?? ''}|${e.sentence.text}`;

/** Month and day ("04-18") of a date in a time zone. */
export function monthDay(d: Date, timezone: string): { year: number; monthDay: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return { year: Number(get('year')), monthDay: `${get('month')}-${get('day')}` };
}

/** A day's events as list items: its own first, then the ranges that cover it. */
export function dayItems({ own, during }: { own: DatedEvent[]; during: DatedEvent[] }): AnswerItem[] {
  return [...own.map(eventItem), ...during.map((e) => ({ ...eventItem(e), text: `During ${formatDate(e.date)}: ${e.sentence.text}` }))];
}

/** Events of a month and day in any year; ranges that cover the day come after the day's own events. */
export function eventsOn(events: EventList, md: string): { own: DatedEvent[]; during: DatedEvent[] } {
  const own = uniqueEvents(events.onDay(md));
  const during = uniqueEvents(
    events.periods().filter((e) => {
      if (e.date.start.slice(5) === md) return false;
      const inYear = `${e.date.start.slice(0, 4)}-${md}`;
      return inYear > e.date.start && inYear <= e.date.end!;
    }),
  );
  return { own, during };
}

const SUBSCRIPTION_WORDS = /^(?:subscribe|unsubscribe|status)\b/i;

export function onThisDay(ctx: AnswerContext, args: string): Answer {
  const text = args.trim();
  if (SUBSCRIPTION_WORDS.test(text)) {
    return refusal('Daily “on this day” posts are set up in a Discord or Slack channel: /onthisday subscribe [HH:MM] there.', ['/onthisday']);
  }
  let md: string;
  const bare = /^(\d{1,2})-(\d{1,2})$/.exec(text); // "04-18": month and day, as in ISO dates
  if (!text) md = monthDay(ctx.now(), ctx.timezone).monthDay;
  else if (bare && Number(bare[1]) >= 1 && Number(bare[1]) <= 12 && Number(bare[2]) >= 1 && Number(bare[2]) <= 31) {
    md = `${bare[1]!.padStart(2, '0')}-${bare[2]!.padStart(2, '0')}`;
  } else {
    const parsed = chronoEn().parse(text, { instant: ctx.now(), timezone: 0 })[0];
    if (!parsed || (!parsed.start.isCertain('day') && !parsed.start.isCertain('weekday') && !/^(?:today|tomorrow|yesterday)$/i.test(text))) {
      return usage(`I could not read “${echo(text)}” as a date. Try a date such as 2024-04-18 or a month and day.`, ['/onthisday', '/timeline']);
    }
    const d = parsed.start;
    md = `${String(d.get('month')).padStart(2, '0')}-${String(d.get('day')).padStart(2, '0')}`;
  }
  const label = monthDayLabel(md);
  const { own, during } = eventsOn(ctx.knowledge.eventList, md);
  if (!own.length && !during.length) {
    return notFound(`Nothing in the articles happened on ${label}.`, ['/timeline', ...suggestionsFor(ctx.knowledge).slice(0, 2)]);
  }
  const years = [...new Set(own.map((e) => e.date.start.slice(0, 4)))].join(', ');
  const items = dayItems({ own, during });
  const summary = own.length
    ? `On this day, ${label}, in ${years}: ${own.length} event${own.length === 1 ? '' : 's'} in the articles${during.length ? `, and ${during.length} longer period${during.length === 1 ? '' : 's'} that include${during.length === 1 ? 's' : ''} the day` : ''}.`
    : `Nothing is dated ${label} itself, but it falls within: ${during.map((e) => formatDate(e.date)).join('; ')}.`;
  return listAnswer(`On this day: ${label}`, summary, items, ['/timeline']);
}

/** The bodies a question names as owners ("Halvard's plant"): a capitalised name with "'s" that is no place and no person. */
function ownersAsked(k: Knowledge, text: string): string[] {
  return [...text.matchAll(/\b(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)['\u2019]s\b/gu)]
    .map((m) => m[1]!)
    .filter((name) => !k.places.has(fold(name)) && !peopleNamedIn(k, name).length && k.retriever.analyze(name).every((t) => k.retriever.knows(t.term)));
}
