import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// A county paper's weekly roundup (invented people, companies and towns): a mayor's trade mission
// told beside unrelated items, asked the way chat asks.

const roundup = botOfStories([
  { published: '2026-05-22', source: 'Arden Valley Weekly' },
  [
    'Arden Mayor Lise Varn is back from a ten-day trade mission to Chile.',
    'The delegation numbered 19: the mayor, two council members, four city staff and 12 business owners.',
    'City Hall gave two reasons for going.',
    'The first was to find a buyer for the empty Kessa Mills site.',
    'On May 12 in Santiago, Andes Packing, a maker of fruit-packing lines, said it would spend $8 million on a plant at the Kessa Mills site.',
    'Two days later, the group was in Valparaiso, where growers met port buyers.',
    'Councilor Dan Orr joined us and paid his own way. The Arden Growth Fund paid about $31,000 for the mayor and the staff.',
    'A team from Valparaiso is due to visit Arden in August.',
  ],
]);

const first = (q: string) => roundup.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a weekly roundup with a mayor’s trade mission', () => {
  it('dates a day told "Two days later" from a sentence-opening date, not a year on', () => {
    expect(first('what day was the mayor’s group in valparaiso')).toMatch(/^May 14, 2026/);
  });

  it('counts a group that "numbered 19:"', () => {
    expect(first('how many people were in the arden group')).toMatch(/19/);
  });

  it('gives the reasons a sentence announces, not a visit still to come', () => {
    const answer = first('why did the arden mayor go to chile');
    expect(answer).toMatch(/Kessa Mills/);
    expect(answer).not.toMatch(/August/);
  });

  it('refuses a salary asked where only a trip’s cost is told', () => {
    expect(first('how much does mayor varn get paid')).toMatch(/^The articles do not say/);
  });

  it('names a payer who "joined us and paid his own way" by his name alone', () => {
    expect(first('who paid for the trip')).not.toMatch(/joined/);
  });
});
