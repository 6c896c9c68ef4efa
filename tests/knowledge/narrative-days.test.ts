import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/load.ts';
import { extractEvents } from '../../src/knowledge/events.ts';
import { articleText, botOf } from '../helpers.ts';

// Days a first-person account tells from the days before them (an invented interview published in
// February about a trip in January): a day of the month alone, a weekday beside it, "the morning
// after", "that afternoon".

const article = parseArticle(
  'interview.md',
  articleText({ published: '2026-02-12' }, [
    'We left on Saturday, January 17, and touched down in Ostrel just before midnight on the 18th.',
    'The morning after we landed, we toured the Orvane mill. That afternoon Orvane signed a letter of intent.',
    'We flew to Lindmoor on Wednesday, the 21st, and on Thursday I signed the sister-city letter.',
  ]),
);
const dayOf = (phrase: string) => extractEvents(article).find((e) => e.phrase.includes(phrase))?.date.start;

describe('GIVEN days told from the day the story has reached', () => {
  it('reads a day of the month alone in the month the story is in, not the publication month', () => {
    expect(dayOf('the 18th')).toBe('2026-01-18');
  });

  it('reads "the morning after" and "that afternoon" from the day before them', () => {
    expect(dayOf('The morning after')).toBe('2026-01-19');
    expect(dayOf('That afternoon')).toBe('2026-01-19');
  });

  it('reads "Wednesday, the 21st" as one day, and the Thursday after it', () => {
    expect(dayOf('Wednesday, the 21st')).toBe('2026-01-21');
    expect(dayOf('on Thursday')).toBe('2026-01-22');
  });
});

describe('GIVEN a question about what is planned', () => {
  const bot = botOf([
    'The governor signed the trade pact on Monday, April 15. The same afternoon, the parts maker Holvane said Dunmore is the front-runner for a $20 million axle plant that would employ 90 people.',
  ]);
  it('does not date "when is the plant supposed to open" by the day it was talked about', () => {
    expect(bot.handleLine('when did Holvane talk about the axle plant?', 'cli').text).toMatch(/^April 15, 2024/);
    expect(bot.handleLine('when is the Dunmore axle plant supposed to open?', 'cli').answered).toBe(false);
  });
});
