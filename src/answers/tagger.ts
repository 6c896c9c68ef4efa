import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
    nlp = winkNLP(englishModel(require), ['pos']);
  }
  return nlp;
}

// Loading the model is most of a free question's first tagging (about 0.1 s of CPU, the 3 MB JSON
// of its core part the largest piece), and the CLI pays it on most questions. The package's own
// loader (dist/model.js) parses that JSON when it is required, then copies it through
// JSON.stringify and JSON.parse when the model is loaded and decodes its base64 a character at a
// time. For the version whose loader this mirrors, the model is put together here from the package's
// other parts and the core read once, decoded by Buffer: the same model (tests/answers/tagger.test.ts
// compares it, and the tags, with the package's). Any other version loads the package's own.
const MIRRORED = '1.8.1';

type Part = (...args: unknown[]) => unknown;

/** wink-eng-lite-web-model as its dist/model.js makes it, with the core model read by coreModel(). */
export function englishModel(require: NodeRequire): unknown {
  const main = require.resolve('wink-eng-lite-web-model');
  const dist = dirname(main);
  let version: unknown;
  try {
    version = (JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8')) as { version?: unknown }).version;
  } catch {
    // no package.json beside it: the package's own loader
  }
  if (version !== MIRRORED) return require(main);
  const part = (file: string) => require(join(dist, file)) as Part;
  const model = Object.create(null) as Record<string, unknown>;
  model.core = () => coreModel(join(dist, 'languages', 'cur', 'models', 'eng-core-web-model.json'));
  model.sbd = part('load-sbd-model.js');
  model.pos = part('load-pos-model.js');
  model.ner = part('load-ner-model.js');
  model.negation = part('load-negation-model.js');
  model.sa = part('load-sa-model.js');
  model.metaCER = part('load-cer-meta-model.js');
  model.featureFn = part('feature.js');
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = part('porter-stemmer.js');
  addons.lemmatize = part('lemmatize.js');
  addons.readabilityStats = part('readability-stats.js');
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}

interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  pos: { hash: Record<string, number> };
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
}

/** The core model as the package's read-core-model.js and load-core-model.js (1.8.1) make it, from one parse of its JSON. */
function coreModel(path: string): CoreModel {
  const model = JSON.parse(readFileSync(path, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  const words = (base64: string | Uint32Array) => {
    const bytes = Buffer.from(base64 as string, 'base64');
    // Its own buffer, as atob's bytes are (a small Buffer is a slice of a shared pool).
    return new Uint32Array(new Uint8Array(bytes).buffer);
  };
  model.lexicon = words(model.lexicon);
  model.xpansions = words(model.xpansions);
  const hashOf = (list: unknown[]) => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
    return hash;
  };
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list);
  features.lexeme!.hash = hashOf(features.lexeme!.list);
  const clusters = features.posClusters!.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
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
