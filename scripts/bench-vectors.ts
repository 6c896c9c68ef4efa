// `npx tsx scripts/bench-vectors.ts [N]`: the time of one uncached `neighbours` call
// (src/knowledge/vectors.ts), for N words (default 200) spread over the packed vocabulary, at the
// (min, k) pairs the answers ask with; each call a new word, so none comes from the cache.
// Prints loading the file apart, then ms per call (p50, mean, max) per pair.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { neighbours, vectorsFile } from '../src/knowledge/vectors.ts';

const n = Number(process.argv[2] ?? 200);
const path = vectorsFile();
const buf = path ? readFileSync(path) : undefined;
if (!buf) throw new Error('no packed word vectors: run `node scripts/word-vectors.mjs`');
const count = buf.readUInt32LE(0);
const words = buf.toString('utf8', 8 + count * buf.readUInt32LE(4)).split('\n');

let started = performance.now();
neighbours(words[0]!, 0.6); // reads the file
console.log(`load and first call: ${(performance.now() - started).toFixed(1)} ms`);
const step = Math.floor(words.length / (n + 1));
for (const [min, k] of [
  [0.55, 200],
  [0.6, 40],
  [0.7, 10],
] as const) {
  const times: number[] = [];
  for (let i = 1; i <= n; i++) {
    started = performance.now();
    neighbours(words[i * step]!, min, k);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / n;
  console.log(`min ${min}, k ${k}: p50 ${times[n >> 1]!.toFixed(2)} ms, mean ${mean.toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms (${n} words)`);
}
