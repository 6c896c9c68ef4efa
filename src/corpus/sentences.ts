// Sentence splitting: Intl.Segmenter (ICU's sentence rules, built into Node) does the work; two
// repairs follow because ICU breaks after abbreviations ("Mr.") and inside quotations ("Hello. It").
// Time and memory are linear in the text: the repairs keep offsets and a running quote balance
// instead of growing strings, and a long text goes to ICU in windows of at most WINDOW characters.

// (Initials with stops are one abbreviation: "U.S.", "Ph.D.", a degree after a name: "M.Si.".)
const ABBREVIATIONS =
  /\b(?:Mr|Mrs|Ms|Dr|Drs|Ir|Hon|Rev|Fr|Mme|Mlle|Messrs|Prof|Sr|Jr|St|Mt|Ft|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Adm|Supt|Atty|Dept|Inc|Ltd|Corp|Co|Bros|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Hj|vs|etc|(?:[A-Z][a-z]?\.)+[A-Z][a-z]?|[A-Z])\.\s*$/;
// "landed shortly before 11 p.m. Tuesday.": a time's "p.m." is no sentence end before the day or zone it belongs to.
const CLOCK_END = /\b[ap]\.m\.\s*$/i;
const TIME_FOLLOWS =
  /^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|[ECMP][SD]?T|GMT|UTC|local time)\b/;
// Made on first use: making it loads ICU's sentence rules (about 8 ms), which a start over an unchanged
// corpus never needs (its articles' sentences come from the knowledge cache).
let segmenter: Intl.Segmenter | undefined;
/** Text longer than this is cut (after a full stop and a space where there is one) before ICU reads it. */
export const WINDOW = 8192;

export interface SentenceSpan {
  start: number;
  text: string;
}

const WHITE = /\s/;

/** The quote balance after `s`, starting from `open`: “ opens, ” closes (never below zero). */
function quoteBalance(open: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201c) open++;
    else if (c === 0x201d) open = Math.max(0, open - 1);
  }
  return open;
}

/**
 * Does text[start, end) end with an abbreviation's full stop ("Mr.", "U.S.")? ABBREVIATIONS reads the
 * last characters only (the longest abbreviation and one character before it, for its \b), after
 * the trailing white space.
 */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  let last = end;
  while (last > start && WHITE.test(text[last - 1]!)) last--;
  return ABBREVIATIONS.test(text.slice(Math.max(start, last - 8), last));
}

/** ICU's segments of `text`, read window by window: [start, end) offsets. */
function* segments(text: string): Generator<[number, number]> {
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (to - from > WINDOW) {
      const window = text.slice(from, from + WINDOW);
      const stop = lastStop(window);
      const space = window.lastIndexOf(' ');
      to = from + (stop > WINDOW / 2 ? stop : space > WINDOW / 2 ? space + 1 : WINDOW);
    }
    segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
    for (const s of segmenter.segment(text.slice(from, to))) yield [from + s.index, from + s.index + s.segment.length];
    from = to;
  }
}

/** Where the last sentence-ending stop of `window` ends, with its closing quotes and white space. */
function lastStop(window: string): number {
  let at = -1;
  for (const m of window.matchAll(/[.!?]["”’)]*\s+/g)) at = m.index + m[0].length;
  return at;
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: Array<{ start: number; end: number }> = [];
  let open = 0;
  for (const [start, end] of segments(text)) {
    const prev = spans[spans.length - 1];
    const clock = prev && CLOCK_END.test(text.slice(Math.max(prev.start, prev.end - 8), prev.end)) && TIME_FOLLOWS.test(text.slice(start, start + 16));
    if (prev && (endsWithAbbreviation(text, prev.start, prev.end) || clock || open > 0 || /^[\s\p{Ll}]/u.test(text.slice(start, start + 2)))) {
      prev.end = end;
    } else {
      spans.push({ start, end });
      open = 0;
    }
    open = quoteBalance(open, text.slice(start, end));
  }
  // Trim, keeping the offsets true to the paragraph.
  const out: SentenceSpan[] = [];
  for (let { start, end } of spans) {
    while (start < end && WHITE.test(text[start]!)) start++;
    while (end > start && WHITE.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, text: text.slice(start, end) });
  }
  return out;
}
