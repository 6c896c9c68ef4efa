import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { englishModel } from '../../src/answers/tagger.ts';

// The part-of-speech model put together by the tagger (its core read once, decoded by Buffer) is the
// package's own: the same core model, the same other parts, and the same tags for every question of
// the evaluation.

const require = createRequire(import.meta.url);
type Model = Record<string, unknown> & { core(): unknown; addons: Record<string, unknown> };
interface Wink {
  readDoc(text: string): { tokens(): { out(what?: unknown): string[] } };
  its: { pos: unknown; lemma: unknown };
}
const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Wink;
const packaged = require('wink-eng-lite-web-model') as Model;
const ours = englishModel(require) as Model;

const questions = ['tests/eval/natural.jsonl', 'tests/eval/dev.jsonl', 'tests/eval/extended.jsonl']
  .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { q: string }).q);

describe('GIVEN the tagger’s English model WHEN loaded THEN it is the package’s', () => {
  it('has the same core model', () => {
    expect(ours).not.toBe(packaged);
    expect(isDeepStrictEqual(ours.core(), packaged.core())).toBe(true);
  });

  it('has the same other parts', () => {
    expect(Object.keys(ours).sort()).toEqual(Object.keys(packaged).sort());
    for (const k of Object.keys(packaged)) if (k !== 'core' && k !== 'addons') expect(ours[k], k).toBe(packaged[k]);
    expect(ours.addons).toEqual(packaged.addons);
  });

  it('tags every evaluation question alike', () => {
    const a = winkNLP(packaged, ['pos']);
    const b = winkNLP(ours, ['pos']);
    const out = (nlp: Wink, text: string) => {
      const tokens = nlp.readDoc(text).tokens();
      return [tokens.out(), tokens.out(nlp.its.pos), tokens.out(nlp.its.lemma)];
    };
    expect(questions.length).toBeGreaterThan(100);
    for (const q of questions) expect(out(b, q), q).toEqual(out(a, q));
  });
});
