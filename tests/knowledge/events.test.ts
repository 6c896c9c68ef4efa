import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chronoEn } from '../../src/corpus/lazy.ts';
import { parseArticle } from '../../src/corpus/load.ts';
import { formatDate, mayHoldChronoDate } from '../../src/knowledge/events.ts';
import { knowledgeOf, seedKnowledge } from '../helpers.ts';

describe('dated events in the seeds', () => {
  const events = seedKnowledge().events;
  const dateOf = (text: RegExp) => events.filter((e) => text.test(e.sentence.text)).map((e) => e.date);

  it('resolves weekdays against the publication date', () => {
    expect(dateOf(/Han Zheng on Thursday met/)).toEqual([{ start: '2024-04-18', precision: 'day' }]);
    expect(dateOf(/When meeting Breed on Tuesday/)).toEqual([{ start: '2024-04-16', precision: 'day' }]);
    expect(dateOf(/Breed said at the Saturday event/)).toEqual([{ start: '2024-04-20', precision: 'day' }]);
  });

  it('does not read a surname such as "Sun" as Sunday', () => {
    expect(dateOf(/Sun Zhiyang/).map((d) => d.start)).toEqual(['2024-04-16']);
  });

  it('resolves ranges, months, spans and "the same day"', () => {
    expect(dateOf(/from April 14 to Sunday/)).toEqual([{ start: '2024-04-14', end: '2024-04-21', precision: 'day' }]);
    expect(dateOf(/historic meeting in San Francisco in November/)).toEqual([{ start: '2023-11', precision: 'month' }]);
    expect(dateOf(/45 years ago, San Francisco/)).toEqual([{ start: '1979', precision: 'year' }]);
    expect(dateOf(/met with Breed the same day/)).toEqual([{ start: '2024-04-20', precision: 'day' }]);
  });

  it('keeps events in date order', () => {
    const starts = events.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('formats each precision without inventing a day', () => {
    expect(formatDate({ start: '2023-11', precision: 'month' })).toBe('November 2023');
    expect(formatDate({ start: '1979', precision: 'year' })).toBe('1979');
    expect(formatDate({ start: '2024-04-14', end: '2024-04-21', precision: 'day' })).toBe('April 14, 2024 to April 21, 2024');
  });
});

describe('dated events in small articles written here', () => {
  it('reads future sentences forward and bare years', () => {
    const k = knowledgeOf(['The first ferry route could open in September.', 'The partnership began in 2019, officials said.', 'The forum met on Monday.']);
    const byText = (t: string) => k.events.find((e) => e.sentence.text.includes(t))!.date;
    expect(byText('ferry')).toEqual({ start: '2024-09', precision: 'month' });
    expect(byText('partnership')).toEqual({ start: '2019', precision: 'year' });
    expect(byText('forum')).toEqual({ start: '2024-04-15', precision: 'day' });
  });
});

describe('the sentences given to chrono', () => {
  // A sentence is skipped when it has none of chrono's cues; chrono must then find nothing in it.
  const reference = { instant: new Date('2024-04-18T12:00:00Z'), timezone: 0 };
  const findsNothing = (text: string) => [false, true].every((forwardDate) => chronoEn().casual.parse(text, reference, { forwardDate }).length === 0);

  it('skips only sentences in which chrono finds nothing: the seeds and fixtures', () => {
    let skipped = 0;
    for (const dir of ['seeds', 'tests/fixtures/articles']) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) {
        for (const p of parseArticle(f, readFileSync(join(dir, f), 'utf8')).paragraphs) {
          for (const s of p.sentences) if (!mayHoldChronoDate(s.text)) expect([s.text, findsNothing(s.text)]).toEqual([s.text, true]), skipped++;
        }
      }
    }
    expect(skipped).toBeGreaterThan(20);
  });

  it('skips only sentences in which chrono finds nothing: words near dates, at random', () => {
    const words = [
      'The',
      'mayor',
      'Mayor',
      'market',
      'May',
      'mar',
      'Sunb',
      'Sun',
      'money',
      'monday',
      'decided',
      'Decfirst',
      'mayof',
      'marchb',
      'satisfied',
      'the',
      's',
      'm',
      'd',
      'a',
      'an',
      'few',
      'couple',
      'of',
      'this',
      'last',
      'past',
      'next',
      'after',
      'ago',
      'later',
      'week',
      'weeks',
      'hours',
      'yr',
      'mo',
      'night',
      'knight',
      'now',
      'known',
      'tmr',
      'noon',
      'evening',
      'one',
      'twelve',
      'half',
      'several',
      'within',
      'in',
      'for',
      'about',
      'end',
      'month',
      'day',
      'U.S.',
      "Breed's",
      'said',
      ',',
      '.',
      '-',
      '/',
      ' ',
      ' ',
      ' ',
      ' ',
      '',
      '',
      '',
    ];
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let skipped = 0;
    for (let i = 0; i < 4000; i++) {
      const text = Array.from({ length: 1 + rand(8) }, () => words[rand(words.length)]).join(rand(3) ? ' ' : '');
      if (mayHoldChronoDate(text)) continue;
      skipped++;
      expect([text, findsNothing(text)]).toEqual([text, true]);
    }
    expect(skipped).toBeGreaterThan(500);
  });
});
