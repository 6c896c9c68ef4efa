import { describe, expect, it } from 'vitest';
import { seedKnowledge } from '../helpers.ts';
import { byRules } from '../../src/answers/ask.ts';
import { candidates, FEATURES, probability, rescue, type Model } from '../../src/answers/rescue.ts';
import model from '../../src/answers/rescue-model.json' with { type: 'json' };

describe('the scored rescue of refused questions', () => {
  const knowledge = seedKnowledge();
  const ctx = { knowledge, now: () => new Date('2024-04-20T00:00:00Z'), timezone: 'UTC' };

  it('has one fitted weight per feature, and a threshold', () => {
    expect(model.weights).toHaveLength(FEATURES.length);
    expect(typeof model.threshold).toBe('number');
  });

  it('scores the sentences nearest a refused question, and answers with the best only above the threshold', () => {
    const { answer, scope } = byRules(ctx, 'how many reporters traveled with Breed?');
    expect(answer.answered).toBe(false);
    const found = candidates(scope!);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.features).toHaveLength(FEATURES.length);
    // Weights that trust coverage alone, and a threshold no candidate reaches or every one does.
    const byCoverage = FEATURES.map((f) => (f === 'coverage' ? 4 : f === 'bias' ? -1 : 0));
    const never: Model = { weights: byCoverage, threshold: 1.01 };
    const always: Model = { weights: byCoverage, threshold: 0 };
    expect(rescue(scope!, answer, never)).toBe(answer);
    const rescued = rescue(scope!, answer, always);
    expect(rescued.answered).toBe(true);
    const best = found.reduce((a, b) => (probability(b.features, byCoverage) > probability(a.features, byCoverage) ? b : a));
    expect(rescued.citations[0]!.excerpt).toBe(best.sentence.text);
  });

  it('never rescues a date, a quote or a yes-no question: those need their own strategy', () => {
    for (const q of ['when did Breed eat dumplings?', 'did Breed ride a bicycle in Beijing?']) {
      const { scope } = byRules(ctx, q);
      expect(scope, q).toBeDefined();
      expect(candidates(scope!)).toEqual([]);
    }
  });
});
