import type * as chrono from 'chrono-node/en';
import { trailingStamp } from '../corpus/clean.ts';
import { chronoEn } from '../corpus/lazy.ts';
import type { Article, Paragraph, Sentence } from '../corpus/types.ts';
import { isStopWord, stem, words } from '../text.ts';
import { maskQuotes, quoteSpans } from './quotes.ts';
import { SPEAKER_LABEL } from './lexicon.ts';

// Dated statements, resolved against the article's publication date: "on Thursday" in an article of
// Thursday 2024-04-18 is that day; "in November" a week later is November 2023. Each date keeps its
// precision, so a month is never printed as the first of the month.

export type Precision = 'day' | 'month' | 'year';

export interface EventDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY, by precision. */
  start: string;
  /** Same form as start, for ranges ("from April 14 to Sunday"). */
  end?: string;
  precision: Precision;
}

export interface DatedEvent {
  date: EventDate;
  /** The words that gave the date ("on Thursday"). */
  phrase: string;
  sentence: Sentence;
}

// Bare years ("in 2023", "since 1979") that chrono leaves alone.
const yearParser: chrono.Parser = {
  pattern: () =>
    /\b(?:in|since|by|until|of|from|during)\s+(?:(?:early|mid|late|the\s+(?:spring|summer|autumn|fall|winter)\s+of)[-\s]+)?((?:19|20)\d{2})\b(?![-/\d])/i,
  extract: (context, match) => {
    const component = context.createParsingComponents({ year: Number(match[1]) });
    component.imply('month', 1);
    component.imply('day', 1);
    return component;
  },
};

// "returning on the 18th", "by the 13th": a day of the publication's month, or of the month next
// to it when the day is nearer there (back, in a report) or has passed (forward, in a clause about
// what is coming).
const ordinalDayParser: chrono.Parser = {
  pattern: () =>
    /\b(?:on|by|until|till|before|after|from|through|since|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|century|anniversary|floor|time|annual|birthday|day|year|edition|round|place))/i,
  extract: (context, match) => {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    const ref = context.refDate;
    // Of that day in the month before, of, or after publication, the nearest to publication.
    const candidates = [-1, 0, 1].map((k) => new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + k, day))).filter((d) => d.getUTCDate() === day);
    // (Forward, the nearest that is not past: "returns on the 25th" on the 9th is this month's.)
    const ahead = context.option.forwardDate ? candidates.filter((d) => d >= ref) : [];
    const gap = (d: Date) => Math.abs(d.getTime() - ref.getTime());
    const best = (ahead.length ? ahead : candidates).sort((a, b) => gap(a) - gap(b))[0];
    if (!best) return null;
    const c = context.createParsingComponents({ day });
    c.imply('month', best.getUTCMonth() + 1);
    c.imply('year', best.getUTCFullYear());
    return c;
  },
};

let parser: chrono.Chrono | undefined;

/** chrono's casual English parser with bare years added, made on first use. */
function dateParser(): chrono.Chrono {
  if (!parser) {
    parser = chronoEn().casual.clone();
    parser.parsers.push(yearParser, ordinalDayParser);
  }
  return parser;
}

// "from Monday, May 4, to Friday, May 8": chrono reads a span only without the comma.
const SPAN_COMMA =
  /(\bfrom\s+[^.;]{0,30}?\d{1,2}(?:st|nd|rd|th)?),(?=\s+(?:through|to|until|till)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)/g;

/** The dates chrono reads in a text, a span's comma read as a space (same length: its indexes hold), its words as written. */
function parseDates(text: string, reference: chrono.ParsingReference, forwardDate = false): chrono.ParsedResult[] {
  const joined = text.replace(SPAN_COMMA, '$1 ');
  const found = dateParser().parse(joined, reference, forwardDate ? { forwardDate } : undefined);
  if (joined !== text) for (const r of found) (r as { text: string }).text = text.slice(r.index, r.index + r.text.length);
  return found;
}

// chrono is the slow part of start-up; most sentences hold no date word and are skipped (a bare
// number such as "80 leaders" is no date; a year, "5/6" or a month or weekday name may be).
const MAY_HOLD_DATE =
  /\b(?:1[6-9]|20|21)\d{2}\b|\d[/.-]\d|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:today|tonight|yesterday|tomorrow|ago|week|weekend|month|year|day|noon|midnight|morning|evening|afternoon|last|next|later|earlier)\b/i;
// MAY_HOLD_DATE matches month and weekday names as prefixes ("mayor", "market", "money"), so it
// lets through many sentences in which chrono finds nothing. CHRONO_CUES holds what chrono needs to
// find anything at all: a digit, a month or weekday name followed as its parsers allow, a casual
// date or time word, a time unit after a number or a direction. A sentence without one is not
// given to chrono: it would find nothing, so the events are the same, in a part of the time.
const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const WEEKDAY_NAMES = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thurs|thur|thu|fri|sat|weekend|weekday';
const TIME_UNIT = '(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)';
// After a unit in a duration: no letter, or the next number, a connector or the direction.
const AFTER_UNIT =
  '(?:(?![a-z])|(?=and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\\b|few|several|the|couple|ago|before|earlier|later|after|from|henceforth|forward|out))';
const CHRONO_CUES = new RegExp(
  [
    '\\d',
    // A month name may run into an ordinal ("May first"), a year or "of"; no other word.
    `(?:${MONTH_NAMES})(?:(?![a-z])|(?=of|fi|se|th|fo|si|ei|ni|te|el|tw))`,
    `(?:${WEEKDAY_NAMES})(?:(?![a-z])|(?=of|this|last|past|next))`,
    '\\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|day|night|morning|afternoon|evening|midnight|midday|noon)\\b',
    '(?:last|this)\\s*(?:night|morning|afternoon|evening|midnight|midday|noon)',
    `(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half(?:\\s*an?)?|an?\\b|few|several|the|couple(?:\\s*of)?|this|last|past|next|after)\\s*${TIME_UNIT}${AFTER_UNIT}`,
  ].join('|'),
  'i',
);

/** Can chrono find anything in this text? (False means it would find nothing.) */
export const mayHoldChronoDate = (text: string): boolean => CHRONO_CUES.test(text);

// Words that put a clause in the future or in progress: "will open", "is visiting ... to Sunday",
// "is to fly to the capital".
// ("The next afternoon" goes on from the story's day: no future.)
const COMING =
  /\b(?:will|shall|could|would|plans? (?:to|a|an)|planned|(?:is|are) (?:expected|scheduled|set|due|slated) (?:to|back|home|for)|(?:is|are) to (?=\w+ (?:the|a|an|to|with|in|at|on|for|his|her|their|its)\b)|upcoming|(?<!\bthe\s)next(?!\s+(?:day|morning|afternoon|evening|night)\b)|tomorrow|later this (?:week|month)|(?:is|are|am) (?:\w+ly )?\w+ing)\b/i;
// A schedule told in the present ("leaves Omaha on Sunday"): a bare weekday in it is still to come.
// (Not a month and day: "April 14 — Delegation arrives" is a timeline of what was.)
// A diary written on the way says it in the first person: "On Friday we fly south", "We fly home on Saturday".
const PRESENT_SCHEDULE =
  /\b(?:(?:leaves|lands|arrives|departs|returns|flies|heads|travels|sets off|sets out|comes back|comes home|gets back|gets home|begins|starts|opens|kicks off|wraps up|ends|concludes|closes|continues|moves on)|(?<=\b(?:[Ww]e|[Tt]hey|I)\s+)(?:leave|land|arrive|depart|return|fly|head|travel|set off|set out|drive|go|move on))(?=\s+(?:\p{Lu}|(?:on|for|in|to|at|home|back|out|off|up|south|north|east|west)\b))/u;
// A verb in the present, as a programme is told: "comes Thursday", "Friday's schedule includes".
const PRESENT_TENSE = /\b(?:is|are|comes|includes|begins|starts|ends|goes|features|brings|holds|has|opens|closes|continues|follows|takes|moves|wraps)\b/;
const SAME_DAY =
  /\b(?:the same day|that day|that same day|on the same day|the same (?:morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|that (?:morning|afternoon|evening)|later that day)\b/i;
// "50 teachers a year" is a rate, not a date.
const RATE = /^(?:a|per|each|every)\s+(?:year|month|week|day)$/i;

export function extractEvents(article: Article): DatedEvent[] {
  const events: DatedEvent[] = [];
  // Noon UTC of the publication day with a zero offset: chrono then reads every date as a calendar
  // date, whatever the host's zone.
  const published = { instant: new Date(`${article.published}T12:00:00Z`), timezone: 0 };
  let reference = published;
  // The day a live page's update heading gives ("Update, Tuesday 11:30 a.m."): what its block tells is
  // read from that day, not from publication; its sentences with no date of their own happened on it.
  // (`opens`: the order of the block's first paragraph.)
  let block: { day: string; heading: string; opens: number } | undefined;
  let lastDay: EventDate | undefined;
  // The day told last before a heading with no day reset lastDay.
  let beforeHeading: EventDate | undefined;
  // The last span of days the story told of ("From March 8 to March 15").
  let span: EventDate | undefined;
  // The last day of a programme still to come ("On 14 May the delegation will visit …"): "The next
  // day, the governor will …" goes on from it, whatever past day was named in between.
  let lastComing: EventDate | undefined;
  // The last day to come of the programme told so far, not counting a return told ahead ("… and returns on the 8th").
  let programmeDay: EventDate | undefined;
  // "UPDATE (Oct. 16, 2025): … landed late Wednesday": a paragraph an update label opens is read from
  // the update's day ("UPDATE, continued:" from the last one), the rest of the page from publication.
  let updated: string | undefined;
  let labelled: string | undefined;
  let recorded: string | undefined;
  let spokenOn: string | undefined;
  // The day the party came home, told as past (a recap may tell it first, then the trip from its start).
  let homeDay: string | undefined;
  // A live page updated after it was published: its weekday stamps run from publication to the update.
  const latest = updatedDay(article.updatedLine, article.published);
  // A programme listed day by day ("Monday, Oct. 20: …" then "Tuesday: …"): the day the item before
  // this one opened with, from which an item labelled by its weekday alone goes on.
  let previousItem: string | undefined;
  // "Day 1 (Monday, Oct. 13)": the day a numbered programme starts from, for "Day 5 (Friday)".
  let dayOne: { n: number; start: string } | undefined;
  let itemDay: string | undefined;
  // Days the article gives by their date or as an item of such a list, and the bare weekdays of
  // clauses about what is coming: "On Friday, the chancellor will sign …" is the Friday of the
  // programme, not the one after publication, when the two tell of the same things.
  const anchors = new Set<DatedEvent>();
  const comingWeekdays = new Set<DatedEvent>();
  // ("the Wednesday of the trip": the trip's own day, which no other Wednesday of the page moves.)
  const tripDays = new Set<DatedEvent>();
  // The trip's last day told before the story gives the trip's span.
  const lastOfTrip: { phrase: string; sentence: Sentence }[] = [];
  // A story telling days more than a week gone (a recap): a day to come it names in passing, not in the
  // past tense, is an aside that does not move the story on ("the council weighs it on March 2").
  const aside = (date: EventDate, text: string, at: number) =>
    lastDay?.precision === 'day' && daysBetween(lastDay.start, article.published) > 7 && date.start > article.published && !toldPast(leadIn(text, at));
  const tripSpan = () => events.find((e) => e.date.precision === 'day' && e.date.end);
  // "Two weeks after the group got back", told no day of its own: the end of the span the story gave the trip.
  const tripEnd = (end: 'return' | 'departure' | 'arrival' | undefined): DatedEvent | undefined => {
    const trip = end && tripSpan();
    if (!trip) return undefined;
    return { ...trip, date: { start: end === 'return' ? trip.date.end! : trip.date.start, precision: 'day' } };
  };
  // Has the story told anything yet (a heading above it may be the page's own date line)?
  let toldAny = false;
  for (const paragraph of article.paragraphs) {
    previousItem = itemDay;
    itemDay = undefined;
    const label = UPDATE_LABEL.exec(paragraph.text);
    const labelDay = updateLabelDay(paragraph.text, article.published);
    if (labelDay) updated = labelDay;
    labelled = label ? (labelDay ?? updated) : undefined;
    // "Taped Tuesday, September 16, 2025": a transcript's speakers count their days from the taping.
    const recording = RECORDED.exec(paragraph.text);
    if (recording) recorded = dateParser().parse(recording[1]!, published)[0]?.start.date().toISOString().slice(0, 10) ?? recorded;
    spokenOn = recorded && SPEAKER_LABEL.test(paragraph.text) ? recorded : undefined;
    if (!block) reference = labelled || spokenOn ? { instant: new Date(`${labelled ?? spokenOn}T12:00:00Z`), timezone: 0 } : published;
    let heading = paragraph.kind === 'story' ? headingDay(paragraph.text, published, latest) : undefined;
    // "Day 4" under "Day 3 - Monday, May 11": a numbered day of a diary or programme, counted from a dated one.
    const numbered = paragraph.kind === 'story' && paragraph.text.length <= 60 ? NUMBERED_DAY.exec(paragraph.text) : null;
    if (numbered && heading) dayOne = { n: Number(numbered[1]), start: heading };
    else if (numbered && dayOne && isSectionHeading(paragraph.text)) heading = shiftDay(dayOne.start, Number(numbered[1]) - dayOne.n);
    // "Office of Trade Relations | Friday, May 8, 2026" above the story: the page's own date, no block
    // of entries (a live page's stamps give a time of day).
    const dateline = heading === article.published && !toldAny && !/\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b/i.test(paragraph.text);
    if (heading && dateline) continue;
    if (paragraph.kind === 'story' && !heading && !isSectionHeading(paragraph.text)) toldAny = true;
    if (heading) {
      block = { day: heading, heading: paragraph.text, opens: paragraph.order + 1 };
      reference = { instant: new Date(`${heading}T12:00:00Z`), timezone: 0 };
      lastDay = { start: heading, precision: 'day' };
      continue;
    }
    // A heading with no day ("Who paid") starts a section of its own: a bare weekday after it is read
    // from publication, not from the day the section before had reached.
    if (paragraph.kind === 'story' && isSectionHeading(paragraph.text)) {
      // ("Visit to the town hall" / "Later on the same day, …": the same day is still the one told last.)
      beforeHeading = lastDay ?? beforeHeading;
      lastDay = undefined;
      span = undefined;
      // ("Final thoughts" after "Day 8 - Saturday, May 16": what follows is no longer that day's.)
      if (block && !NUMBERED_DAY.test(paragraph.text)) block = undefined;
      continue;
    }
    // A social post archived with its time stamp under it ("… signed a lease. 6:15 PM · Mar 2"):
    // the post's words are read from the stamp's day, and what it tells with no day of its own,
    // outside quotation marks, happened on it ("says it will invest" is that day's news).
    const stamp = paragraph.kind === 'story' && !block && !labelled ? postStamp(paragraph) : undefined;
    if (stamp) reference = { instant: new Date(`${stamp.day}T12:00:00Z`), timezone: 0 };
    // The one day a paragraph of past narration gave so far ("came the following Monday at the
    // hall"): what the paragraph goes on to tell in the past, with no day of its own, happened then.
    let paragraphDay: DatedEvent | undefined;
    let paragraphDays = 0;
    for (const sentence of paragraph.sentences) {
      const before = events.length;
      datedIn(sentence, paragraph);
      const own = events.slice(before);
      paragraphDays += own.length;
      if (stamp && !own.length && sentence.start < stamp.at && maskQuotes(sentence.text, quoteSpans(sentence.text)).replace(/\s+/g, '').length > 10) {
        events.push({ date: { start: stamp.day, precision: 'day' }, phrase: stamp.text, sentence });
        continue;
      }
      // (Not a day told in a relative clause: "The delegation, which departed on March 3, included …".)
      const inRelative = (e: DatedEvent) => /,\s+(?:which|who|where)\b[^,]*$/.test(sentence.text.slice(0, Math.max(0, sentence.text.indexOf(e.phrase))));
      if (own.length === 1 && own[0]!.date.precision === 'day' && !own[0]!.date.end && !COMING.test(sentence.text) && !inRelative(own[0]!))
        paragraphDay = own[0];
      // Quoted words are no report of what happened that day.
      // (Asked last, where it decides: most sentences are in no block and follow no dated one.)
      // ("… we renewed the compact and added a cadet exchange that will run each summer": what is to come of it is no tense of the telling.)
      const toldDone = () =>
        paragraph.kind === 'story' && PAST.test(sentence.text) && !COMING.test(sentence.text.replace(RELATIVE_TO_COME, '')) && !/["“”]/.test(sentence.text);
      if (!own.length && !labelled && !block && paragraphDay && paragraphDays === 1 && toldDone()) {
        events.push({ date: paragraphDay.date, phrase: paragraphDay.phrase, sentence });
        continue;
      }
      // ("left this afternoon, with stops to come in …": the block's own day, whatever else it plans.)
      const thatDay = block && /\b(?:this\s+(?:morning|afternoon|evening)|(?:earlier\s+)?today|tonight)\b/i.test(sentence.text) && PAST.test(sentence.text);
      // ("… became sister ports in 1992, and at the town hall we renewed the compact": a year long gone is no day of the block.)
      const longAgo = block !== undefined && own.length > 0 && own.every((e) => e.date.precision === 'year' && e.date.start < block!.day.slice(0, 4));
      if (block && (((!own.length || longAgo) && toldDone()) || (thatDay && !own.some((e) => e.date.precision === 'day')))) {
        events.push({ date: { start: block.day, precision: 'day' }, phrase: block.heading, sentence });
      }
    }
  }
  const trip = tripSpan();
  if (trip) for (const { phrase, sentence } of lastOfTrip) events.push({ date: { start: trip.date.end!, precision: 'day' }, phrase, sentence });
  return sameWeekdayAs(events, anchors, comingWeekdays, tripDays);

  function datedIn(sentence: Sentence, paragraph: Paragraph): void {
    const base = block?.day ?? labelled ?? spokenOn ?? article.published;
    // (The day the story reached before this sentence: a date later in it is not what "the next day" counts from.)
    const dayBefore = lastDay;
    // "At the event attended by business leaders, …", with no day of its own: the event the story dated before.
    const at = /^(?:At|During)\s+the\s+(\p{Ll}{4,})\b/u.exec(sentence.text);
    const atDay =
      at && paragraph.kind === 'story' && PAST.test(sentence.text) && !MAY_HOLD_DATE.test(sentence.text) ? namedDay(events, sentence, at[1]!) : undefined;
    if (atDay) {
      events.push({ date: atDay.date, phrase: at![0], sentence });
      return;
    }
    {
      // "Two days after the signing, …" holds no date of its own but is dated from the story.
      // A chained phrase in quoted speech ("not five weeks after it lands") is talk, not a day of the story.
      const spoken = CHAINED.exec(sentence.text);
      const chained = spoken && !quoteSpans(sentence.text).some((q) => spoken.index >= q.start && spoken.index < q.end) ? spoken : null;
      // ("On the tour's fourth day …" holds no date either, but is counted from the trip's first.)
      if (
        !chained &&
        !TRIP_DAY.test(sentence.text) &&
        !(paragraph.kind === 'story' && THEN_PAST.test(sentence.text)) &&
        (!MAY_HOLD_DATE.test(sentence.text) || !mayHoldChronoDate(sentence.text))
      )
        return;
      // A date is read forward only in a clause about what is coming: "opened on March 4, when the
      // company said it will build" is the March 4 before publication.
      const backward = parseDates(sentence.text, reference);
      // ("returns on the 25th": a schedule told in the present reads a day of the month forward too.)
      // (Read forward only when a date found backward is in such a clause: chrono is the costly part.)
      const mayComeForward = backward.length > 0 && (COMING.test(sentence.text) || PRESENT_SCHEDULE.test(sentence.text));
      let forward: chrono.ParsedResult[] | undefined;
      const found = backward.map((b) => {
        if (!mayComeForward) return b;
        const clause = clauseAround(sentence.text, b.index, b.index + b.text.length);
        const scheduled = ORDINAL_DAY.test(b.text) && !b.start.isCertain('month') && PRESENT_SCHEDULE.test(clause);
        if (!(COMING.test(clause) || scheduled || comingAfterOpening(sentence.text, clause, b.index + b.text.length, b.index))) return b;
        forward ??= parseDates(sentence.text, reference, true);
        return forward.find((x) => x.index === b.index && x.text === b.text) ?? b;
      });
      const seen = new Set<string>();
      const labelEnd = labelled && sentence === paragraph.sentences[0] ? (UPDATE_LABEL.exec(sentence.text)?.[0].length ?? 0) : 0;
      const moved = MOVED_DAY.exec(sentence.text);
      // "the first Monday in November": that day of that month (the next such month from the base day when
      // no year is given), in place of the bare weekday and month chrono reads in it.
      const nth = NTH_WEEKDAY.exec(sentence.text);
      const nthDay = nth ? nthWeekday(nth, base) : undefined;
      if (nth && nthDay) events.push({ date: { start: nthDay, precision: 'day' }, phrase: nth[0], sentence });
      const inNth = (r: chrono.ParsedResult) => !!nth && !!nthDay && r.index < nth.index + nth[0].length && nth.index < r.index + r.text.length;
      for (const result of found) {
        if (!isRealDate(result, sentence.text) || result.index < labelEnd || inNth(result)) continue;
        // "the signing was moved from Friday to Sunday": the Sunday nearest the Friday the story gave it.
        if (moved && result.index < moved.index + moved[0].length && moved.index < result.index + result.text.length) {
          const to = movedDay(events, sentence, moved);
          if (to && !seen.has(to.start)) {
            seen.add(to.start);
            events.push({ date: to, phrase: moved[2]!, sentence });
          }
          if (to) continue;
        }
        // ("a week from Saturday": the weekday read below, not a week from publication.)
        if (/^(?:a|one|two|three)\s+weeks?$/i.test(result.text.trim()) && WEEKS_FROM.test(sentence.text.slice(result.index + result.text.length))) continue;
        // "On the same Tuesday" is the day the story told last (SAME_DAY below), not a Tuesday of its own.
        if (/\bsame\s+$/i.test(sentence.text.slice(0, result.index))) continue;
        if (chained && result.index < chained.index + chained[0].length && chained.index < result.index + result.text.length) continue;
        const unquoted = outsideQuotes(sentence.text, result.index);
        const clause = clauseAround(unquoted, result.index, result.index + result.text.length);
        const bareWeekday = !result.start.isCertain('day') && result.start.isCertain('weekday');
        const ordinalDay = ORDINAL_DAY.test(result.text) && !result.start.isCertain('month');
        // ("will visit the caves …, before heading home on Friday": a clause with no verb of its own but a
        // participle has the tense of the sentence it hangs on.)
        const hanging = NON_FINITE.test(clause) && !CLAUSE_VERB.test(clause.replace(NON_FINITE, ' ')) && COMING.test(unquoted.slice(0, result.index));
        // "this weekend" in a report of the week is the one to come.
        // ("Wednesday was the day many of us will remember": the day's own verb is past, whatever the clause after it.)
        const wasDay = /^\s*(?:was|were|had\s+been)\b/i.test(unquoted.slice(result.index + result.text.length));
        const coming =
          (!wasDay && COMING.test(clause)) ||
          hanging ||
          comingAfterOpening(unquoted, clause, result.index + result.text.length, result.index) ||
          ((bareWeekday || ordinalDay) && PRESENT_SCHEDULE.test(clause)) ||
          /^this\s+weekend$/i.test(result.text.trim());
        // "Tuesday: Travel to …" after "Monday, Oct. 20: …": the next such day after the item before.
        const opensItem = result.index === 0 && sentence === paragraph.sentences[0] && DAY_ITEM.test(paragraph.text);
        const listed = opensItem && bareWeekday && previousItem ? weekdayFrom(result, previousItem, true) : undefined;
        // A programme told day by day, still to come ("It will land in Lyon on Monday … The
        // centerpiece comes Thursday … Friday's schedule includes …"): a bare weekday in the
        // present, after a day to come, is the next such day from it.
        const programme =
          !coming &&
          bareWeekday &&
          lastComing &&
          lastComing.start > base &&
          paragraph.kind === 'story' &&
          !PAST.test(clause) &&
          PRESENT_TENSE.test(outsideQuotes(sentence.text, result.index))
            ? weekdayFrom(result, lastComing.start)
            : undefined;
        // "leaves a week from Saturday": the Saturday to come, that many weeks on.
        const weeksOn = bareWeekday ? /\b(a|one|two|three)\s+weeks?\s+from\s+$/i.exec(sentence.text.slice(0, result.index)) : null;
        const fromWeekday = weeksOn ? weekdayFrom(result, base, true) : undefined;
        const weeksLater = fromWeekday && {
          ...fromWeekday,
          start: shiftDay(fromWeekday.start, 7 * Math.max(1, COUNT_WORDS.indexOf(weeksOn![1]!.toLowerCase()) + 1)),
        };
        // "fly out that Saturday evening": the Saturday the story told last.
        const that = bareWeekday && /\bthat\s+$/i.test(sentence.text.slice(0, result.index));
        // ("reached Tarvik on Friday, May 1. That Saturday, …": with no such weekday told up to a few days past the day
        // the story has reached, the first one from it; a party "on the 20th" in a letter above is another week's.)
        const reached = lastDay ?? beforeHeading;
        const toldWeekday = that
          ? events.findLast(
              (e) => e.date.precision === 'day' && !e.date.end && new Date(`${e.date.start}T00:00:00Z`).getUTCDay() === result.start.get('weekday'),
            )
          : undefined;
        // (A Saturday told before the day reached may be gone back to; one well after it is not reached yet.)
        const near = (e: DatedEvent) => reached?.precision !== 'day' || daysBetween(reached.start, e.date.start) <= 6;
        const thatWeekday = that
          ? toldWeekday && near(toldWeekday)
            ? toldWeekday.date
            : reached?.precision === 'day' && paragraph.kind === 'story'
              ? weekdayFrom(result, reached.start)
              : toldWeekday?.date
          : undefined;
        // "… sets off two weeks from Friday. They reach Ostvale on Sunday": a weekday to come, told
        // after a later day to come beyond the coming week, is the next such day from it.
        // (Only of the travelling party itself: "the council meets on Tuesday while she is away" keeps its own Tuesday.)
        // ("Tuesday goes to talks …": a day of the programme as the clause's subject.)
        const ofTheParty =
          PARTY.test(clause) ||
          /^(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:is|goes|brings|holds|will|starts|begins|ends)\b/i.test(clause.trim());
        // (Not a weekday with its date beside it, "on Friday (21/11)", nor in a live page's entries, told latest first.)
        const dated = found.some((r) => r !== result && r.start.isCertain('day') && Math.abs(r.index - (result.index + result.text.length)) < 6);
        const naiveComing =
          coming && bareWeekday && ofTheParty && !dated && !block && !labelled && programmeDay && programmeDay.start > shiftDay(base, 6)
            ? toEventDate(result, base, true)
            : undefined;
        const onFromLast =
          naiveComing && naiveComing.start < programmeDay!.start && daysBetween(naiveComing.start, programmeDay!.start) <= 21
            ? weekdayFrom(result, programmeDay!.start)
            : undefined;
        // (Under a heading that starts a leg of the trip, "We drove to Tarvik on Friday" goes on from the day the
        // section before had reached: the party travelling is the story of the trip, not news of the week.)
        const travelled = !lastDay && !coming && (PARTY.test(clause) || /\bdelegates\b/i.test(clause)) && TRAVELLED.test(clause);
        const narrative = narrativeDay(lastDay ?? (travelled ? beforeHeading : undefined), base, span);
        // "On Wednesday of last week": that weekday in the week (Monday to Sunday) before the base day's.
        const weekOf = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\s+of\s+(last|this|next)\s+week\b/i.exec(
          sentence.text.slice(result.index, result.index + result.text.length + 20),
        );
        const ofWeek =
          weekOf &&
          weekdayOfWeek(
            WEEKDAYS.findIndex((d) => d.startsWith(weekOf[1]!.toLowerCase())),
            base,
            { last: -1, this: 0, next: 1 }[weekOf[2]!.toLowerCase() as 'last' | 'this' | 'next'],
          );
        // "Day 4 (Thursday)" after "Day 1 (Monday, Oct. 13)": counted from the programme's first day.
        const numbered = /\bDay\s+(\d{1,2})\s*\(?\s*$/i.exec(sentence.text.slice(0, result.index));
        if (numbered && result.start.isCertain('day')) dayOne = { n: Number(numbered[1]), start: calendarDate(result.start, base, false, 'day') };
        const counted: EventDate | undefined =
          numbered && bareWeekday && dayOne ? { start: shiftDay(dayOne.start, Number(numbered[1]) - dayOne.n), precision: 'day' } : undefined;
        // ("Oct. 11, 2025 — The delegation leaves on a Saturday night flight": the Saturday the sentence dates.)
        const sameSentence = bareWeekday
          ? found
              // (A calendar date written out, not "next week" counted from publication.)
              .filter((r) => r !== result && r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year') && /\d/.test(r.text))
              .map((r) => calendarDate(r.start, base, false, 'day'))
              .find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === result.start.get('weekday'))
          : undefined;
        // ("At a dinner in Busan that Thursday": with no Thursday told before, the trip's.)
        // ("we left on the Sunday, and the Tuesday we landed …", in an interview told after the trip whose
        // departure and return it dated: a weekday told as "the" is the trip's.)
        const theTrip = bareWeekday && paragraph.kind === 'story' && /\bthe\s+$/i.test(sentence.text.slice(0, result.index)) && !!tripTold(events);
        // (Within the trip, the first such weekday from the day the story reached: "we left on the Sunday, and the Tuesday we landed".)
        // ("The group left on Sunday, May 3, and came back on Sunday, May 10. On Tuesday the group
        // visited …": in the past, the travelling party's weekday is the trip's, from the day the
        // story reached within it, else from the departure.)
        const ends = bareWeekday && !coming && paragraph.kind === 'story' && PARTY.test(clause) ? tripTold(events) : undefined;
        const within = ends && lastDay && lastDay.start >= ends.left && lastDay.start < ends.home ? lastDay.start : undefined;
        const from = theTrip && lastDay && !pastTheTrip(events, lastDay) ? lastDay.start : within;
        const ofTrip = tripWeekday(result, sentence.text, events, (that && !(toldWeekday && near(toldWeekday))) || theTrip || !!ends, from);
        const date =
          counted ??
          (sameSentence ? ({ start: sameSentence, precision: 'day' } as EventDate) : undefined) ??
          ofTrip ??
          ofWeek ??
          weeksLater ??
          thatWeekday ??
          listed ??
          programme ??
          onFromLast ??
          (!coming && narrative ? ordinalInNarrative(result, lastDay) : undefined) ??
          // ("You came back last Sunday." then "We got in on the Wednesday and were home on the Sunday":
          // told after the day home, the trip's days are the ones up to it.)
          (bareWeekday && !coming && homeDay && lastDay?.start === homeDay && definiteWeekday(result, sentence.text)
            ? weekdayFrom(result, shiftDay(homeDay, -6))
            : undefined) ??
          followingWeekday(result, sentence.text, lastDay) ??
          toEventDate(result, base, coming, narrative);
        // "on Wednesday (April 17)" names one date twice.
        if (!date || seen.has(`${date.start}|${date.end ?? ''}`)) continue;
        seen.add(`${date.start}|${date.end ?? ''}`);
        const event = { date, phrase: result.text.trim().replace(/[,.;]$/, ''), sentence };
        events.push(event);
        if (opensItem && date.precision === 'day' && !date.end) itemDay = date.start;
        if (date.precision === 'day' && !date.end && (listed || result.start.isCertain('day'))) anchors.add(event);
        // ("the Wednesday of the trip" is that trip's, not another Wednesday the page tells of.)
        if (date === ofTrip) tripDays.add(event);
        if (bareWeekday && coming && !listed && !onFromLast && !weeksLater && !thatWeekday) comingWeekdays.add(event);
        // (Past narration does not move on to a day after publication: "welcomed … flights starting in May".)
        const toCome =
          !coming &&
          date.start > base &&
          /\b(?:starting|beginning|effective|as\s+of|by|until|till|through)\s+(?:on\s+|the\s+)?$/i.test(sentence.text.slice(0, result.index));
        // (Nor does a deadline: "must ship the first lot by the close of May".)
        const deadline = DEADLINE.test(sentence.text.slice(0, result.index));
        // (Nor a day to come named in passing by a story of days gone.)
        if (date.precision === 'day' && paragraph.kind === 'story' && !toCome && !deadline && !aside(date, sentence.text, result.index)) lastDay = date;
        if (date.end && date.precision === 'day' && paragraph.kind === 'story' && !coming) span = date;
        // (A day after publication is to come, whatever the verb's tense: "lands in Taipei on Tuesday, Oct. 7".)
        if (date.precision === 'day' && paragraph.kind === 'story' && (coming || date.start > base)) lastComing = date;
        // (Not a return, told before the day: "sets off next Saturday and is home on the 2nd" sets off on the Saturday.)
        const upToDay = clause.slice(0, Math.max(0, clause.indexOf(result.text)) + result.text.length);
        if (date.precision === 'day' && !date.end && !coming && date.start <= base && RETURNED.test(upToDay)) homeDay = date.start;
        if (date.precision === 'day' && !date.end && paragraph.kind === 'story' && (coming || date.start > base) && !RETURNED.test(upToDay))
          programmeDay = date;
      }
      // "On Monday, a day after arriving, …", "Two days later, on Wednesday, March 19, …": the day is
      // given; the chained phrase only describes it.
      // A date in another clause with its own subject ("ratified it on Oct. 28, and it took effect
      // three weeks after …") is another event, not the day the chained phrase describes.
      // ("left on Tuesday, Sept. 30, landed in Accra the next afternoon": a verb of its own, another event.)
      const apart = (r: chrono.ParsedResult) => {
        const between = sentence.text.slice(Math.min(r.index, chained!.index), Math.max(r.index, chained!.index));
        // ("The next day we toured the yard, and on Wednesday, Oct. 8, …": a clause with its verb, then another.)
        const ownVerb = r.index > chained!.index && /,\s+(?:and|but)\s+(?:on\s+|by\s+|at\s+)?$/.test(between) && PAST.test(between);
        return /,\s+(?:and|but)\s+(?:it|he|she|they|the\s+\p{L}+|\p{Lu}\p{L}*)\s+\p{Ll}+/u.test(between) || NEW_VERB_PHRASE.test(between) || ownVerb;
      };
      // (A deadline later in the sentence, "… to ship the first lot by the close of May", is no day it describes.)
      const given = (r: chrono.ParsedResult) =>
        !(r.index < chained!.index + chained![0].length && chained!.index < r.index + r.text.length) &&
        isRealDate(r, sentence.text) &&
        !apart(r) &&
        !(r.index > chained!.index && DEADLINE.test(sentence.text.slice(0, r.index)));
      // ("Tickets went on sale on April 1, and two weeks later …": a day told before "later" is what it counts from.)
      // ("Three days after our talks, we sailed to a port … founded in 1890": a year in a later clause describes no day.)
      const sameClause = (r: chrono.ParsedResult) =>
        r.index < chained!.index || r.start.isCertain('day') || r.start.isCertain('weekday') || !/[,;]/.test(sentence.text.slice(chained!.index, r.index));
      const describes =
        chained &&
        (/after|before/i.test(chained[0])
          ? found.some((r) => given(r) && sameClause(r))
          : found.some((r) => given(r) && r.start.isCertain('day') && r.index > chained.index));
      if (chained && describes && /after|before/i.test(chained[0])) {
        // "questioned it on Sept. 25, two days after the office announced it": what follows the
        // phrase happened that many days before (or after) the date given.
        const given = events.filter((e) => e.sentence === sentence && e.date.precision === 'day' && sentence.text.indexOf(e.phrase) < chained.index).pop();
        // Only a clause with its own subject and verb ("after the office announced it"), not "after arriving".
        const clause = /^\s+(?:the|a|an|his|her|its|their|\p{Lu}\p{L}*)\s+[^,.;]*?\b\p{Ll}+ed\b/u.test(sentence.text.slice(chained.index + chained[0].length));
        if (given && clause)
          events.push({ date: { start: shiftDay(given.date.start, -chainOffset(chained)), precision: 'day' }, phrase: chained[0], sentence });
      }
      if (chained && !describes) {
        // "Two days later", "the following day": counted from the day dated just before it (in this
        // sentence or an earlier one of the story), not from publication.
        const before = events.filter((e) => e.sentence === sentence && e.date.precision === 'day' && sentence.text.indexOf(e.phrase) < chained.index).pop();
        // "Two days after the signing": counted from the day the story dated the signing.
        // "Three weeks after Marroquin's return": counted from the day the story dated her return.
        // ("the Taipei signing", "the Carrow meetings": the noun, and the names that modify it.)
        // ("a day after our talks", "the morning after we docked": the writer's own, a noun or a verb.)
        const rest = sentence.text.slice(chained.index + chained[0].length);
        const phrase =
          /^\s+(?:the|his|her|their|its|our|my|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['\u2019]s)\s+((?:\p{Lu}[\p{L}-]*\s+){0,3})(\p{Ll}[\p{L}-]*)?/u.exec(
            rest,
          );
        const modifiers = phrase?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
        // (Or someone's, "the day before the governor sailed home".)
        const doing = new RegExp(
          `^\\s+(?:we|I|they|she|he|(?:the|his|her|their|its|our|my)\\s+\\p{Ll}+)\\s+((?:\\p{Ll}+ed|${IRREGULAR_PAST})\\b[^,.;]*)`,
          'u',
        ).exec(rest)?.[1];
        // ("the day before we flew home": the day the story told the return, whichever verb told it.)
        const toldAs = doing && (RETURNED.test(doing) ? 'return' : DEPARTED.test(doing) ? 'departure' : ARRIVED.test(doing) ? 'arrival' : undefined);
        const noun = (phrase && doing ? toldAs : undefined) ?? phrase?.[2] ?? toldAs ?? doing?.split(/\s+/)[0];
        const after = /after|before/i.test(chained[0]);
        // The day told with the noun and its names, else with the noun, else with the names.
        const anchor = !after
          ? undefined
          : ((noun && modifiers.length ? namedDay(events, sentence, noun, modifiers) : undefined) ??
            (noun ? namedDay(events, sentence, noun) : undefined) ??
            (modifiers.length ? namedDay(events, sentence, modifiers[modifiers.length - 1]!) : undefined) ??
            tripEnd(toldAs || undefined));
        // "The Ostvik talks came a day after Lunn opened the fair": what follows "after" is the one
        // dated, a day before the talks the story dated.
        const followed = after ? FOLLOWED.exec(sentence.text.slice(0, chained.index)) : null;
        const earlier = followed && OWN_CLAUSE.test(rest) ? namedDay(events, sentence, followed[1]!) : undefined;
        // A programme still to come goes on from its last day; what someone said "would" happen is a report of the past.
        // (The phrase's own clause says so: "The day after, they signed a deal under which it will ship …
        // by May" is told on from the day before, not from May.)
        const phraseEnd = chained.index + chained[0].length;
        const ownClause = clauseAround(sentence.text, chained.index, phraseEnd);
        const ahead =
          (COMING.test(ownClause) || comingAfterOpening(sentence.text, ownClause, phraseEnd, chained.index)) &&
          !/\b(?:said|told|announced|added)\b/.test(sentence.text);
        const base = earlier?.date ?? anchor?.date ?? before?.date ?? (ahead && lastComing ? lastComing : dayBefore);
        // "## The following morning — At the port" then "The following morning, the governor met …": the
        // heading's own day, told again, not one more.
        const heading = sentence === paragraph.sentences[0] ? headedBy(paragraph, chained[0]) : undefined;
        // ("Day 4" then "The next morning, …": the day after the one the day before told, which the heading dates.)
        const opening =
          block &&
          block.opens === paragraph.order &&
          sentence === paragraph.sentences[0] &&
          chainOffset(chained) === 1 &&
          /^(?:the\s+)?(?:next|following)\b/i.test(chained[0]);
        if (heading) events.push({ date: heading.date, phrase: chained[0], sentence });
        else if (opening) events.push({ date: { start: block!.day, precision: 'day' }, phrase: chained[0], sentence });
        else if (base) {
          const date = { start: shiftDay(base.start, earlier ? -chainOffset(chained) : chainOffset(chained)), precision: 'day' as const };
          events.push({ date, phrase: chained[0], sentence });
          // (A day told back from a later one does not move the story on.)
          if (paragraph.kind === 'story' && !earlier) lastDay = date;
          if (paragraph.kind === 'story' && !earlier && COMING.test(sentence.text)) lastComing = date;
        }
      }
      // "On the trip's second day, …": counted from the day the story dated the departure.
      // ("On our second day in Ostvik": counted from the day the story dated the arrival.)
      // (Every shape of TRIP_DAY holds "day": most sentences are spared the expression.)
      const ordinal = /day/i.test(sentence.text) ? TRIP_DAY.exec(sentence.text) : null;
      // (A day the sentence gives, not the chained phrase chrono reads from publication: "a day after the
      // talks, on the tour's last day".)
      const givesDay = found.some(
        (r) =>
          isRealDate(r, sentence.text) &&
          r.start.isCertain('day') &&
          !(chained && r.index < chained.index + chained[0].length && chained.index < r.index + r.text.length),
      );
      if (ordinal && !givesDay) {
        const n = ORDINALS.indexOf((ordinal[1] ?? ordinal[2] ?? ordinal[3] ?? ordinal[4] ?? '').toLowerCase());
        // (A first day the story dated, "The tour's first day, Tuesday, May 5, …", before a departure.)
        const first = (e: DatedEvent) => {
          const told = TRIP_DAY.exec(e.sentence.text);
          return /^first$/i.test((ordinal[3] ? told?.[3] : told?.[1]) ?? told?.[2] ?? '');
        };
        const start =
          events.find((e) => e.date.precision === 'day' && !e.date.end && e.sentence !== sentence && first(e)) ??
          (ordinal[3]
            ? events.findLast((e) => e.date.precision === 'day' && !e.date.end && e.sentence !== sentence && ARRIVED.test(e.sentence.text))
            : (events.find((e) => e.date.precision === 'day' && (e.date.end || DEPARTED.test(e.sentence.text) || opensSpan(e))) ??
              // (Only the landing dated: the trip's first day is the day it landed.)
              events.find((e) => e.date.precision === 'day' && !e.date.end && e.sentence !== sentence && ARRIVED.test(e.sentence.text))));
        if (start && n >= 0) {
          const date = { start: shiftDay(start.date.start, n), precision: 'day' as const };
          events.push({ date, phrase: ordinal[0], sentence });
          if (paragraph.kind === 'story') lastDay = date;
        }
      }
      // "On the tour's final day, …": the last day of the span the story gave the trip.
      const last = /day/i.test(sentence.text) ? LAST_TRIP_DAY.exec(sentence.text) : null;
      if (last && !givesDay) {
        const trip = tripSpan();
        // (A span told later, in a box of facts under the story, dates it once the story is read.)
        if (!trip) lastOfTrip.push({ phrase: last[0], sentence });
        else {
          const date = { start: trip.date.end!, precision: 'day' as const };
          events.push({ date, phrase: last[0], sentence });
          if (paragraph.kind === 'story') lastDay = date;
        }
      }
      // ("The mayors then looked on as the pact was signed …": what the story told next, on the day it had reached.)
      const same = SAME_DAY.exec(sentence.text) ?? (paragraph.kind === 'story' ? THEN_PAST.exec(sentence.text) : null);
      // ("That afternoon": chrono reads a time of day, which dates nothing.)
      const sameAs = lastDay ?? beforeHeading;
      // (A month or a season told later in the sentence does not date its opening: "That afternoon they
      // signed a letter: deliveries begin with the June 2026 season".)
      if (same && sameAs && !events.some((e) => e.sentence === sentence && e.date.precision === 'day') && !chained)
        events.push({ date: { ...sameAs, end: undefined }, phrase: same[1] ?? same[0], sentence });
      // The story has reached the day told last in the sentence, whichever way it was found.
      const told = events.filter((e) => e.sentence === sentence && e.date.precision === 'day' && !e.date.end);
      const latest = told.sort((a, b) => sentence.text.lastIndexOf(a.phrase) - sentence.text.lastIndexOf(b.phrase)).pop();
      // (Past narration does not move on to a day after publication where the day starts something to come:
      // "… weekly sailings starting May 9".)
      const startsLater =
        latest &&
        latest.date.start > article.published &&
        (/\b(?:starting|beginning|effective|as\s+of)\s+(?:on\s+)?$/i.test(sentence.text.slice(0, sentence.text.indexOf(latest.phrase))) ||
          DEADLINE.test(sentence.text.slice(0, sentence.text.indexOf(latest.phrase))));
      const at = latest ? sentence.text.indexOf(latest.phrase) : -1;
      const passing = latest !== undefined && at >= 0 && aside(latest.date, sentence.text, at);
      if (latest && paragraph.kind === 'story' && !COMING.test(sentence.text) && !startsLater && !passing) lastDay = latest.date;
    }
  }

  /** The event of a one-line paragraph just before this one that opens with the same chained phrase. */
  function headedBy(paragraph: Paragraph, phrase: string): DatedEvent | undefined {
    const above = paragraph.article.paragraphs[paragraph.order - 1];
    // (A heading: no full stop ends it.)
    if (above?.sentences.length !== 1 || /[.!?]["\u201d]?$/.test(above.text.trim())) return undefined;
    return events.find((e) => e.sentence === above.sentences[0] && e.phrase.toLowerCase() === phrase.toLowerCase());
  }
}

/**
 * "Monday's buyers' forum drew 140 importers" on a page that planned "a buyers' forum … for Monday,
 * Oct. 13": a bare weekday before a noun is the day the page gives that noun on that weekday, when it
 * gives one such day.
 */
function sameWeekdayAs(events: DatedEvent[], anchors: Set<DatedEvent>, comingWeekdays: Set<DatedEvent>, tripDays: Set<DatedEvent>): DatedEvent[] {
  const certain = events.filter((e) => e.date.precision === 'day' && !e.date.end && (/\d/.test(e.phrase) || anchors.has(e)));
  const isCertain = new Set(certain);
  // Each event is compared with every other: what is read of a day or a sentence is read once.
  const stemsOf = memo((text: string) => words(text).map(stem));
  const contentOf = memo(contentStems);
  const weekdayOf = memo((iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay());
  const moved = new Map<EventDate, EventDate>();
  for (const e of events) {
    if (comingWeekdays.has(e)) {
      const day = programmeDay(e, certain, contentOf, weekdayOf);
      if (day) {
        moved.set(e.date, { start: day, precision: 'day' });
        continue;
      }
    }
    const weekday = BARE_WEEKDAY.exec(e.phrase)?.[1];
    if (!weekday || e.date.precision !== 'day' || !e.sentence.text.includes(e.phrase)) continue;
    const after = e.sentence.text.slice(e.sentence.text.indexOf(e.phrase) + e.phrase.length);
    // ("on Thursday the party will see …": a day told of what follows, no name of an occasion.)
    const occasionNamed = !/^on\s/i.test(e.phrase) || /^['\u2019]s\b/.test(after);
    const nouns = (/^(?:['\u2019]s)?\s+((?:[\p{L}'\u2019-]+\s+){0,2}[\p{L}'\u2019-]+)/u.exec(after)?.[1] ?? '')
      .split(/\s+/)
      .map((w) => w.replace(/['\u2019]s?$/, '').toLowerCase())
      .filter((w) => w.length > 3 && !isStopWord(w))
      .map(stem);
    const day = WEEKDAYS.indexOf(weekday.toLowerCase());
    if (tripDays.has(e)) continue;
    // (Of every day the story gives that weekday: "at Tuesday's council meeting" under "the council voted
    // Tuesday night" and "its July 15 meeting" is not told apart, and keeps its own reading.)
    const told = events.filter(
      (c) => c !== e && c.sentence !== e.sentence && c.date.precision === 'day' && !c.date.end && (isCertain.has(c) || !comingWeekdays.has(c)),
    );
    const dates = new Set(
      told
        .filter((c) => c.sentence.paragraph.article === e.sentence.paragraph.article && weekdayOf(c.date.start) === day)
        .filter((c) => nouns.length > 0 && stemsOf(c.sentence.text).some((w) => nouns.includes(w)))
        .map((c) => c.date.start),
    );
    if (occasionNamed && dates.size === 1) moved.set(e.date, { start: [...dates][0]!, precision: 'day' });
    else if ((!occasionNamed || !dates.size) && !moved.has(e.date) && !anchors.has(e)) {
      // "In Brenna on Tuesday, … signed a memorandum" beside the page's own list ("Tuesday: Memorandum
      // signed in Brenna"): the listed day of that weekday whose words it shares.
      // (Its own words read only when a listed day of that weekday is there to compare.)
      const own = () => contentOf(e.sentence.text);
      const listed = new Set(
        told
          .filter((c) => anchors.has(c) && DAY_ITEM.test(c.sentence.paragraph.text) && c.sentence.paragraph.article === e.sentence.paragraph.article)
          .filter((c) => weekdayOf(c.date.start) === day)
          .filter((c) => [...contentOf(c.sentence.text)].filter((w) => own().has(w)).length >= 2)
          .map((c) => c.date.start),
      );
      if (listed.size === 1) moved.set(e.date, { start: [...listed][0]!, precision: 'day' });
    }
  }
  // (What a paragraph went on to tell holds the same day as the sentence that gave it.)
  return events.map((e) => (moved.has(e.date) ? { ...e, date: moved.get(e.date)! } : e));
}
const BARE_WEEKDAY = /^(?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i;
const WEEKDAY_NAMED = /\b(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)[a-z]*\b/i;

/**
 * A bare weekday still to come ("On Thursday, the port's director will sign …") in an article that
 * dates a programme day by day: the one day of the programme on that weekday that tells of the same
 * things (two content words in common), when there is exactly one.
 */
function programmeDay(e: DatedEvent, certain: DatedEvent[], contentOf: (text: string) => Set<string>, weekdayOf: (iso: string) => number): string | undefined {
  if (!BARE_WEEKDAY.test(e.phrase)) return undefined;
  const article = e.sentence.paragraph.article;
  // Only a day read before the programme begins: one within it is already the programme's.
  // (The programme's days as the article pairs them with their weekdays: "Friday, Oct. 24", an item "Thursday: …".)
  const paired = certain.filter((c) => c.sentence.paragraph.article === article && c.date.start > article.published && WEEKDAY_NAMED.test(c.phrase));
  const begins = paired.map((c) => c.date.start).sort()[0];
  if (!begins || e.date.start >= begins) return undefined;
  const weekday = weekdayOf(e.date.start);
  const own = contentOf(e.sentence.text);
  const dates = new Set(
    paired
      .filter((c) => c !== e && c.sentence !== e.sentence && weekdayOf(c.date.start) === weekday)
      .filter((c) => [...contentOf(c.sentence.text)].filter((w) => own.has(w)).length >= 2)
      .map((c) => c.date.start),
  );
  return dates.size === 1 ? [...dates][0] : undefined;
}

/** `f` remembering its answers for the time the function it returns is kept (one article's events). */
function memo<K, V>(f: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    let v = seen.get(key);
    if (v === undefined && !seen.has(key)) seen.set(key, (v = f(key)));
    return v as V;
  };
}

function contentStems(text: string): Set<string> {
  return new Set(
    words(text)
      .map((w) => w.toLowerCase())
      .filter((w) => w.length > 3 && !isStopWord(w) && !WEEKDAYS.includes(w))
      .map(stem),
  );
}

const ORDINAL_DAY = /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i;

// An item of a programme that opens with its day: "Tuesday: Travel to …", "Monday, Oct. 20: Meeting …".
const DAY_ITEM = /^(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)[a-z]*\.?(?:,?\s+[^:\u2014\u2013]{1,24}?)?\s*(?::|\s[\u2014\u2013])\s/i;

// "UPDATE (Oct. 16, 2025):", "Update, Oct. 16:", "UPDATE, continued:": the label, and the day in it.
const UPDATE_LABEL = /^(?:UPDATE|Update|UPDATED|Updated)\b\s*(?:\(([^)]{3,40})\)|,?\s*([^:]{0,40}))?:\s/;

/** The day an update label opening a paragraph gives ("UPDATE (Oct. 16, 2025): …"), if it gives one. */
export function updateLabelDay(paragraph: string, published: string): string | undefined {
  const day = UPDATE_LABEL.exec(paragraph)?.[1];
  return day ? headingDay(day, { instant: new Date(`${published}T12:00:00Z`), timezone: 0 }) : undefined;
}

// A verb in the past tense: what a live page's update tells as done.
// Common verbs whose past does not end in -ed.
const IRREGULAR_PAST =
  'said|spent|met|told|made|took|gave|went|came|ran|led|held|saw|spoke|flew|left|won|began|chose|drove|rode|wrote|bought|brought|sent|built|kept|found|paid|sat|stood|heard|lost|broke|got|sold|taught|caught|fought|sought|thought|drew|grew|threw|knew|wore|shook|struck|hung|fell|forgot|slept|meant|dealt|fled|shot|became|ate|sang|swam|stuck';
const PAST = new RegExp(`\\b(?:\\p{Ll}+ed|${IRREGULAR_PAST})\\b`, 'u');
// "The mayors then looked on", "the group then toured": the next thing told, in the past.
const THEN_PAST = new RegExp(`^[^,;"\u201c]{0,60}?\\b(then)\\s+(?=(?:\\p{Ll}+ed|${IRREGULAR_PAST})\\b)`, 'u');
// ", landed in …", " and made …": another verb of a series, with the subject the sentence gave first.
export const NEW_VERB_PHRASE = new RegExp(`(?:,|\\s+and)\\s+(?=(?:then\\s+)?(?:\\p{Ll}+ed|${IRREGULAR_PAST})\\s)`, 'u');
// Lower-case words a heading may hold around its day and time.
const HEADING_WORDS = /^(?:a\.?m\.?|p\.?m\.?|am|pm|at|on|of|the|updated?|posted|post|original|latest|earlier|local|time|[\d:.,]+)$/i;

/**
 * The day of a heading that only dates what follows ("Update, Thursday 9:40 p.m.", "Original post,
 * Sunday, Oct. 13"): short, a date in it, and no verb. A weekday is the one on or before publication.
 */
function isSectionHeading(text: string): boolean {
  return (
    text.length <= 60 &&
    /^\p{Lu}/u.test(text) &&
    !/[.!?:"”]$/.test(text) &&
    text.split(/\s+/).length <= 8 &&
    !(mayHoldChronoDate(text) && dateParser().parse(text).length)
  );
}

/** The day a post's trailing time stamp gives, with the stamp's offset and words. */
function postStamp(paragraph: Paragraph): { day: string; at: number; text: string } | undefined {
  const found = trailingStamp(paragraph.text);
  if (!found) return undefined;
  const published = { instant: new Date(`${paragraph.article.published}T12:00:00Z`), timezone: 0 };
  const result = dateParser().parse(found.date, published)[0];
  const date = result && toEventDate(result, paragraph.article.published, false);
  // (Its words as the answer shows them: "6:15 PM · Mar 2", no tags, handle or emphasis marks.)
  const text = paragraph.text
    .slice(found.at)
    .replace(/(?:^|\s)[#@][\p{L}\p{N}_]+/gu, ' ')
    .replace(/[*_]/g, '')
    .replace(/^[\s·•|]+|[\s·•|]+$/g, '');
  return date?.precision === 'day' ? { day: date.start, at: found.at, text } : undefined;
}

function headingDay(heading: string, published: { instant: Date; timezone: number }, latest?: string): string | undefined {
  // "Wed 2:30 p.m. local (9:30 a.m. ET) — Harbor pact signed": a live page's stamp, then the entry's title.
  // (A stamp gives a time, or is a weekday alone on a page updated since: "Thu., May 7 — Forum at
  // the hall" is an item of a calendar, dated by itself.)
  // (Quick tests first: this is asked of every paragraph, and few hold a dash or a bracket.)
  const stamped = /[\u2014\u2013]/.test(heading) ? /^(.{3,60}?)\s+[\u2014\u2013]\s+\S.{0,80}$/.exec(heading)?.[1] : undefined;
  const weekdayAlone = stamped !== undefined && /^\p{L}+day$/u.test(stamped);
  const stamp = stamped && (/\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b/i.test(stamped) || (weekdayAlone && latest)) ? stamped : undefined;
  const text = (stamp ?? heading).includes('(') ? (stamp ?? heading).replace(/\s*\([^)]{1,30}\)/g, '') : (stamp ?? heading);
  if (text.length > 60 || /[.!?]["”]?$/.test(text.replace(/[ap]\.m\.$/i, '')) || !MAY_HOLD_DATE.test(text)) return undefined;
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  if (!/^\p{Lu}/u.test(tokens[0] ?? '') || tokens.some((t) => /^\p{Ll}/u.test(t) && !HEADING_WORDS.test(t))) return undefined;
  // "Dates: Saturday, Jan. 17 – Monday, Jan. 26": a labelled line of a sidebar, or a range, heads no block.
  if (/^\p{L}+:\s/u.test(text)) return undefined;
  const found = dateParser()
    .parse(text, published)
    .find((r) => r.start.isCertain('weekday') || r.start.isCertain('day'));
  if (!found || found.end) return undefined;
  const date = toEventDate(found, published.instant.toISOString().slice(0, 10), false);
  if (date?.precision !== 'day') return undefined;
  // A page updated after it was published runs up to that day: a weekday alone is the one between.
  const first = published.instant.toISOString().slice(0, 10);
  if (latest && !found.start.isCertain('day') && date.start < first) {
    const behind = (Date.parse(`${first}T00:00:00Z`) - Date.parse(`${date.start}T00:00:00Z`)) / 86_400_000;
    const ahead = shiftDay(date.start, 7 * Math.ceil(behind / 7));
    if (ahead <= latest) return ahead;
  }
  // (A weekday alone that falls outside the page's days is no stamp of it.)
  return weekdayAlone && stamp && date.start < first ? undefined : date.start;
}

/** The day a page's "Updated …" line gives, when it is after the day the page was published. */
function updatedDay(line: string | undefined, published: string): string | undefined {
  if (!line) return undefined;
  const reference = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  const found = dateParser()
    .parse(line, reference)
    .find((r) => r.start.isCertain('day'));
  const date = found ? toEventDate(found, published, false) : undefined;
  return date?.precision === 'day' && date.start > published ? date.start : undefined;
}

// The travelling party as a clause's subject: "the group will fly", "the delegation will tour", "we land".
const PARTY = /\b(?:[Tt]he\s+(?:group|delegation|party|team|mission|visitors|travell?ers)|[Tt]hey|[Ww]e)\b/;
// The party's own travel, told in the past: "drove to Tarvik", "went on to the coast".
const TRAVELLED = /\b(?:flew|drove|sailed|travell?ed|went\s+on|rode|headed|moved\s+on|took\s+the\s+(?:train|ferry|bus))\b/i;
const WEEKS_FROM = /^\s+from\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const COUNT_WORDS = ['a', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
// A day told from the day before it in the story: "two days later", "the following day", "the day before".
const CHAINED =
  /\b(?:(?:the\s+)?(?:following|next)\s+(?:day|morning|afternoon|evening|night)|(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)\s+(later|after(?:ward)?s?|earlier|before)|(?:a|the)\s+(?:day|morning|afternoon|evening|night)\s+(later|after|before|earlier)|the\s+(?:previous|preceding)\s+day)\b/i;

// "… a cadet exchange that will run each summer", "announced that Vantrell will build …": a clause about what is to come.
const RELATIVE_TO_COME = /\b(?:that|which|who)\s+(?:[\p{L}-]+\s+){0,3}?will\s+[^,;]*/gu;
// "Day 4", "Day 3 - Monday, May 11": a heading that numbers the days of a diary or programme.
const NUMBERED_DAY = /^Day\s+(\d{1,2})\b/i;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
// A deadline: "by the close of May", "until March 3".
const DEADLINE = /\b(?:by|until|till|through|no\s+later\s+than)\s+(?:the\s+)?$/i;

// "before flying home", "after touring the plant": a participle clause, with no subject or tense of its own.
const NON_FINITE = /\b(?:before|after|then|while|until)\s+\p{Ll}+ing\b/u;

// "the trip's second day", "on day three of the mission": a day counted from the trip's first.
const TRIP_DAY =
  /\bthe\s+(?:trip|visit|mission|tour|journey|delegation|group|party)['\u2019]s\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+day\b|\b(?:on\s+)?the\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+day\s+of\s+the\s+(?:trip|visit|mission|tour|journey)\b|\b(?:our|their|her|his|the\s+group['\u2019]s)\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:full\s+)?day\s+in\s+\p{Lu}|\b(?:[Oo]n\s+)?(?:our|their)\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:full\s+)?day\b(?!\s+(?:of|in|at|on|back)\b)/iu;

// "On our last day", "the mission's final day", "the last day of the visit" (not "the last day of March").
// ("On the final day, the mayor opens a depot …", opening a sentence of a trip's story, is the trip's too.)
const LAST_TRIP_DAY =
  /^\s*(?:On\s+)?the\s+(?:last|final)\s+(?:full\s+)?day\b(?!\s+of\b)|\b(?:(?:our|their|her|his)\s+(?:last|final)\s+(?:full\s+)?day\b(?!\s+of\b)|the\s+(?:trip|visit|mission|tour|journey)['\u2019]s\s+(?:last|final)\s+(?:full\s+)?day\b|the\s+(?:last|final)\s+(?:full\s+)?day\s+of\s+(?:the|our|their|her|his)\s+(?:trip|visit|mission|tour|journey)\b)/i;

// "The meetings came", "the signing was": an event the story named, before "a day after …".
const FOLLOWED =
  /\b(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur|[Mm]y)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(\p{Ll}+)\s+(?:came|was|were|happened|took\s+place|followed|fell)\s+$/u;
// A clause with its own subject and a verb in the past: "after Lunn opened the fair".
const OWN_CLAUSE = /^\s+(?:the\s+|a\s+|an\s+)?(?:\p{Lu}[\p{L}'\u2019-]*\s+){1,3}(?:\p{Ll}+ed|met|spoke|gave|led|made|took|went|came|flew|signed)\b/u;

/** "hosted the governor from Monday, May 4, to Wednesday, May 6": the first day of a span told as two days. */
function opensSpan(e: DatedEvent): boolean {
  const at = e.sentence.text.indexOf(e.phrase);
  return at >= 0 && /\bfrom\s+$/i.test(e.sentence.text.slice(0, at)) && /^,?\s+(?:to|through|until|till)\s/i.test(e.sentence.text.slice(at + e.phrase.length));
}

function chainOffset(m: RegExpExecArray): number {
  const back = /\b(?:earlier|before|previous|preceding)\b/i.test(m[0]);
  const n = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : Math.max(1, COUNT_WORDS.indexOf(m[1].toLowerCase()) + 1)) : 1;
  const days = /\bweeks?\b/i.test(m[0]) ? n * 7 : n;
  return back ? -days : days;
}

// A trip's ends, as news prose tells them: what "after her return" or "before the departure" counts from.
// (In every tense: a programme to come "leaves Saturday" and "flies home on the 19th"; "return" the
// verb, not the noun of "two weeks after her return".)
export const DEPARTED =
  /\b(?:left|leaves?|leaving|depart(?:s|ed|ing)?|fl(?:y|ew|ies|ying)\s+out|set(?:s|ting)?\s+(?:off|out)|took\s+off|head(?:ed|s|ing)?\s+(?:to|for|out)|board(?:ed|s|ing)?\s+(?:a|the|our|their|his|her)\s+(?:flight|plane))\b/i;
export const RETURNED =
  /\b(?:return(?:ed|s|ing)|(?<=\b(?:to|will|would|and|we|they|she|he|I|then)\s)return\b|(?:come|came|comes|coming)\s+(?:home|back)|fl(?:y|ew|ies|ying)\s+(?:home|back)|(?:get|got|gets|getting)\s+back|(?:arriv|land)(?:e|ed|es|s|ing)?\s+(?:home|back)|back\s+home|head(?:ed|s|ing)?\s+home|(?:will|to)\s+be\s+back\s+(?:home|in))\b/i;
const ARRIVED = /\b(?:arrived|landed)\b/i;
/** The verbs that tell an event a noun names: "the return" is told "came home", "the arrival" "landed". */
const TOLD_AS: Record<string, RegExp> = {
  return: RETURNED,
  homecoming: RETURNED,
  departure: DEPARTED,
  arrival: ARRIVED,
  meeting: /\b(?:met|meet|meets)\b/i,
  // ("a day after the Tarvik ceremony": the signing or opening the story told.)
  ceremony: /\b(?:ceremony|signed|signing|inaugurated|opened)\b/i,
};

/** The heading of the section a paragraph is in ("Tarvik: a depot and a pact"), if any. */
function sectionHeading(paragraph: Paragraph): string {
  for (let i = paragraph.order - 1; i >= 0; i--) {
    const p = paragraph.article.paragraphs[i]!;
    if (p.kind === 'story' && isSectionHeading(p.text)) return p.text;
  }
  return '';
}

/**
 * The day the story dated an event a phrase names ("the signing", "Marroquin's return"): the last
 * such day before this sentence, told with the noun itself or with a verb for it.
 */
function namedDay(events: DatedEvent[], sentence: Sentence, noun: string, names: string[] = []): DatedEvent | undefined {
  const told = TOLD_AS[noun.toLowerCase()];
  const nounStem = stem(noun);
  const found = events
    .filter((e) => e.date.precision === 'day' && !e.date.end && e.sentence !== sentence)
    // (A name may be the section's: "That Friday, … signed" under "Tarvik: a depot and a pact".)
    .filter((e) => names.every((n) => e.sentence.text.includes(n) || sectionHeading(e.sentence.paragraph).includes(n)))
    .filter((e) =>
      told
        ? told.test(e.sentence.text) && !/\b(?:before|after|until)\s+(?:\S+\s+){0,2}$/i.test(e.sentence.text.slice(0, e.sentence.text.search(told)))
        : words(e.sentence.text).some((w) => stem(w) === nounStem),
    );
  const last = found.pop();
  if (!last || !told) return last;
  // ("flew out on Sunday, May 25, and came back on Monday, June 2": of the sentence's days, the one its verb tells.)
  const verb = last.sentence.text.search(told);
  const after = (e: DatedEvent) => last.sentence.text.indexOf(e.phrase) - verb;
  const same = [last, ...found.filter((e) => e.sentence === last.sentence)].filter((e) => after(e) >= 0);
  return same.sort((a, b) => after(a) - after(b))[0] ?? last;
}

export const MOVED_DAY =
  /\b(?:moved|shifted|pushed\s+back|rescheduled|changed|switched|bumped|postponed|brought\s+forward|moved\s+up)\s+from\s+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+to\s+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i;

/**
 * The new day of an event moved "from Friday to Sunday": the event the words before it name (by a
 * word they share) dated on that Friday earlier in the story, and the Sunday nearest it.
 */
function movedDay(events: DatedEvent[], sentence: Sentence, moved: RegExpExecArray): EventDate | undefined {
  const weekday = (name: string) => WEEKDAYS.indexOf(name.toLowerCase());
  const [from, to] = [weekday(moved[1]!), weekday(moved[2]!)];
  const named = words(sentence.text.slice(0, moved.index))
    .slice(-6)
    .filter((w) => !isStopWord(w))
    .map(stem);
  const old = events
    .filter((e) => e.sentence !== sentence && e.date.precision === 'day' && !e.date.end && new Date(`${e.date.start}T00:00:00Z`).getUTCDay() === from)
    .filter((e) => words(e.sentence.text).some((w) => named.includes(stem(w))))
    .pop();
  if (!old) return undefined;
  const shift = (to - from + 7) % 7;
  return { start: shiftDay(old.date.start, shift > 3 ? shift - 7 : shift), precision: 'day' };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// Words in -ing that are no verb: "during the festival in May" is no clause of its own.
const NOT_VERB_ING =
  '(?:during|including|regarding|according|concerning|pending|excluding|notwithstanding|morning|evening|spring|something|nothing|anything|everything)';
const CLAUSE_VERB = new RegExp(
  `\\b(?:is|are|was|were|am|be|been|will|would|shall|should|can|could|may|might|must|has|have|had|do|does|did|says|${IRREGULAR_PAST}|\\p{Ll}+ed|(?!${NOT_VERB_ING}\\b)\\p{Ll}+ing)\\b`,
  'u',
);

/** "… on Sunday and is due back …": an "and" that joins another verb phrase ends a clause. */
export const JOINED_VERB = /\s+and\s+(?=(?:is|are|was|were|will|has|have|had)\b)/;
const LAST_JOINED = new RegExp(`${JOINED_VERB.source}[^]*$`);
// (A clause that follows the day, "told the board on June 2 that the bill would be …", is what was told, not when.)
const CLAUSE_END = new RegExp(`[,;:]|\\s(?:that|which)\\s|${JOINED_VERB.source}|$`);

/**
 * The text with the quotations that do not hold `at` blanked out (offsets kept): the attribution of
 * "… it will be our turn." — Mayor X, at Friday's signing' tells of a Friday past, whatever was said.
 */
function outsideQuotes(text: string, at: number): string {
  return maskQuotes(
    text,
    quoteSpans(text).filter((q) => at < q.start || at >= q.end),
  );
}

/** The clause a date phrase stands in: from the last comma before it to the next one after it. */
function clauseAround(text: string, from: number, to: number): string {
  // A clause ends at a comma, a semicolon, a colon, or an "and" that joins another verb phrase
  // ("landed on Sunday and is scheduled to fly home on Saturday").
  const before = text.slice(0, from);
  const and = before.includes('and') ? before.search(LAST_JOINED) : -1;
  let start = Math.max(0, and >= 0 ? and + 1 : 0, ...[',', ';', ':'].map((p) => text.lastIndexOf(p, from) + 1));
  // A clause with no verb of its own (", about an hour south of Sapporo, on Friday") belongs to the
  // one before it ("The delegation is scheduled to tour the mill").
  while (start > 1 && !CLAUSE_VERB.test(text.slice(start, from))) {
    const previous = Math.max(0, ...[',', ';', ':'].map((p) => text.lastIndexOf(p, start - 2) + 1));
    start = previous;
  }
  const rest = text.slice(to, to + 40);
  return text.slice(start, to) + rest.slice(0, rest.search(CLAUSE_END));
}

/** Words told in the past, not "is expected to vote". */
const toldPast = (text: string): boolean => PAST.test(text) && !COMING.test(text);

/** The words from the last comma, semicolon or colon before `at` up to it: "the council weighs it on". */
function leadIn(text: string, at: number): string {
  return text.slice(Math.max(0, ...[',', ';', ':'].map((p) => text.lastIndexOf(p, at - 1) + 1)), at);
}

/**
 * "On Thursday, the port's director and his counterpart, president of …, will sign": a date that opens
 * the sentence in a clause with no verb belongs to the main clause, whose first verb says whether it is to come.
 */
function comingAfterOpening(text: string, clause: string, from: number, at: number): boolean {
  if (CLAUSE_VERB.test(clause) || !OPENING.test(text.slice(0, at))) return false;
  const verb = CLAUSE_VERB.exec(text.slice(from));
  // ("On Friday, the firm said it would invest": what was said is to come, the saying is not.)
  if (!verb || SAYING.test(verb[0])) return false;
  const window = text.slice(from + verb.index, from + verb.index + 40);
  const coming = COMING.exec(window);
  // (Nor where the saying comes after a word the tagger-free reading took for a verb: "…, a maker of
  // farm pumps, said it would build".)
  return !!coming && !SAYING.test(window.slice(0, coming.index));
}

const SAYING = /\b(?:said|told|announced|added|explained|noted|stated|pledged|promised)\b/i;

// What may stand before a date that opens a sentence: "On", "On the tour's second day,".
const OPENING = /^(?:(?:On|By|From|Until|Starting|Beginning)\s+)?(?:the\s+[\p{L}'\u2019 ]{1,40},\s+)?$/u;

// chrono reads "Sun" in "Sun Zhiyang" as Sunday and "May" in "Theresa May" as a month; such bare
// words count only where the sentence clearly uses them as dates.
function isRealDate(result: chrono.ParsedResult, text: string): boolean {
  const t = result.text.trim();
  if (RATE.test(t)) return false;
  // "On our last day": the trip's, counted from its span (LAST_TRIP_DAY), not the day before publication.
  if (/^(?:the\s+)?(?:last|final)\s+day$/i.test(t)) return false;
  // "in a year when budgets are tight": a kind of year, not the one after publication.
  if (/^in\s+a\s+(?:year|month|week)$/i.test(t) && /^\s+(?:when|that|of|in\s+which|where)\b/i.test(text.slice(result.index + result.text.length))) return false;
  // "for nine days", "within two weeks", "home after a fortnight away": a length of time, not a day
  // counted from publication.
  if (
    /^(?:for|within|over|about|some|nearly|almost|after)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days?|weeks?|months?|years?)$/i.test(
      t,
    )
  )
    return false;
  // "for a second round": seconds and minutes never move the day.
  if (/\b(?:seconds?|minutes?)$/i.test(t)) return false;
  if (/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i.test(t)) return false;
  // ("lasts longer than any contract": a verb, not "last").
  if (/^lasts?$/i.test(t) || /^\p{L}/u.test(text.slice(result.index + result.text.length))) return false;
  if (/^(?:may|march)$/i.test(t))
    return /\b(?:in|since|by|until|early|late|mid|of|next|last|this)\s*-?$/i.test(text.slice(0, result.index)) && /^\p{Lu}/u.test(t);
  return true;
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * "Left on Saturday, January 17, and touched down on the 18th", "on Wednesday, the 21st": a day of
 * the month alone, in a story telling of days weeks before publication, is the first such day from
 * the one it has reached (of the weekday given, when one is), not a day of the publication's month.
 */
function ordinalInNarrative(result: chrono.ParsedResult, lastDay: EventDate | undefined): EventDate | undefined {
  const ordinal = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b/i.exec(result.text);
  if (!ordinal || !lastDay || lastDay.precision !== 'day' || new RegExp(`\\b(?:${MONTH_NAMES})\\b`, 'i').test(result.text)) return undefined;
  const weekday = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`, 'i').test(result.text));
  const from = new Date(`${lastDay.start}T00:00:00Z`);
  for (let k = 0; k <= 2; k++) {
    const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + k, Number(ordinal[1])));
    if (d.getUTCDate() !== Number(ordinal[1]) || d < from) continue;
    if (weekday >= 0 && d.getUTCDay() !== weekday) continue;
    return { start: d.toISOString().slice(0, 10), precision: 'day' };
  }
  return undefined;
}

/** The weekday (0 for Sunday) in the week (Monday to Sunday) `weeks` from the one that holds `from`. */
function weekdayOfWeek(weekday: number, from: string, weeks: number): EventDate {
  const day = new Date(`${from}T00:00:00Z`);
  const monday = shiftDay(from, -((day.getUTCDay() + 6) % 7) + 7 * weeks);
  return { start: shiftDay(monday, (weekday + 6) % 7), precision: 'day' };
}

/** The first day of the parsed weekday on or after `from` (after it, with `after`). */
function weekdayFrom(result: chrono.ParsedResult, from: string, after = false): EventDate {
  const day = new Date(`${from}T00:00:00Z`);
  const shift = ((((result.start.get('weekday') ?? 0) - day.getUTCDay()) % 7) + 7) % 7 || (after ? 7 : 0);
  day.setUTCDate(day.getUTCDate() + shift);
  return { start: day.toISOString().slice(0, 10), precision: 'day' };
}

const NTH_WEEKDAY =
  /\b(?:the\s+)?(first|second|third|fourth|last)\s+(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:in|of)\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(\d{4}))?\b/i;

/** The day "the first Monday in November" names, in the year given or the first such month from `base` on. */
function nthWeekday(m: RegExpExecArray, base: string): string | undefined {
  const month = MONTHS.findIndex((x) => x.toLowerCase() === m[3]!.toLowerCase());
  const weekday = WEEKDAYS.findIndex((d) => d.startsWith(m[2]!.toLowerCase()));
  if (month < 0 || weekday < 0) return undefined;
  const baseYear = Number(base.slice(0, 4));
  const year = m[4] ? Number(m[4]) : month + 1 < Number(base.slice(5, 7)) ? baseYear + 1 : baseYear;
  const nth = ['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase());
  const day = new Date(Date.UTC(year, month, 1));
  day.setUTCDate(1 + ((weekday - day.getUTCDay() + 7) % 7) + 7 * Math.max(nth, 0));
  if (nth < 0) {
    // The last one: the month's last day, back to that weekday.
    const end = new Date(Date.UTC(year, month + 1, 0));
    end.setUTCDate(end.getUTCDate() - ((end.getUTCDay() - weekday + 7) % 7));
    return end.toISOString().slice(0, 10);
  }
  return day.getUTCMonth() === month ? day.toISOString().slice(0, 10) : undefined;
}

// "Taped Tuesday, September 16, 2025" (or recorded, filmed; "a show that aired Monday, …"): the day a transcript was made.
const RECORDED =
  /\b(?:[Rr]ecorded|[Tt]aped|[Ff]ilmed|[Aa]ired|[Bb]roadcast)\s+(?:on\s+)?((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})/;

/**
 * "On the trip's Wednesday", "the Monday of the visit": the one such weekday between the last two days the
 * story told (the trip's first and last, "left on Monday, June 2, and came back on Friday, June 6").
 */
function tripWeekday(result: chrono.ParsedResult, text: string, events: DatedEvent[], thatDay = false, from?: string): EventDate | undefined {
  if (result.start.isCertain('day') || !result.start.isCertain('weekday')) return undefined;
  const before = text.slice(Math.max(0, result.index - 30), result.index);
  const after = text.slice(result.index + result.text.length, result.index + result.text.length + 30);
  if (
    !thatDay &&
    !/\bthe\s+(?:trip|visit|mission|tour|journey)['\u2019]s\s+$/i.test(before) &&
    !/^\s+of\s+the\s+(?:trip|visit|mission|tour|journey)\b/i.test(after)
  )
    return undefined;
  const told = events.filter((e) => e.date.precision === 'day' && !e.date.end && e.sentence.paragraph.kind === 'story');
  // (The trip's own ends where the story tells them: "left on Monday, June 2 … flew home on Tuesday, June 10",
  // whatever later days, a news conference or a vote, it told before this sentence.)
  const ends = tripTold(events);
  // (Or the span the story gave the trip: "the June 3-9 mission … signed on its Tuesday".)
  const span = events.find((e) => e.date.precision === 'day' && e.date.end && e.sentence.paragraph.kind === 'story');
  const days = (ends ? [ends.left, ends.home] : span ? [span.date.start, span.date.end!] : told.slice(-2).map((e) => e.date.start)).sort();
  if (days.length < 2 || daysBetween(days[0]!, days[1]!) > 21) return undefined;
  const day = weekdayFrom(result, from && from >= days[0]! && from <= days[1]! ? from : days[0]!);
  if (day.start > days[1]!) return undefined;
  // ("On our last day, the Sunday": the last such weekday of the trip.)
  let last = day;
  while (LAST_TRIP_DAY.test(text) && shiftDay(last.start, 7) <= days[1]!) last = { ...last, start: shiftDay(last.start, 7) };
  return last;
}

/** The days the story told the trip left and came home, in the past. */
function tripTold(events: DatedEvent[]): { left: string; home: string } | undefined {
  const told = events.filter((e) => e.date.precision === 'day' && !e.date.end && e.sentence.paragraph.kind === 'story');
  const left = told.find((e) => DEPARTED.test(e.sentence.text));
  const home = left && told.find((e) => e.date.start > left.date.start && RETURNED.test(e.sentence.text));
  return home ? { left: left.date.start, home: home.date.start } : undefined;
}

/** Has the story moved on past the trip it told the ends of (to the day of an interview after it)? */
function pastTheTrip(events: DatedEvent[], reached: EventDate): boolean {
  const trip = tripTold(events);
  return !!trip && reached.start > trip.home;
}

/**
 * "The centerpiece came the following Monday", "the next Friday", "on the Monday": the first such weekday after the
 * day the story has reached, however far back that day is.
 */
function followingWeekday(result: chrono.ParsedResult, text: string, lastDay: EventDate | undefined): EventDate | undefined {
  if (lastDay?.precision !== 'day' || result.start.isCertain('day') || !result.start.isCertain('weekday')) return undefined;
  const before = text.slice(Math.max(0, result.index - 20), result.index);
  // ("On the Tuesday, the delegation rode north …": a weekday with "the" is the next one the story reaches.)
  if (!/\bthe\s+(?:following|next)\s+$/i.test(before) && !/^the\s+(?:following|next)\s/i.test(result.text) && !definiteWeekday(result, text)) return undefined;
  return weekdayFrom(result, lastDay.start, true);
}

/** "on the Monday": a weekday with "the", a day of the trip told (not "the Monday meeting"). */
function definiteWeekday(result: chrono.ParsedResult, text: string): boolean {
  return (
    /\b(?:on|for|by|until)\s+the\s+$/i.test(text.slice(Math.max(0, result.index - 20), result.index)) &&
    !/^\S+\s+(?:morning|afternoon|evening|night)?\s*(?:meeting|deadline|session|vote)\b/i.test(text.slice(result.index))
  );
}

/**
 * The day a story's narrative has reached, when it tells of days well before publication: "landed on
 * Monday, Nov. 10 … In Da Nang on Thursday" is the Thursday of that week, not the one before a
 * December publication. Only a day from one to six weeks back: an old date ("the 1979 accord") sets
 * no week, and a recent one is read from publication anyway.
 */
function narrativeDay(lastDay: EventDate | undefined, published: string, span?: EventDate): Narrative | undefined {
  if (lastDay?.precision !== 'day') return undefined;
  const days = (Date.parse(`${published}T00:00:00Z`) - Date.parse(`${lastDay.start}T00:00:00Z`)) / 86_400_000;
  if (days <= 7 || days > 45) return undefined;
  // "From March 8 to March 15 … on Monday": a trip's span, told and over, holds the days its story tells.
  const until = span?.end && span.start <= lastDay.start && span.end >= lastDay.start && span.end < published ? span.end : undefined;
  return { day: lastDay.start, until };
}

/** The day a story of the past has reached, and the last day of the span it said it covers. */
interface Narrative {
  day: string;
  until?: string;
}

function toEventDate(result: chrono.ParsedResult, published: string, coming: boolean, narrative?: Narrative): EventDate | undefined {
  const start = result.start;
  // Clock times and vague periods ("last week", "recently") are not dates worth citing.
  // "Three weeks ago" counts back whole weeks from publication: a day, if an approximate one.
  const weeksAgo = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a)\s+weeks?\s+(?:ago|earlier|later|before|after)\b/i.test(result.text);
  if (/\bweeks?\b(?!end)|\bnow\b|\btoday\b|\btonight\b/i.test(result.text) && !start.isCertain('weekday') && !weeksAgo) return undefined;
  // ("A month on, a year later": later than something the story told, never than publication.)
  if (/\b(?:months?|years?)\s+(?:later|after(?:wards?)?|earlier|before)\b/i.test(result.text)) return undefined;
  const precision: Precision | undefined =
    start.isCertain('day') || start.isCertain('weekday') ? 'day' : start.isCertain('month') ? 'month' : start.isCertain('year') ? 'year' : undefined;
  if (!precision) return undefined;
  // "Last Thursday" counts back from publication, whatever day the story has reached, and is never
  // the publication day itself.
  const last = /^(?:last|this\s+past|past)\s/i.test(result.text.trim());
  const date: EventDate = {
    start: weekdayYear(
      start,
      calendarDate(start, published, coming, precision, last ? undefined : narrative, last, /^next\s/i.test(result.text.trim())),
      published,
    ),
    precision,
  };
  if (result.end) {
    const end = calendarDate(result.end, published, true, precision);
    if (end > date.start) date.end = end;
  }
  return date;
}

/**
 * The calendar date of a parsed component, read from its fields and never through the host's clock.
 * A bare weekday is the most recent such day on or before publication in a report of the past, and
 * the next one on or after it in a clause about what is coming ("is visiting ... to Sunday").
 */
function calendarDate(
  c: chrono.ParsedResult['start'],
  published: string,
  coming: boolean,
  precision: Precision,
  narrative?: Narrative,
  last = false,
  next = false,
): string {
  if (c.isCertain('weekday') && !c.isCertain('day') && narrative && !coming) {
    // The first such weekday from the day the story has reached (that day itself when it is one:
    // "landed at 7:50 on Monday … Monday, after a short connecting flight").
    const day = new Date(`${narrative.day}T00:00:00Z`);
    const shift = ((((c.get('weekday') ?? 0) - day.getUTCDay()) % 7) + 7) % 7;
    day.setUTCDate(day.getUTCDate() + shift);
    const iso = day.toISOString().slice(0, 10);
    // Only within the week the story has reached (to its Sunday), or within the span it said it
    // covers: "speaking on Monday" after a Tuesday in the story is the Monday before publication.
    const toSunday = (7 - new Date(`${narrative.day}T00:00:00Z`).getUTCDay()) % 7;
    if (shift <= toSunday || (narrative.until && iso <= narrative.until)) return format(iso, precision);
  }
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    const pub = new Date(`${published}T00:00:00Z`);
    const shift = ((((c.get('weekday') ?? 0) - pub.getUTCDay()) % 7) + 7) % 7;
    // ("Next Tuesday", said on a Tuesday: a week on, never that day.)
    pub.setUTCDate(pub.getUTCDate() + (coming && !last ? shift || (next ? 7 : 0) : shift === 0 ? (last ? -7 : 0) : shift - 7));
    return format(pub.toISOString().slice(0, 10), precision);
  }
  const pad = (n: number | null) => String(n ?? 1).padStart(2, '0');
  return format(`${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`, precision);
}

/**
 * "Sun., May 10" with no year, read as a day to come after it has passed: the publication's year,
 * when its May 10 is a Sunday (a schedule's day must not roll into a year where the weekday is wrong).
 */
function weekdayYear(c: chrono.ParsedResult['start'], iso: string, published: string): string {
  if (!c.isCertain('weekday') || !c.isCertain('day') || c.isCertain('year') || iso.length !== 10) return iso;
  // (Only back to the publication's year: a weekday that fits no nearby year is a slip, and the date stands.)
  const own = `${published.slice(0, 4)}${iso.slice(4)}`;
  return own !== iso && new Date(`${own}T00:00:00Z`).getUTCDay() === c.get('weekday') ? own : iso;
}

function format(iso: string, precision: Precision): string {
  return precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "April 18" from "04-18". */
export function monthDayLabel(md: string): string {
  const [m, d] = md.split('-').map(Number);
  return `${MONTHS[m! - 1]} ${d}`;
}

/** "April 18, 2024", "November 2023", "1979", "April 14, 2024 to April 21, 2024". */
export function formatDate(date: EventDate): string {
  const one = (s: string) => {
    const [y, m, d] = s.split('-').map(Number);
    if (m === undefined) return String(y);
    const month = MONTHS[m - 1]!;
    return d === undefined ? `${month} ${y}` : `${month} ${d}, ${y}`;
  };
  if (!date.end) return one(date.start);
  // The start keeps its year: "April 14 to April 21, 2024" read alone gives no year to April 14.
  return `${one(date.start)} to ${one(date.end)}`;
}
