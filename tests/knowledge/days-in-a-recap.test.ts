import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn, firstLineOf } from '../helpers.ts';

// A weekly's recap of a trip, published on a Wednesday (2026-03-18) about days two to three weeks
// before it (an invented story): weekdays told from publication, from the story's day, and from the
// paragraph that gave the day.

const paragraphs = [
  'The Harlow delegation got home last Wednesday from a week in Port Ulmo.',
  'The group left Harlow on Tuesday, Feb. 24, landed in Varnet the next afternoon and drove to Port Ulmo on Feb. 26.',
  'Their first stop was the fish market on Friday, Feb. 27.',
  'The high point came the following Monday at the Ulmo Guildhall. Mayor Ines Tarrow signed a harbour compact with the port board in front of 300 guests.',
  'Students from Harlow High visited a school on Tuesday, March 3. On the same Tuesday the business owners met the Ulmo Traders Circle.',
  'At last Thursday’s council meeting, Councillor Bram Ostrow asked for the receipts.',
  'Next spring, twelve Ulmo students are expected to visit Harlow.',
];
const daysOf = daysIn({ published: '2026-03-18', source: 'The Harlow Weekly' }, paragraphs);
const dayOf = (words: string) => daysOf(words)[0];

describe('GIVEN weekdays in a recap published on a Wednesday', () => {
  it('reads "last Wednesday" as the week before, never the publication day', () => {
    expect(dayOf('got home last Wednesday')).toBe('2026-03-11');
  });

  it('reads "last Thursday" from publication, not from the day the story has reached', () => {
    expect(dayOf('last Thursday')).toBe('2026-03-12');
  });

  it('reads "the next afternoon" in a series of verbs from the day before it, and keeps the later date in the past', () => {
    expect(daysOf('landed in Varnet')).toEqual(expect.arrayContaining(['2026-02-24', '2026-02-25', '2026-02-26']));
  });

  it('reads "the following Monday" from the Friday before it, and dates what its paragraph goes on to tell', () => {
    expect(dayOf('The high point came')).toBe('2026-03-02');
    expect(dayOf('signed a harbour compact')).toBe('2026-03-02');
  });

  it('reads "on the same Tuesday" as the Tuesday just told', () => {
    expect(dayOf('On the same Tuesday')).toBe('2026-03-03');
  });
});

describe('GIVEN questions about those days', () => {
  const bot = botOfStories([{ published: '2026-03-18', source: 'The Harlow Weekly' }, paragraphs]);
  const first = firstLineOf(bot);

  it('dates the clause the question asks about', () => {
    expect(first('when did the delegation land in Varnet?')).toMatch(/^February 25, 2026/);
    expect(first('when did the group drive to Port Ulmo?')).toMatch(/^February 26, 2026/);
  });

  it('dates a verb of a series with no day of its own by the day before it', () => {
    const schedule = botOfStories([
      { published: '2026-03-18' },
      [
        'Her schedule so far: Monday, March 9 -- toured a brewery in Kelsing, then signed a water memorandum with the Drava region; Tuesday, March 10 -- spoke at a forum.',
      ],
    ]);
    expect(schedule.handleLine('when was the Drava water memorandum signed?', 'cli').text).toMatch(/^March 9, 2026/);
  });

  it('dates a signing told after the sentence that gave its day', () => {
    expect(first('when did Tarrow sign the harbour compact?')).toMatch(/^March 2, 2026/);
  });

  it('does not answer "next spring" with a day of the past', () => {
    expect(bot.handleLine('what date do the Ulmo students land in Harlow next spring?', 'cli').answered).toBe(false);
  });

  it('names an outlet whose name begins with "The" once', () => {
    expect(first('when did the delegation get home?')).toMatch(/^March 11, 2026 \(“last Wednesday”, read from The Harlow Weekly article/);
  });
});
