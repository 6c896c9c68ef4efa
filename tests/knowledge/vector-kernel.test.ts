import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { vectorMemory } from '../../src/knowledge/vector-kernel.ts';
import { neighbours, vectorsFile } from '../../src/knowledge/vectors.ts';

// `neighbours` scores the words with a WebAssembly SIMD kernel (src/knowledge/vector-kernel.ts); it
// must find exactly what reading every vector in plain JavaScript finds: the same words, in the same
// order, with the same similarities. The reference below is that plain reading, written apart.

const COMMONEST = 1_000; // (src/knowledge/vectors.ts: the commonest words are never neighbours)
const buf = readFileSync(vectorsFile()!);
const count = buf.readUInt32LE(0);
const dims = buf.readUInt32LE(4);
const vectors = new Int8Array(buf.buffer, buf.byteOffset + 8, count * dims);
const words = buf.toString('utf8', 8 + count * dims).split('\n');

/** Every word's dot product with word `i`, vector by vector. */
function scoresOf(i: number): Int32Array {
  const out = new Int32Array(count);
  for (let j = 0; j < count; j++) {
    let sum = 0;
    for (let d = 0; d < dims; d++) sum += vectors[i * dims + d]! * vectors[j * dims + d]!;
    out[j] = sum;
  }
  return out;
}

function reference(i: number, scores: Int32Array, min: number, k: number): { word: string; similarity: number }[] {
  const floor = min * 127 * 127;
  const found: number[] = [];
  for (let j = COMMONEST; j < count; j++) if (j !== i && scores[j]! >= floor) found.push(j);
  found.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return found.slice(0, k).map((j) => ({ word: words[j]!, similarity: scores[j]! / (127 * 127) }));
}

// Words from the commonest to the rarest, and a few the answers ask about.
const asked = ['educators', 'teachers', 'milestone', 'kids', 'visit', 'trade', 'mayor', 'the', 'go'];
const spread = Array.from({ length: 300 }, (_, n) => words[Math.floor((n * (count - 1)) / 299)]!);
const PAIRS = [
  [0.55, 200],
  [0.6, 40],
  [0.55, 8],
  [0.7, 10],
  [0.5, 1],
  [0.8, 40],
] as const;

describe('GIVEN the packed word vectors', () => {
  it('has the SIMD kernel on this Node', () => {
    expect(vectorMemory(65_536, dims).score).toBeDefined();
  });

  it('finds for each of 300 words, at each (min, k) the answers use, exactly what reading every vector finds', () => {
    let compared = 0;
    for (const word of new Set([...asked, ...spread])) {
      const i = words.indexOf(word);
      const scores = scoresOf(i);
      for (const [min, k] of PAIRS) {
        expect(neighbours(word, min, k), `${word} ${min} ${k}`).toEqual(reference(i, scores, min, k));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1_800);
  }, 60_000);

  it('finds the same where nearly every word is near enough: long lists, ties in score', () => {
    for (const word of spread.filter((_, n) => n % 30 === 0)) {
      const i = words.indexOf(word);
      const scores = scoresOf(i);
      for (const [min, k] of [
        [0, 5_000],
        [-1, 100_000],
      ] as const)
        expect(neighbours(word, min, k), `${word} ${min} ${k}`).toEqual(reference(i, scores, min, k));
    }
  }, 60_000);
});

describe('GIVEN no WebAssembly (node --jitless)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('finds the same near words by JavaScript alone', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    vi.resetModules();
    const plain = await import('../../src/knowledge/vectors.ts');
    for (const word of ['educators', ...spread.filter((_, n) => n % 50 === 7)]) {
      const i = words.indexOf(word);
      expect(plain.neighbours(word, 0.55, 200), word).toEqual(reference(i, scoresOf(i), 0.55, 200));
    }
  }, 60_000);
});
