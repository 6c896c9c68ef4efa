import { afterAll, describe, expect, it } from 'vitest';
import { buildKnowledgeFromDir } from '../../src/knowledge-build/index.ts';
import { knowledgeOf } from '../helpers.ts';

// A date read from an article is the same on every host: the rules run under three host zones (Node
// applies a change of process.env.TZ at once), and a weekday's tense decides past or coming.

const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

const dateOf = (events: { date: { start: string; end?: string }; sentence: { text: string } }[], re: RegExp) =>
  events.filter((e) => re.test(e.sentence.text)).map((e) => (e.date.end ? `${e.date.start}..${e.date.end}` : e.date.start));

describe.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'])('GIVEN the host zone %s', (zone) => {
  it('THEN the seeds and the test articles give the same dates', () => {
    process.env.TZ = zone;
    const seeds = buildKnowledgeFromDir('seeds').events;
    expect(dateOf(seeds, /Han Zheng on Thursday met/)).toEqual(['2024-04-18']);
    expect(dateOf(seeds, /from April 14 to Sunday/)).toEqual(['2024-04-14..2024-04-21']);
    expect(dateOf(seeds, /the Saturday event/)).toEqual(['2024-04-20']);
    const fixtures = buildKnowledgeFromDir('tests/fixtures/articles').events;
    // Published Thursday 2024-05-09: "In Marlow on Saturday, Vargas met" is the Saturday before.
    expect(dateOf(fixtures, /In Marlow on Saturday/)).toEqual(['2024-05-04']);
    expect(dateOf(fixtures, /signed a memorandum of understanding on Tuesday/)).toEqual(['2024-05-07', '2026']);
    // Published Monday 2024-04-15: "left for China on Saturday" is two days before.
    expect(dateOf(fixtures, /left for China on Saturday/)).toEqual(['2024-04-13']);
  });
});

describe('GIVEN a weekday in an article published on Wednesday 2024-04-17', () => {
  const k = knowledgeOf([
    'The council met on Monday.',
    'The council meets on Wednesday.',
    'The mayor will travel to Lakeport on Monday.',
    'The delegation is visiting the province until Sunday.',
    'The firm hires 50 workers a year.',
  ]);
  const day = (text: string) => k.events.find((e) => e.sentence.text.includes(text))?.date.start;

  it('THEN a report of the past means the last such day on or before publication', () => {
    expect(day('met on Monday')).toBe('2024-04-15');
    expect(day('meets on Wednesday')).toBe('2024-04-17');
  });

  it('THEN a clause about what is coming means the next such day', () => {
    expect(day('will travel')).toBe('2024-04-22');
    expect(k.events.find((e) => e.sentence.text.includes('until Sunday'))?.date.start).toBe('2024-04-21');
  });

  it('THEN a rate ("a year") is no date', () => {
    expect(day('50 workers')).toBeUndefined();
  });
});
