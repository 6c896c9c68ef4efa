import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn, firstLineOf } from '../helpers.ts';

// An invented city's page of frequently asked questions (posted Wednesday 2025-03-12) about its mayor's
// finished week in an invented sister city: questions set as headings, days told as "On the Tuesday",
// a cancelled stop, agreements, a cost table with who paid each row, a correction, and what comes next.

const meta = { published: '2025-03-12', source: 'City of Marrowby, Office of the Mayor', title: 'Mayor’s week in Tarvik: questions and answers' };
const story = [
  'Last month Mayor Oona Pelletier led a small delegation of city officials to Tarvik.',
  '**Why Tarvik?**',
  'Tarvik and Marrowby have been twinned since 1989. Like Marrowby, it runs its ferries on batteries, and our harbor board wants to do the same.',
  '**Who went?**',
  'Five city travellers went: the mayor, two aides, the harbor director and the college provost. Six growers joined at their own cost, bringing the group to 11 people.',
  '**What happened, day by day?**',
  'The group flew out on Saturday, February 22 and landed on Sunday, February 23.',
  'On the Monday, the visitors saw the ferry yard.',
  'On the Tuesday, the delegation rode the coast train north. A side trip to Brellholm was planned for that afternoon. It was cancelled after a storm closed the coast road.',
  'The first is a charter on electric ferries. Mayor Pelletier and Mayor Ivo Renstad signed it on February 26.',
  'On Saturday, March 1 the group returned to the capital for a trade fair and flew home the following day.',
  '**Who paid for it?**',
  'Airfare for the mayor and two aides — Amount: $4,200; Paid by: City of Marrowby',
  'Harbor director’s travel — Amount: $1,900; Paid by: Marrowby Harbor Board',
  'Gifts for our hosts — Amount: $300; Paid by: Marrowby Twinning Society',
  'Total — Amount: $6,400',
  '*Updated on March 5, 2025: an earlier version of this post gave the airfare as $4,700.*',
  '**What happens next?**',
  'Officials from Tarvik plan a return visit in June.',
  'Itemized receipts will be posted online by March 28.',
];
const first = firstLineOf(botOfStories([meta, story]));
const days = daysIn(meta, story);

describe('GIVEN questions set as headings', () => {
  it('answers why with the whole reply under the heading that asks it', () => {
    expect(first('why did the mayor pick tarvik')).toMatch(/twinned since 1989.*ferries on batteries/);
  });
});

describe('GIVEN days told from the story’s own days', () => {
  it('dates "On the Monday" and "On the Tuesday" after the day the story reached, and a plan for June to come', () => {
    expect(days('saw the ferry yard')).toEqual(['2025-02-24']);
    expect(days('coast train north')).toEqual(['2025-02-25']);
    expect(days('return visit in June')).toEqual(['2025-06']);
  });

  it('dates a charter signed "it" in the sentence after the one that names it', () => {
    expect(first('when did they sign the charter on electric ferries')).toMatch(/^February 26, 2025/);
  });

  it('answers when the group got back with the day it flew home, not the day it went to the capital', () => {
    expect(first('when did the mayor’s group get back from tarvik')).toMatch(/^March 2, 2025/);
  });

  it('reads "by what date" as a date question', () => {
    expect(first('by what date will the receipts be online')).toMatch(/^March 28, 2025/);
  });
});

describe('GIVEN a cancelled stop, the group’s size, a cost table and a correction', () => {
  it('answers why the stop was cancelled from the sentence after the one that names it', () => {
    expect(first('why was the brellholm stop cancelled')).toMatch(/storm closed the coast road/);
  });

  it('counts the group from "bringing the group to 11 people"', () => {
    expect(first('how many people were in the tarvik delegation all told')).toMatch(/^11 people/);
  });

  it('answers who paid for a row of the table, and the total', () => {
    expect(first('who payed for the gifts for the hosts')).toMatch(/^Marrowby Twinning Society/);
    expect(first('how much did the tarvik trip cost altogether')).toMatch(/^\$6,400/);
  });

  it('answers what the page corrected', () => {
    expect(first('what number got corrected on the tarvik post')).toMatch(/earlier version of this post gave the airfare/);
  });
});
