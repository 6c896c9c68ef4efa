import { fold } from '../text.ts';
import type { Article, Sentence } from '../corpus/types.ts';
import type { DatedEvent } from './events.ts';
import { capitalRuns, lex, tokenize, type Lexer, type Token } from './introductions.ts';
import { ORG_WORD, TITLES } from './lexicon.ts';
import { isKindOf } from './wordnet.ts';
import type { Person } from './people.ts';

// Places, found by the shapes prose uses for them ("in Marlow", "visited Guangzhou and Shenzhen",
// "mayor of Shanghai", a dateline "KESTREL CITY –"), and the itinerary of a trip: where someone went,
// when, and in which order ("Before heading to Beijing, Breed visited ...").

export interface Visit {
  place: string;
  /** YYYY-MM-DD when the sentence dates it. */
  date?: string;
  /** An undated report of the past happened on or before its publication date. */
  latest: string;
  sentence: Sentence;
  /** How many places the sentence names: the fewer, the more the date belongs to this one. */
  crowd: number;
}

export interface Order {
  first: string;
  then: string;
  sentence: Sentence;
}

export interface Itinerary {
  visits: Visit[];
  order: Order[];
}

// Words of a capitalised run that make it a place even though they name a kind of body.
const PLACE_WORD = /\b(?:City|Province|County|District|State|Area|Region|Island|Islands|Valley|Bay|Town|Village|Prefecture)$/;
// ("tour the port of Salvik", "the city of Vess": a place named after its kind, in lower case.)
const BEFORE_PLACE =
  /(?:\b(?:in|to|from|into|across|around|through|visited|visiting|visit|toured|touring|reached|covered|between|near|outside|toward|towards)\s+(?:the\s+)?|\b(?:in|the)\s+(?:[a-z-]+\s+)?(?:ports?|city|cities|towns?|villages?|provinces?|islands?|regions?|harbou?rs?|districts?|municipality|municipalities)\s+of\s+)$/i;
const CALLED_PLACE =
  /^,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:port|city|town|capital|village|harbou?r|province|state|region|district|island|county|seaport|municipality)\b/u;
// ("Mayor of the City of Kelmsport": the name goes on through "of", and is no "City".)
const ROLE_PLACE = /\b(?:mayor|governor|premier)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'\u2019-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'\u2019-]*)*)/giu;
const PLACE_ROLE = /(\p{Lu}[\p{L}'\u2019-]*(?:\s+\p{Lu}[\p{L}'\u2019-]*)*?)(?:['\u2019]s)?\s+(?:Mayor|Governor|mayor|governor)\b/gu;

const TITLE_WORD = new Set(TITLES.flatMap((t) => t.split(' ')));
const NOT_PLACE_START =
  /^(?:Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|The|A|An|This|That|These|Those|It|He|She|They|We|I|You|Our|Their|His|Her|Mr|Mrs|Ms|Dr|Lord|Lady|Deputy|Vice|Lieutenant|Acting|Former|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Photo|PHOTO)$/;
// "timed to the Offshore Wind Summit": an event, not a place one goes to ("Call to Order": a meeting's step).
const EVENT_WORD =
  /^(?:Summit|Conference|Forum|Expo|Festival|Fair|Games|Symposium|Congress|Convention|Gala|Exhibition|Olympics|Week|Day|Awards|Meeting|Session|Order|Hearing|Recess)$/;
const isPlaceLike = (words: string[]) =>
  words.length > 0 &&
  words.length <= 5 &&
  !NOT_PLACE_START.test(words[0]!) &&
  !TITLE_WORD.has(words[0]!) &&
  !EVENT_WORD.test(words[words.length - 1]!) &&
  (!ORG_WORD.test(words.join(' ')) || PLACE_WORD.test(words.join(' ')));

/**
 * The places by folded name, as the answers read them: a map (a knowledge built in memory), or the
 * index file's table read as asked (a snapshot opened: knowledge-build/places-table.ts).
 */
export interface Places {
  readonly size: number;
  get(key: string): string | undefined;
  has(key: string): boolean;
  /** Every place, in the order found (read whole: for tests and scripts). */
  [Symbol.iterator](): IterableIterator<[string, string]>;
  keys(): IterableIterator<string>;
  values(): IterableIterator<string>;
  /**
   * The places whose key's first word (letters and digits, as placesIn reads one) is one of these,
   * with those whose key begins with neither, in placesIn's order: longest key first, ties in the
   * order they were found. Absent: the places are a map, indexed on first use.
   */
  byFirstWords?(words: Iterable<string>): [key: string, name: string][];
}

/** The first word of a folded place key as placesIn reads one (its letters and digits from the start), '' where it begins with neither. */
export function firstWordOf(key: string): string {
  let end = 0;
  while (isWordChar(key[end])) end++;
  return key.slice(0, end);
}

/** The places of a map in placesIn's order: longest key first, ties in the map's order. */
export const rankedPlaces = <T extends [string, ...unknown[]]>(places: Iterable<T>): T[] => [...places].sort((a, b) => b[0].length - a[0].length);

/** Folded place name → the name as printed. `candidatesOf` gives placeCandidates(article), cached or not. */
export function findPlaces(articles: Article[], people: Person[], candidatesOf: (a: Article) => string[] = placeCandidates): Map<string, string> {
  function* candidates() {
    for (const a of articles) yield* candidatesOf(a);
  }
  return placesAmong(people, candidates());
}

/** findPlaces given the articles' candidates in order (the first time a name comes is the one that counts: later ones change nothing). */
export function placesAmong(people: Person[], candidates: Iterable<string>): Map<string, string> {
  const personWords = new Set(people.flatMap((p) => [p.name, ...p.aliases]));
  const out = new Map<string, string>();
  const add = (name: string) => {
    const clean = name.replace(/['\u2019]s$/, '').trim();
    // (Not a letter cut from an abbreviation: the "U" of "the U.S. state of …".)
    if (clean.length < 2) return;
    if (clean && !personWords.has(clean) && isPlaceLike(clean.split(/\s+/))) if (!out.has(fold(clean))) out.set(fold(clean), clean);
  };
  for (const p of people) for (const r of p.roles) for (const re of [ROLE_PLACE, PLACE_ROLE]) for (const m of r.role.matchAll(re)) add(lastPossessive(m[1]!));
  for (const name of candidates) add(name);
  return out;
}

/** What an article's text offers as place names (a dateline, runs after "in", "to", "visited"), in order: the per-article part of findPlaces. */
export function placeCandidates(a: Article, lexOf: Lexer = lex): string[] {
  const out: string[] = [];
  for (const paragraph of a.paragraphs) {
    const dateline = /^(\p{Lu}[\p{Lu} ]+?)\s+[–—-]/u.exec(paragraph.text);
    if (dateline) out.push(titleCase(dateline[1]!));
    // A heading in capitals ("MAYOR'S TRIP TO VELORIA"): the run after "to", "in" or "from", where
    // WordNet knows it as a place (the capitals hide every other sign of a name).
    if (!/\p{Ll}/u.test(paragraph.text)) {
      for (const m of paragraph.text.matchAll(
        /\b(?:TO|IN|FROM|VISITS?|VISITED)\s+(\p{Lu}[\p{Lu}\p{M}'\u2019-]*(?:\s+(?!AND\b|TO\b|IN\b|OF\b)\p{Lu}[\p{Lu}\p{M}'\u2019-]*){0,2})/gu,
      )) {
        const name = titleCase(m[1]!);
        if (isKindOf(name.toLowerCase(), 'location', 'noun', 8, 1)) out.push(name);
      }
    }
    for (const s of paragraph.sentences) {
      for (const group of listsAfterPlaceWords(s.text, lexOf(s).runs)) for (const l of group) out.push(lastPossessive(l.name));
    }
  }
  return out;
}

const titleCase = (caps: string) => caps.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/** "South China's Guangdong Province" names two places; the last is the one meant. */
function lastPossessive(name: string): string {
  const parts = name.split(/['\u2019]s\s+/);
  return parts[parts.length - 1]!;
}

interface Located {
  name: string;
  at: number;
  /** The word before it: "in", "to", "from", ... */
  preposition: string;
}

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)$/;

const RETURN_TO = /\b(?:return(?:s|ed|ing)?|back|home)\s+(?:\p{Ll}+\s+)?(?:to|in)\s+(?:the\s+)?$/u;

/** Capitalised runs after a place preposition, with the runs coordinated with them ("Guangzhou and Shenzhen"). */
function listsAfterPlaceWords(text: string, runs: Token[][]): Located[][] {
  const groups: Located[][] = [];
  const goesOnWithOf = (run: Token[]) => run.length === 1 && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(run[0]!.end));
  const located = (run: Token[], preposition: string): Located => ({
    name: text.slice(run[0]!.start, run[run.length - 1]!.end),
    at: run[0]!.start,
    preposition,
  });
  for (let i = 0; i < runs.length; i++) {
    let run = runs[i]!;
    // "In Marlow on Saturday": a capitalised preposition opens the run.
    if (run.length > 1 && /^(?:In|To|At|Into|Across|Around|Near|Toward|Towards)$/.test(run[0]!.text)) run = run.slice(1);
    // "will visit Kelmsport March 17–19": the month of a date closes the place, no part of it.
    const last = run[run.length - 1]!;
    if (run.length > 1 && MONTH.test(last.text) && /^\s+\d/.test(text.slice(last.end))) run = run.slice(0, -1);
    // "head of the Port of Kelmsport": one word whose name goes on with "of" is no place of its own.
    if (goesOnWithOf(run)) continue;
    // ("at Pier 4 Fish Market", "at Gate 4": one word numbered is a road or a door, no place.)
    if (run.length === 1 && /^\s+\d/.test(text.slice(run[0]!.end)) && !MONTH.test(run[0]!.text)) continue;
    // ("through Nordic ports", "to Varlandian buyers": a people's adjective before a noun is no place.)
    if (run.length === 1 && /(?:an|ese|ish)$/.test(run[0]!.text) && /^\s+\p{Ll}/u.test(text.slice(run[0]!.end))) continue;
    // ("At Ostvik, the harbour town nearest …": a name its apposition calls a place, whatever comes before it.)
    const prep =
      BEFORE_PLACE.exec(text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start)) ??
      (CALLED_PLACE.test(text.slice(run[run.length - 1]!.end)) ? /\S*\s*$/.exec(text.slice(Math.max(0, run[0]!.start - 20), run[0]!.start)) : null);
    // "According to Dr. Ingrid Holm" names a source, not a place.
    if (!prep || /\baccording\s+to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, run[0]!.start - 20), run[0]!.start))) continue;
    const preposition = prep[0].trim().split(/\s+/)[0]!.toLowerCase();
    const group = [located(run, preposition)];
    let j = i;
    // ("Copenhagen and Aarhus in Denmark, then Malmo in Sweden": "then" goes on with the list.)
    while (
      runs[j + 1] &&
      /^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+|,?\s+(?:and\s+)?then\s+)(?:the\s+)?$/.test(text.slice(runs[j]![runs[j]!.length - 1]!.end, runs[j + 1]![0]!.start))
    ) {
      j++;
      if (!goesOnWithOf(runs[j]!)) group.push(located(runs[j]!, preposition));
    }
    groups.push(group);
    i = j;
  }
  return groups;
}

/** Known places that a sentence puts someone in or sends someone to ("in Marlow", "visited A and B"), not where they come from. */
function destinations(text: string, places: Places): { place: string; at: number }[] {
  const out: { place: string; at: number }[] = [];
  for (const group of listsAfterPlaceWords(text, capitalRuns(text, tokenize(text)))) {
    for (const l of group) {
      if (l.preposition === 'from' || l.preposition === 'between') continue;
      // "returned to West Brenner", "flew back to Kelmsport": home, not a place visited.
      if (RETURN_TO.test(text.slice(Math.max(0, l.at - 40), l.at))) continue;
      const name = places.get(fold(lastPossessive(l.name)));
      if (name && !out.some((o) => o.place === name)) out.push({ place: name, at: l.at });
    }
  }
  return out;
}

/** The places a text names, with their offsets, longest names first. */
export function placesIn(text: string, places: Places): { place: string; at: number }[] {
  // Folded character by character, each folded offset kept with the text's own (fold() trims and joins
  // spaces). A mark on its own ("Ọ̀": NFC leaves the grave accent apart) folds to nothing, as in the keys.
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = fold(ch);
    const piece = f.length === ch.length ? f : /^\p{M}+$/u.test(ch) ? '' : ch.toLowerCase();
    for (let j = 0; j < piece.length; j++) origin.push(offset + Math.min(j, ch.length - 1));
    folded += piece;
    offset += ch.length;
  }
  origin.push(offset);
  const out: { place: string; at: number }[] = [];
  const taken: [number, number][] = [];
  for (const [key, name] of candidatePlaces(folded, places)) {
    let at = folded.indexOf(key);
    while (at >= 0) {
      const end = at + key.length;
      const whole = !/[\p{L}\p{N}]/u.test(folded[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(folded[end] ?? ' ');
      if (whole && !taken.some(([s, e]) => at < e && end > s)) {
        out.push({ place: name, at: origin[at]! });
        taken.push([at, end]);
      }
      at = folded.indexOf(key, end);
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The places longest first (ties in the map's order), and by the first word of their key; made once per map. */
interface PlaceIndex {
  size: number;
  /** Each key's place in the longest-first order. */
  ranked: [key: string, name: string][];
  byFirstWord: Map<string, number[]>;
  /** Keys that do not begin with a letter or digit: tried on every text. */
  always: number[];
}

const placeIndexes = new WeakMap<Map<string, string>, PlaceIndex>();
/** A letter or digit, as placesIn reads one code unit (plain ASCII without the regular expression). */
const isWordChar = (ch: string | undefined) => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return /[\p{L}\p{N}]/u.test(ch);
};

/**
 * The places that may be named in a folded text, in the order placesIn tries them: a key found
 * whole begins where a word of the text begins, and that word is the key's first word, so only the
 * keys whose first word the text holds can be found (at 50,000 articles, trying every key on every
 * sentence cost most of a place question).
 */
function candidatePlaces(folded: string, places: Places): [string, string][] {
  const words = new Set<string>();
  for (let i = 0; i < folded.length; i++) {
    if (!isWordChar(folded[i]) || isWordChar(folded[i - 1])) continue;
    let end = i + 1;
    while (isWordChar(folded[end])) end++;
    words.add(folded.slice(i, end));
    i = end;
  }
  if (places.byFirstWords) return places.byFirstWords(words);
  const map = places as Map<string, string>;
  let index = placeIndexes.get(map);
  if (!index || index.size !== map.size) {
    const ranked = rankedPlaces(map);
    const byFirstWord = new Map<string, number[]>();
    const always: number[] = [];
    ranked.forEach(([key], i) => {
      const first = firstWordOf(key);
      if (!first) always.push(i);
      else {
        const list = byFirstWord.get(first);
        if (list) list.push(i);
        else byFirstWord.set(first, [i]);
      }
    });
    placeIndexes.set(map, (index = { size: map.size, ranked, byFirstWord, always }));
  }
  const found = new Set(index.always);
  for (const w of words) for (const k of index.byFirstWord.get(w) ?? []) found.add(k);
  return [...found].sort((a, b) => a - b).map((k) => index.ranked[k]!);
}

// Words that put someone somewhere: travel, a meeting, an event.
// ("the visitors" are someone's guests, not a visit.)
const PRESENCE =
  /\b(?:visit(?:s|ed|ing)?\b|trip|tour\w*|travel\w*|head\w*|arriv\w*|went|go(?:es|ing)?|met|meet\w*|event|mission|stay\w*|(?:took|taken|takes|taking)\s+(?:her|him|them|us|the\s+(?:[\p{L}-]+\s+)?(?:group|delegation|train|bus|ferry|flight|plane|boat))|covered|ended|wrapped|land(?:s|ed|ing)?|stop\w*|swing|flew|crossed|sailed|fl(?:y|ies|ying) to|reach(?:ed|es)?|rode|drove|spen(?:t|ds|ding)\s+(?:[\p{L}-]+\s+){1,3}in|(?:opened|closed|began|ended|finished)\s+in|moved\s+(?:on\s+|north\s+|south\s+|east\s+|west\s+)?to)\b/iu;

const DROPPED =
  /\b(?:dropped|cancell?ed|scrapped|skipped|called\s+off|cut|scratched)\b[^.;]{0,40}?\b(?:stop|visit|leg|side\s+trip|day\s+trip)\b|\b(?:stop|visit|leg)\b[^.;]{0,40}?\b(?:was|were|had\s+been)\s+(?:dropped|cancell?ed|scrapped|called\s+off|cut)\b/i;
const PAST_PRESENCE = /\b(?:visited|went\s+to|travell?ed\s+to|toured|arrived|made\s+stops?|stopped\s+in|returned|landed|(?:flew|came|got)\s+(?:home|back))\b/i;
const FUTURE_PRESENCE =
  /\b(?:will|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|plans?\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to)\s+(?:\p{Ll}+\s+)?(?:visit|travel|go|head|tour|come|arrive|return)\b/iu;

/** Where a person went, from the sentences of the articles that are about them. */
export function itineraryOf(
  person: Person,
  articles: Article[],
  places: Places,
  eventsOf: (s: Sentence) => DatedEvent[],
  subjectOf: (a: Article) => Person | undefined,
): Itinerary {
  const visits: Visit[] = [];
  const order: Order[] = [];
  const mentioned = new Set(person.mentions);
  for (const a of articles) {
    const own = subjectOf(a) === person;
    const story = a.paragraphs.filter((p) => p.kind === 'story');
    // A report of the trip done: a visit still to come there ("a delegation will visit us in March")
    // is someone else's, or a later one. (A story before the trip tells only visits to come.)
    const reported = story.some((p) => p.sentences.some((x) => PAST_PRESENCE.test(x.text)));
    for (const paragraph of story) {
      for (const s of paragraph.sentences) {
        // ("… and a grain team is expected in Lisvane in May": what is still to come, likewise.)
        if (reported && (FUTURE_PRESENCE.test(s.text) || /\b(?:is|are)\s+(?:expected|due)\s+(?:in|at|to)\b/i.test(s.text))) continue;
        // "After our 2023 mission to Japan": a trip of another year, not this one.
        const years = (s.text.match(/\b(?:19|20)\d\d\b/g) ?? []).filter((y) => y !== a.published.slice(0, 4));
        if (years.length && /\b(?:mission|trip|visit|tour)\b/i.test(s.text) && !s.text.includes(a.published.slice(0, 4))) continue;
        // In an article about them, the sentences on the trip are theirs even without their name.
        if (!mentioned.has(s) && !own) continue;
        // What someone else's article reports them saying ("…, said the city encourages visits to
        // San Francisco") is talk, not where they went.
        if (!own && /\b(?:said|says|added|adds|noted|told|stressed)\b/.test(s.text)) continue;
        if (!PRESENCE.test(s.text)) continue;
        // ("she dropped the group's Saturday stop in Bergen": a stop cut is no place she went.)
        if (DROPPED.test(s.text)) continue;
        const found = destinations(s.text, places);
        if (!found.length) continue;
        const days = eventsOf(s).filter((e) => e.date.precision === 'day' && !e.date.end);
        for (const f of found) {
          const near = days.sort((x, y) => Math.abs(s.text.indexOf(x.phrase) - f.at) - Math.abs(s.text.indexOf(y.phrase) - f.at))[0];
          visits.push({ place: f.place, date: near?.date.start, latest: a.published, sentence: s, crowd: found.length });
        }
        order.push(
          ...orderIn(
            s,
            found.map((f) => f.place),
            places,
          ),
        );
      }
    }
  }
  return { visits, order };
}

/** "Shanghai" in "mayor of Shanghai" names an office, not where someone went. */
function isRolePlace(text: string, at: number): boolean {
  return /\b(?:mayor|governor|premier)\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, at - 20), at));
}

/** Order stated by "before" or "after": "Before heading to Beijing, X visited A and B"; "A and B before it ended in C". */
function orderIn(s: Sentence, found: string[], places: Places): Order[] {
  const m = /\b(before|after)\b/i.exec(s.text);
  if (!m || found.length < 2) return [];
  const opening = m.index < 3;
  const text = s.text;
  const clauseStart = opening ? 0 : Math.max(...[',', ';', '\u2013', '\u2014'].map((p) => text.lastIndexOf(p, m.index) + 1));
  const cut = opening ? text.indexOf(',', m.index) : m.index;
  if (cut < 0) return [];
  const afterCut = text.slice(cut + 1);
  const clauseEnd = opening ? text.length : cut + 1 + (afterCut.search(/[,;]/) + 1 || afterCut.length + 1) - 1;
  const named = (from: number, to: number) =>
    placesIn(text.slice(from, to), places)
      .filter((p) => found.includes(p.place) && !isRolePlace(text, from + p.at))
      .map((p) => p.place);
  const left = named(clauseStart, cut);
  const right = named(cut, clauseEnd);
  // An opening "Before X," puts X last; a "before" inside the sentence puts what follows it last.
  const beforeFirst = (m[1]!.toLowerCase() === 'before') !== opening;
  const [earlier, later] = beforeFirst ? [left, right] : [right, left];
  return earlier.flatMap((first) => later.filter((then) => then !== first).map((then) => ({ first, then, sentence: s })));
}
