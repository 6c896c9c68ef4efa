import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/core/bot.ts';
import { buildKnowledgeFromDir } from '../../src/knowledge-build/index.ts';
import { articleText, seedsWith } from '../helpers.ts';

// When a second outlet reports a fact of the seeds again, the answer cites both; when outlets give
// different dates or numbers, both are shown with their sources rather than one picked.

const dir = seedsWith({
  'capital-wire-2024-04-19.md': articleText({ title: 'Vice President Han meets San Francisco mayor', source: 'Capital Wire', published: '2024-04-19' }, [
    'BEIJING – Chinese Vice President Han Zheng met San Francisco Mayor London Breed in Beijing on Thursday, and the two sides discussed trade and climate cooperation.',
    'The San Francisco delegation met 85 business leaders in Shanghai, organizers said.',
  ]),
});
const bot = createBot({ knowledge: buildKnowledgeFromDir(dir) });
const ask = (q: string) => bot.handleLine(q, 'cli');

describe('GIVEN two outlets reporting the Han Zheng meeting', () => {
  it('THEN the date is stated once and both outlets are cited', () => {
    const a = ask('when did Breed meet Han Zheng?');
    expect(a.text.split('\n')[0]).toMatch(/^April 18, 2024/);
    expect(a.text).toMatch(/Also reported by (?:Global Times|Capital Wire)/);
    expect(new Set(a.citations.map((c) => c.source))).toEqual(new Set(['Global Times', 'Capital Wire']));
  });

  it('THEN who met her is answered with both outlets cited', () => {
    const a = ask('who met Breed on Thursday?');
    expect(a.text.split('\n')[0]).toMatch(/Han Zheng/);
    expect(new Set(a.citations.map((c) => c.source))).toEqual(new Set(['Global Times', 'Capital Wire']));
  });
});

describe('GIVEN two outlets giving different numbers', () => {
  it('THEN both numbers are shown with their sources', () => {
    const a = ask('How many business leaders did the delegation meet in Shanghai?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Reports differ: .*85 business leaders \(Capital Wire, 2024-04-19\)/);
    expect(a.text).toMatch(/80 domestic business leaders \(China Daily, 2024-04-22\)/);
  });
});

describe('GIVEN outlets that disagree THEN each value is listed once with every outlet that gives it', () => {
  it('never lists the same value twice', async () => {
    const { disagreement } = await import('../../src/answers/compose.ts');
    const sentence = (source: string, published: string) => ({ paragraph: { article: { source, published } } }) as never;
    const line = disagreement([
      { value: 'April 18, 2024', sentence: sentence('Wire A', '2024-04-18') },
      { value: 'April 18, 2024', sentence: sentence('Wire B', '2024-04-19') },
      { value: 'April 17, 2024', sentence: sentence('Wire C', '2024-04-19') },
    ]);
    expect(line).toBe('Reports differ: April 18, 2024 (Wire A, 2024-04-18; Wire B, 2024-04-19) and April 17, 2024 (Wire C, 2024-04-19)');
  });
});
