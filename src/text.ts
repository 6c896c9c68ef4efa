import { stemmer } from 'stemmer';

// Text normalisation shared by the knowledge base and search: every comparison of user text with
// article text goes through these, so curly quotes, dashes, case and accents never decide a match.

// Printable ASCII words between single spaces: plain() leaves them as they are, and fold() has only
// the case to change. Most words and names are such, and the full normalisation is many passes.
const SIMPLE = /^[!-~]+(?: [!-~]+)*$/;
// Printable ASCII with the typographer's quotes and dashes, as most article text is: Unicode
// normalisation changes none of these characters and none is a combining mark, so it is skipped.
const TYPOGRAPHIC = /^[ -~\u2018\u2019\u201c\u201d\u2013\u2014]*$/;

/**
 * Printable ASCII with the typographer's quotes and dashes only: in such text a letter or a digit is
 * [A-Za-z0-9] (none of those quotes and dashes is one), so an expression may say so without Unicode's classes.
 */
export const isTypographic = (s: string): boolean => TYPOGRAPHIC.test(s);

/** NFKC, straight quotes and hyphens, collapsed white space. Keeps case. */
export function plain(s: string): string {
  if (SIMPLE.test(s)) return s;
  return straightened(TYPOGRAPHIC.test(s) ? s : s.normalize('NFKC'));
}

/** plain() of a text that is not SIMPLE, after Unicode normalisation where it needs one. */
function straightened(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower case without accents, for keys and comparisons. */
export function fold(s: string): string {
  if (SIMPLE.test(s)) return s.toLowerCase();
  // (plain() of the text, without testing it again for what was just tested.)
  if (TYPOGRAPHIC.test(s)) return straightened(s).toLowerCase(); // plain() made it ASCII: nothing to decompose
  return plain(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıłøđðħŧ]/g, (c) => UNMARKED[c] ?? c);
}

// Letters with a stroke or without a dot are not a base letter plus a mark, so NFD leaves them; users
// type the base letter ("dirlic" for "Dırlıç"). One letter for one, so folded text keeps its length.
const UNMARKED: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ŧ: 't' };

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
// The same words in ASCII text, read without Unicode's classes (several times faster): within ASCII a
// letter or a number is [A-Za-z0-9], and folded article text is mostly ASCII.
const ASCII_WORD = /[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*/g;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** fold() of a text with each run of what is neither a letter nor a digit made one space, trimmed: "Breed's visit, day 2" → "breed s visit day 2". */
export function foldedWords(s: string): string {
  const folded = fold(s);
  // (Within ASCII, as for words(): the same runs, found several times faster.)
  return (isAscii(folded) ? folded.replace(/[^A-Za-z0-9]+/g, ' ') : folded.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}

/** Words of a text, folded, possessive "'s" dropped; hyphenated words count as their parts. */
export function words(s: string): string[] {
  const folded = fold(s);
  const found = folded.match(isAscii(folded) ? ASCII_WORD : WORD) ?? [];
  for (let i = 0; i < found.length; i++) if (found[i]!.endsWith("'s")) found[i] = found[i]!.slice(0, -2);
  return found;
}

/** User text made safe to show back: no control characters, no pings, bounded length. */
export function echo(s: string, max = 80): string {
  const clean = s
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
  return unping(cut);
}

/** Text that cannot ping: a zero-width space after @ and no angle brackets (@everyone, <!channel>, <@id>). */
export function unping(s: string): string {
  return s
    .replace(/@(?!\u200b)/g, '@\u200b')
    .replace(/</g, '‹')
    .replace(/>/g, '›');
}

// Question and function words that carry no content for retrieval.
const STOP = new Set(
  `a an the and or but if of at by for with about against between into through during before after above below to from
  up down in out on off over under again further then once here there when where why how all any both each few more most
  other some such no nor not only own same so than too very can will just don should now is are was were be been being
  have has had having do does did doing i me my we our you your he him his she her it its they them their what which who
  whom whose this that these those am would could shall may might must also said says tell told please many much
  supposed actually exactly specifically really basically get gets got getting gotten`.split(/\s+/),
);

export function isStopWord(w: string): boolean {
  return STOP.has(w);
}

// Irregular forms a suffix stemmer cannot join to their base ("met" and "meet").
const IRREGULAR: Record<string, string> = {
  // ("the big contract" is "the year's biggest contract".)
  bigger: 'big',
  biggest: 'big',
  larger: 'large',
  largest: 'large',
  met: 'meet',
  meeting: 'meet',
  went: 'go',
  gone: 'go',
  took: 'take',
  taken: 'take',
  held: 'hold',
  made: 'make',
  gave: 'give',
  given: 'give',
  saw: 'see',
  seen: 'see',
  came: 'come',
  began: 'begin',
  begun: 'begin',
  left: 'leave',
  led: 'lead',
  spoke: 'speak',
  spoken: 'speak',
  wrote: 'write',
  chose: 'choose',
  chosen: 'choose',
  written: 'write',
  signed: 'sign',
  flew: 'fly',
  brought: 'bring',
  flies: 'fly',
  flying: 'fly',
  thought: 'think',
  sought: 'seek',
  sent: 'send',
  built: 'build',
  won: 'win',
  paid: 'pay',
  visiting: 'visit',
  visited: 'visit',
  visits: 'visit',
  visitor: 'visit',
  visitors: 'visit',
  told: 'tell',
  said: 'say',
  says: 'say',
};

// Words that news prose and questions use for the same thing ("arrive in China" for "visiting China").
const SAME_AS: Record<string, string> = {
  arriv: 'visit',
  trip: 'visit',
  travel: 'visit',
  tour: 'visit',
  journei: 'visit',
  talk: 'meet',
  met: 'meet',
  encount: 'meet',
  ink: 'sign',
  remark: 'say',
  comment: 'say',
  speak: 'say',
  spoke: 'say',
  compani: 'firm',
  enterpris: 'firm',
  // The party travelling together: "the group", "the entourage", "the crew", "the delegation".
  group: 'deleg',
  entourag: 'deleg',
  crew: 'deleg',
};

// Stemming is the hot path of building the index; a corpus repeats its words, so remember them.
const stems = new Map<string, string>();

/** A word's base form where it is irregular ("went" → go), else the word. */
export function baseForm(word: string): string {
  const w = fold(word);
  return IRREGULAR[w] ?? w;
}

/** A word's own stem, irregular forms joined but no synonyms: "toured" is "tour", not "visit". */
export function ownStem(word: string): string {
  const w = fold(word);
  return stemmer(IRREGULAR[w] ?? w);
}

/** The search key of a word: folded, irregular forms joined, then Porter-stemmed. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    const w = fold(word);
    const base = stemmer(IRREGULAR[w] ?? w);
    s = SAME_AS[base] ?? base;
    if (stems.size < 500_000) stems.set(word, s);
  }
  return s;
}

/**
 * The country a people's adjective may name, as candidates to check against a vocabulary:
 * "japanese" → japan, "korean" → korea, "irish" → ireland, "german" → germany.
 */
export function demonymBases(word: string): string[] {
  const m = /^(.{2,}?)(?:ese|ians?|ans?|ish|i|n)$/.exec(fold(word));
  if (!m) return [];
  const base = m[1]!;
  return [base, `${base}a`, `${base}y`, `${base}any`, `${base}eland`, `${base}land`, `${base}ia`];
}

/** Content terms of a text: words that are not stop words, stemmed. */
export function terms(s: string): string[] {
  const out: string[] = [];
  for (const w of words(s)) if (!STOP.has(w)) out.push(stem(w));
  return out;
}
