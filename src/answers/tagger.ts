import { createRequire } from 'node:module';
import { LRUCache } from 'lru-cache';

// Parts of speech for questions, from wink-nlp with its English model. The model is loaded on the
// first free question (a few hundred milliseconds), never at start-up, and only questions are tagged:
// they are short, and the article side is read through its own sentence patterns.

export interface Tagged {
  text: string;
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, ADP, DET, ... */
  pos: string;
  lemma: string;
}

interface Wink {
  readDoc(text: string): { tokens(): { out(what?: unknown): string[] } };
  its: { pos: unknown; lemma: unknown };
}

let nlp: Wink | undefined;

function load(): Wink {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Wink;
    nlp = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
  }
  return nlp;
}

// The same sentence is tagged again by each question whose verb it may hold: kept for the texts tagged
// most recently (bounded: traffic brings new texts without end).
const tagged = new LRUCache<string, Tagged[]>({ max: 2_000 });

export function tag(text: string): Tagged[] {
  const kept = tagged.get(text);
  if (kept) return kept;
  const out = tagText(text);
  tagged.set(text, out);
  return out;
}

function tagText(text: string): Tagged[] {
  const w = load();
  const tokens = w.readDoc(text).tokens();
  const words = tokens.out();
  const pos = tokens.out(w.its.pos);
  const lemma = tokens.out(w.its.lemma);
  return words.map((t, i) => ({ text: t, pos: pos[i] ?? 'X', lemma: lemma[i] ?? t.toLowerCase() }));
}
