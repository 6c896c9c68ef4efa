import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/knowledge/events.ts';
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
    expect(formatDate({ start: '2024-04-14', end: '2024-04-21', precision: 'day' })).toBe('April 14 to April 21, 2024');
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
