import { RETURN_TRIP, TRIP_NOUN } from '../knowledge/lexicon.ts';
import type { Answer } from './types.ts';
import { DEPARTED, JOINED_VERB, RETURNED, formatDate, type DatedEvent } from '../knowledge/events.ts';
import { evidenceOf, stated, unsupported } from './compose.ts';
import { findEvent } from './events.ts';
import { durationIn, spanOf } from './extract.ts';
import { peopleNamedIn } from './named.ts';
import { capitalisedRuns } from './reason.ts';
import { entityTerms, holdsEntities, retrievalText, supporting, type Scope } from './scope.ts';
import { echo, fold, isStopWord, stem, words } from '../text.ts';
import type { Article, Sentence } from '../corpus/types.ts';
import type { Person } from '../knowledge/people.ts';
import { maskQuotes, quoteSpans } from '../knowledge/quotes.ts';

// Lengths of time: how long a trip lasted, and the time between two dated events: "how many days after the memorandum was the letter signed?",
// "how many days passed between the announcement and the signing?". Each side is found as /when
// finds an event; the answer is the difference of their calendar days, with both sentences cited.

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };
const AUX = '(?:did|does|do|was|were|is|are|will|would|had|has|have)';

/** The two events a "how many days …" question compares, or undefined when it compares none. */
export function intervalParts(text: string): { unit: string; from: string; to: string } | undefined {
  // "how long after the mission ended did the airline announce the route": counted in days.
  const long = /^how\s+(?:long|soon)\s+((?:after|before)\s+.*)$/i.exec(text);
  const m = long ? ['', 'days', long[1]!] : /^how\s+many\s+(days?|weeks?)\b\s*(.*)$/i.exec(text);
  if (!m) return undefined;
  const unit = m[1]!.toLowerCase().replace(/s$/, '');
  const rest = m[2]!.replace(/^(?:passed|elapsed|went\s+by|were\s+there|was\s+it|are\s+there)\s+/i, '');
  const between = /^(?:between|from)\s+(.+?)\s+(?:and|to|until|till)\s+(.+)$/i.exec(rest);
  if (between) return { unit, from: between[1]!, to: between[2]! };
  // "after the memorandum was the letter signed": the anchor, then the event asked about.
  // The last auxiliary starts the event asked about: "after it was signed did the agreement take effect".
  const after = new RegExp(`^(after|before|later\\s+than|earlier\\s+than)\\s+(.+)\\s+${AUX}\\s+(.+)$`, 'i').exec(rest);
  if (after) {
    // "it" is what the other side is about: "after it was signed did the agreement take effect".
    const other = after[3]!.split(/\s+/);
    const anchor = after[2]!.replace(/^(?:it|they)\s+(?=\S)/i, `${other.slice(0, Math.max(1, other.length - 2)).join(' ')} `);
    return /^(?:before|earlier)/i.test(after[1]!) ? { unit, from: after[3]!, to: anchor } : { unit, from: anchor, to: after[3]! };
  }
  // "was the letter signed after the memorandum".
  const later = new RegExp(`^${AUX}\\s+(.+?)\\s+(after|before)\\s+(.+)$`, 'i').exec(rest);
  if (later) return later[2]!.toLowerCase() === 'after' ? { unit, from: later[3]!, to: later[1]! } : { unit, from: later[1]!, to: later[3]! };
  return undefined;
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

// A side of an interval that is a trip's start or end, however the question words it.
const LEAVING = /\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing|ure)?|fl(?:y|ew|ying)\s+out|set(?:ting)?\s+(?:off|out)|took\s+off)\b/i;
const COMING_BACK =
  /\b(?:return(?:s|ed|ing)?|got\s+(?:back|home)|getting\s+(?:back|home)|(?:came|come|coming)\s+(?:back|home)|back\s+home|flew\s+home|homecoming)\b/i;

export function intervalAnswer(s: Scope, parts: { unit: string; from: string; to: string }): Answer {
  const k = s.ctx.knowledge;
  // A trip's end the question names ("after she got home"): the dated departure or return of the
  // article the rest of the question points to, among the first that tell one.
  const endOfTrip = (end: 'left' | 'back', within?: DatedEvent): DatedEvent | undefined => {
    const articles = within ? [within.sentence.paragraph.article] : k.retriever.candidateArticles(s.q.text).slice(0, 5);
    return articles.map((a) => tripEnds(k.eventsByArticle.get(a) ?? [])[end]).find(Boolean);
  };
  const find = (text: string, within?: DatedEvent): DatedEvent | undefined => {
    const e = eventFor(text, within);
    const end = COMING_BACK.test(text) ? 'back' : LEAVING.test(text) ? 'left' : undefined;
    // An event told as a departure or a return ("the students set off on March 16") is that end;
    // else the trip's own.
    if (!end || (e?.date.precision === 'day' && (end === 'back' ? RETURNED : DEPARTED).test(clauseOf(e)))) return e;
    return endOfTrip(end, within) ?? e;
  };
  const eventFor = (text: string, within?: DatedEvent): DatedEvent | undefined => {
    const named = peopleNamedIn(k, text);
    const found = findEvent(s.ctx, text, {
      future: undefined,
      named: named.length ? named : s.named.filter((p) => text.includes(p.name)),
      within: within?.sentence.paragraph.article,
    });
    // Days are counted between days: a nearly as good event dated to the day beats a month.
    const best = found?.ranked[0]?.score ?? 0;
    const e =
      found && found.event.date.precision !== 'day'
        ? (found.ranked.find((x) => x.item.date.precision === 'day' && x.score >= best * 0.7)?.item ?? found.event)
        : found?.event;
    // "after the mission ended": the end of a dated range.
    if (e?.date.end && /\b(?:end|ended|ends|ending|finished|concluded|wrapped|over|returned)\b/i.test(text))
      return { ...e, date: { ...e.date, start: e.date.end, end: undefined } };
    return e;
  };
  // "after the memorandum was the letter signed": the anchor is an event of the same verb.
  const verb = /\b(\p{Ll}+ed)$/u.exec(parts.to)?.[1];
  if (verb && !/\b\p{Ll}+(?:ed|ing)\b/u.test(parts.from)) parts = { ...parts, from: `${parts.from} ${verb}` };
  // Both events of one story: the second is sought first in the article of the first.
  const first = find(parts.from);
  const to = find(parts.to, first);
  const from = to && first && to.sentence.paragraph.article !== first.sentence.paragraph.article ? find(parts.from, to) : first;
  const what = `how many ${parts.unit}s lie between ${echo(parts.from, 50)} and ${echo(parts.to, 50)}`;
  // Both sides must be dated to the day, and be two events: one sentence may tell two ("left on
  // Saturday, Sept. 20, and landed back home on Sunday, Sept. 28"), on two days.
  // Two articles may tell one story only where they are about the same person.
  const [a, b] = [from?.sentence.paragraph.article, to?.sentence.paragraph.article];
  const apart = a && b && a !== b && (!k.subjectOf(a) || k.subjectOf(a) !== k.subjectOf(b));
  if (!from || !to || apart || from.date.precision !== 'day' || to.date.precision !== 'day' || (from.sentence === to.sentence && from.phrase === to.phrase)) {
    return unsupported(s.ctx, what, (from ?? to)?.sentence);
  }
  const days = Math.abs(dayNumber(to.date.start) - dayNumber(from.date.start));
  const size = UNIT_DAYS[parts.unit] ?? 1;
  const n = Math.round((days / size) * 10) / 10;
  const count = `${n} ${parts.unit}${n === 1 ? '' : 's'}`;
  return stated(count, `${count}: ${formatDate(from.date)} (${echo(parts.from, 60)}) and ${formatDate(to.date)} (${echo(parts.to, 60)})`, [
    from.sentence,
    to.sentence,
  ]);
}

/**
 * A trip told by its two ends: "The delegation left … on Friday, Oct. 3" and "came home … on
 * Saturday, Oct. 11": nine days, counting both. Only when the article dates one departure and one
 * return, each to the day, the return after the departure.
 */
function departureToReturn(events: DatedEvent[]): Answer | undefined {
  const day = events.filter((e) => e.date.precision === 'day' && !e.date.end);
  const left = [...new Set(day.filter((e) => DEPARTED.test(clauseOf(e)) && !RETURNED.test(clauseOf(e))).map((e) => e.date.start))];
  const back = [...new Set(day.filter((e) => RETURNED.test(clauseOf(e))).map((e) => e.date.start))];
  if (left.length !== 1 || back.length !== 1 || back[0]! < left[0]!) return undefined;
  const from = day.find((e) => e.date.start === left[0])!;
  const to = day.find((e) => e.date.start === back[0])!;
  const days = dayNumber(to.date.start) - dayNumber(from.date.start) + 1;
  return stated(`${days} days`, `${days} days, ${formatDate({ ...from.date, end: to.date.start })}`, [from.sentence, to.sentence]);
}

/**
 * The day an article's trip began and the day it ended: the one dated departure and the one dated
 * return it tells ("left … on Saturday, Sept. 20", "landed back home on Sunday, Sept. 28"), or else
 * the ends of the one range it dates to the day ("Dates: Jan. 17 – Jan. 26").
 */
function tripEnds(events: DatedEvent[], holds: (e: DatedEvent) => boolean = () => true): { left?: DatedEvent; back?: DatedEvent } {
  // The story's own telling: not a caption ("Mayor Thorsby, left, …"), and not a clause that only
  // dates something else from it ("two weeks after she flew home, the council …").
  const told = (e: DatedEvent, verb: RegExp) => {
    const clause = clauseOf(e);
    const at = verb.exec(clause)?.index;
    if (at === undefined || /\b(?:after|since|before|until)\b/i.test(clause.slice(0, at))) return false;
    // The verb's day is the first told after it: "boarded … that Saturday and stepped off … on Monday".
    const text = e.sentence.text;
    const verbAt = text.indexOf(clause) + at;
    const own = text.indexOf(e.phrase);
    return !events.some((o) => o.sentence === e.sentence && o !== e && text.indexOf(o.phrase) > verbAt && text.indexOf(o.phrase) < own);
  };
  const day = events.filter((e) => e.date.precision === 'day' && !e.date.end && e.sentence.paragraph.kind === 'story' && holds(e));
  const one = (found: DatedEvent[]) => (new Set(found.map((e) => e.date.start)).size === 1 ? found[0] : undefined);
  // (Not the hosts' "return visit" or "return delegation": their trip, not this one.)
  const ranges = events.filter((e) => e.date.precision === 'day' && e.date.end && holds(e) && !RETURN_TRIP.test(e.sentence.text));
  const range = new Set(ranges.map((e) => `${e.date.start}|${e.date.end}`)).size === 1 ? ranges[0] : undefined;
  const departures = day.filter((e) => told(e, DEPARTED) && !RETURNED.test(clauseOf(e)));
  const left = one(departures) ?? (range && { ...range, date: { ...range.date, end: undefined } });
  // ("returned to the capital … and flew home the following day": of two returns, the one home.)
  const returns = day.filter((e) => told(e, RETURNED));
  // ("leaves Tolland … lands in Tolland": a landing where the trip set off from is its return.)
  const setOff = [...departures].sort((a, b) => a.date.start.localeCompare(b.date.start))[0];
  const home = setOff
    ? /\b(?:leaves?|left|depart(?:s|ed)?|fl(?:y|ies|ew)\s+out\s+of)\s+(?:from\s+)?(\p{Lu}[\p{L}\p{M}-]+)/u.exec(clauseOf(setOff))?.[1]
    : undefined;
  const landed = home
    ? day.filter(
        (e) =>
          e.date.start > setOff!.date.start &&
          new RegExp(`\\b(?:lands?|landed|arrives?|arrived)\\s+(?:back\\s+)?(?:in|at)\\s+${home}\\b`, 'u').test(clauseOf(e)),
      )
    : [];
  const back =
    one(returns) ??
    one(returns.filter((e) => /\b(?:home|back)\b/i.test(nearestVerb(e, RETURNED)))) ??
    one(landed) ??
    (range && { ...range, date: { start: range.date.end!, precision: range.date.precision } });
  return { left, back };
}

const JOINED_VERBS = new RegExp(JOINED_VERB.source, 'g');

/** The words of the verb nearest an event's date phrase: "flew home" of "… and flew home the following day". */
function nearestVerb(e: DatedEvent, verb: RegExp): string {
  const text = e.sentence.text;
  const at = text.indexOf(e.phrase);
  const found = [...text.matchAll(new RegExp(verb.source, 'gi'))];
  const distance = (m: RegExpExecArray) => (m.index > at ? m.index - at - e.phrase.length : at - m.index - m[0].length);
  return found.sort((a, b) => distance(a) - distance(b))[0]?.[0] ?? '';
}

/** The words of an event's sentence around its date: the clause that holds the date phrase. */
function clauseOf(e: DatedEvent): string {
  // (Words in quotation marks tell no departure or return: "… we return every call the same day.")
  const text = /["\u201c]/.test(e.sentence.text) ? maskQuotes(e.sentence.text, quoteSpans(e.sentence.text)) : e.sentence.text;
  const at = text.indexOf(e.phrase);
  if (at < 0) return text;
  // ("leaves on Sunday and is due back Wednesday": a verb of its own after "and" is another clause.)
  const joined = [...text.matchAll(JOINED_VERBS)].map((m) => m.index);
  // (A full stop ends a clause only before a capital: "at 9:40 p.m. that Saturday" is one clause.)
  const stops = [...text.matchAll(/\.\s+(?=["“]?\p{Lu})/gu)].map((m) => m.index);
  const start = Math.max(text.lastIndexOf(';', at), ...stops.filter((i) => i < at), ...joined.filter((i) => i < at)) + 1;
  const ends = [text.indexOf(';', at), text.indexOf(', and', at), ...joined.filter((i) => i > at)].filter((i) => i > 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

// "How long was she away?": being away is the trip, whatever words the question uses for it.
const AWAY = /\b(?:gone|away|abroad|overseas|out\s+of\s+(?:the\s+)?(?:country|town)|on\s+the\s+road)\b/gi;

// A trip's length as news prose gives it: "a ten-day trade and friendship mission".
const TRIP_LENGTH =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)[- ](day|week|month)s?(?:[- ]long)?\s+(?:(?:[\p{L}-]+\s+){0,4}?(?:trip|visit|mission|tour|journey|stay|swing)\b|(?:overseas|abroad|away)\b)/iu;

/** How long: a trip's length (its prose or its dated range), the time between two events, or a span the sentence gives. */
export function duration(s: Scope): Answer {
  const interval = intervalParts(s.q.text);
  if (interval) return intervalAnswer(s, interval);
  // "how many days was Breed in China": a person's days in a place are a trip too.
  const away =
    AWAY.test(retrievalText(s)) ||
    // ("how long do visitors stay" asks of them, not of the trip: only "her stay" is one.)
    TRIP_NOUN.test(s.q.text) ||
    /\b(?:the|her|his|their|its)\s+stay\b/i.test(s.q.text) ||
    (s.named.length > 0 && /\bin\s+\p{Lu}/u.test(s.q.about ?? ''));
  AWAY.lastIndex = 0;
  // A trip is found by whose it is and where it went: the question's names, and the word trip.
  const names = capitalisedRuns(s.q.text).join(' ');
  const own = retrievalText(s)
    .replace(AWAY, ' ')
    .replace(/\b(?:how|many|long|days?|weeks?|months?|last(?:ed|s)?|take|took|takes|spend|spent|in)\b/gi, ' ');
  const text = away ? `${own} ${names} ${s.named.map((p) => p.name).join(' ')} trip` : retrievalText(s);
  const since = /^how\s+(?:long|many\s+\w+)\s+(?:have|has|had)\b/i.test(s.q.text);
  const candidates = supporting(s, text, away ? 0.3 : 0.5).slice(0, 30);
  if (away) {
    // A trip is as long as the prose of the article about it says ("the eight-day mission"), or as
    // its dated range ("from April 14 to Sunday").
    const r = s.ctx.knowledge.retriever;
    const names = entityTerms(r, text);
    const article = r
      .candidateArticles(text)
      .find((a) => holdsEntities(r, a, names) && (!s.named.length || s.named.some((p) => s.ctx.knowledge.subjectOf(a) === p)));
    // "how many days did she spend in Kelm": a place asked must be where the length is told; a
    // whole trip's length is no stay in one of its stops.
    const place = /\bin\s+(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*)/u.exec(s.q.about ?? '')?.[1];
    const asked = place && s.ctx.knowledge.places.has(fold(place)) ? fold(place) : undefined;
    const tells = (x: Sentence) => !asked || fold(x.text).includes(asked);
    for (const sentence of article?.paragraphs.filter((p) => p.kind === 'story').flatMap((p) => p.sentences) ?? []) {
      const m = TRIP_LENGTH.exec(sentence.text);
      if (m && tells(sentence)) return stated(`${m[1]} ${m[2]}s`, `${m[1]} ${m[2]!.toLowerCase()}s`, [sentence]);
    }
    const span = article ? departureToReturn(s.ctx.knowledge.eventsByArticle.get(article) ?? []) : undefined;
    if (span && evidenceOf(span).some(tells)) return span;
    for (const sentence of candidates) {
      if (!tells(sentence)) continue;
      const range = (s.ctx.knowledge.eventsByArticle.get(sentence.paragraph.article) ?? []).find(
        (e) => e.sentence === sentence && e.date.end && e.date.precision === 'day',
      );
      if (!range) continue;
      const days = (Date.parse(range.date.end!) - Date.parse(range.date.start)) / 86_400_000 + 1;
      return stated(`${days} days`, `${days} days, ${formatDate(range.date)}`, [sentence]);
    }
  }
  // "how long is the lease the port is giving …": the span that modifies the thing itself ("a 40-year lease").
  // (The phrase's head: "the berry supply agreement" is an agreement.)
  const thing = !away
    ? /^how\s+long\s+(?:is|was|will\s+be|would\s+be)\s+(?:the|their|its|this|that|her|his)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:from|to|between|with|for|of|in|on|at|that|which|they|she|he|it|the|going|supposed)\b|\s*$)/iu
        .exec(s.q.text)?.[1]
        ?.split(/\s+/)
        .pop()
    : undefined;
  if (thing && !/^(?:trip|visit|stay|mission|tour|journey)$/i.test(thing)) {
    for (const sentence of supporting(s, retrievalText(s), 0.2).slice(0, 30)) {
      const span = spanOf(sentence.text, thing);
      if (span) return stated(span, span, [sentence]);
    }
  }
  // ("how long do visitors stay": no trip of the story's, but a span a sentence gives.)
  // A span told as such ("stays eight nights") before one that only describes a thing ("a 12-day tour").
  // ("how long was the flight": a span of a sentence that never speaks of a flight is another thing's, "a three-year agreement".)
  const ofThing = (x: Sentence) => !thing || words(x.text).some((w) => stem(fold(w)) === stem(fold(thing)));
  const spans = (away ? supporting(s, retrievalText(s), 0.5).slice(0, 30) : candidates)
    .filter(ofThing)
    .map((sentence) => ({ sentence, d: durationIn(sentence.text, since) }));
  const told = spans.find((x) => x.d && !x.sentence.text.includes(x.d.replace(/s$/, '').replace(' ', '-'))) ?? spans.find((x) => x.d);
  if (told) return stated(told.d!, told.d!, [told.sentence]);
  return unsupported(s.ctx, `how long ${echo(s.q.about ?? '', 60)}`, candidates[0]);
}

const TRAVELLER = /^(?:delegation|group|mission|team|party|entourage|mayor|governor|president|premier|minister|she|he|they|her|his|their|officials?)$/i;

// "when did the delegation fly out to India", "when did she get back": the trip's own ends (not
// "leave Beijing", a stop along the way).
const ASKS_DEPARTURE =
  /\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|fl(?:y|ew|ying)\s+out|set(?:ting)?\s+(?:off|out)|head(?:ed)?\s+(?:off|out))\b(?=\s+(?:for|to|on|in|of|from)\b|\s*$)/i;
const ASKS_RETURN =
  /\b(?:(?:return(?:ed)?|gets?|got|come|comes|came|fl(?:y|ies|ew)|head(?:s|ed)?|go|goes|went|land(?:s|ed|ing)?)\s+(?:back|home)\b|return(?:s|ed)?(?=\s+(?:from|to)\b|\s*$))/i;

/** The day the trip a date question asks about began or ended, told as a departure or a return (or as its dated range). */
export const tripEndAsked = (question: string): 'left' | 'back' | undefined =>
  ASKS_RETURN.test(question) ? 'back' : ASKS_DEPARTURE.test(question) ? 'left' : undefined;

export function tripEndAnswer(s: Scope): Answer | undefined {
  const end = tripEndAsked(s.q.text);
  if (!end) return undefined;
  const k = s.ctx.knowledge;
  const r = k.retriever;
  const names = entityTerms(r, s.q.text);
  // A departure asked by the place it left from ("fly out of Seattle", "leave from Seattle"), not the
  // one it left for (a departure is often told without it); a return is told by the home it reached.
  const origin = end === 'left' ? /\b(?:out\s+of|from|left|leave|depart(?:ed)?)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)/u.exec(s.q.text)?.[1] : undefined;
  const from = origin && k.places.has(fold(origin)) ? fold(origin) : undefined;
  // Whose trip: the traveller the article is about, by name, office or party ("the delegation",
  // "the mayor", "she"), not anyone else who travelled ("the Lincoln students").
  const verbAt = (end === 'back' ? ASKS_RETURN : ASKS_DEPARTURE).exec(s.q.text)?.index ?? 0;
  const who = words(s.q.text.slice(0, verbAt)).filter((w) => !isStopWord(w) && !/^(?:when|what|which|day|date)$/.test(w));
  const travels = (a: Article) => {
    const subject = k.subjectOf(a);
    // Their name, and the words of the headline (their city: "what Jacksonville brought home").
    // (And the words of their office: "the Carrow Bay group" for "Carrow Bay Mayor Simone Achterberg".)
    const travellers = [...(subject ? [subject] : []), ...s.named.filter((p) => p !== subject && madeTheTrip(p, a))];
    const own = new Set([...travellers.flatMap((p) => [p.name, ...p.roles.map((x) => x.role)].flatMap(words)), ...words(a.title)]);
    return who.every((w) => TRAVELLER.test(w) || own.has(w) || k.places.has(w) || !r.articleHas(a, stem(w)));
  };
  const e = r
    .candidateArticles(s.q.text)
    .slice(0, 5)
    // (Or one the article tells made the trip, where another is its main person: a guest telling of the mayor's mission.)
    .filter((a) => holdsEntities(r, a, names) && (!s.named.length || s.named.some((p) => k.subjectOf(a) === p || madeTheTrip(p, a))) && travels(a))
    // "When did they fly out of Seattle?" is not answered by "We left Sydney on …".
    .map((a) => tripEnds(k.eventsByArticle.get(a) ?? [], (x) => !from || fold(clauseOf(x)).includes(from))[end])
    .find(Boolean);
  return e && stated(formatDate(e.date), `${formatDate(e.date)}: ${e.sentence.text}`, [e.sentence]);
}

/** Does a sentence of the article tell of this person and the trip together ("Mayor X is back from … mission")? */
const madeTheTrip = (p: Person, a: Article) =>
  p.mentions.some((x) => x.paragraph.article === a && x.paragraph.kind === 'story' && /\b(?:trip|mission|visit|delegation|tour|journey)\b/i.test(x.text));

/** Does an answer's first line tell a departure (or a return)? */
export const tellsTripEnd = (a: Answer, end: 'left' | 'back') => (end === 'back' ? RETURNED : DEPARTED).test(a.text.split('\n')[0] ?? '');
