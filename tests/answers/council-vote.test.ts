import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// A paper's report of a council vote on a mayor's trip (an invented story): the tally, who voted on
// which side (named over two sentences), who abstained and why, a no vote with its reason in the
// member's own account, and one with none; where the money comes from, after a correction.

const story = [
  'A split Wexford council voted 5-1 on Monday, with one council member abstaining, to fund Mayor Adaeze Nwachi’s trade trip to Kenya.',
  'Council Chair Mirela Okonjo and council members Tom Baird, Ruth Kim and Joel Teague voted in favor. Council Member Nell Pryor voted against. Council Member Eli Sandoval abstained, saying that his sister runs one of the firms on the trip.',
  'Pryor said she backs the trade office but could not support the trip a week after the council cut library hours.',
  'Council Member Sam Quill, who also voted yes, said the hotel tax pays for it.',
  'Baird did not speak during the debate.',
  'Finance Director Omar Pellham told the council that the $9,800 will come out of the hotel tax fund.',
  'Editor’s note: An earlier version of this story said the money would come from the general fund.',
];
const meta = { published: '2025-03-04', source: 'Wexford Ledger' };
const bot = botOfStories([meta, story]);
const first = firstLineOf(bot);

describe('GIVEN a council vote on a trip', () => {
  it('gives the tally', () => {
    expect(first('what was the vote count on the trip')).toMatch(/^5-1/);
  });

  it('names everyone who voted on the side asked, from every sentence that says so', () => {
    const yes = first('which council members voted for the trip');
    for (const name of ['Mirela Okonjo', 'Tom Baird', 'Ruth Kim', 'Joel Teague', 'Sam Quill']) expect(yes).toContain(name);
    expect(yes).not.toContain('Pryor');
    expect(first('who voted agianst the trip')).toMatch(/^(?:Council Member )?Nell Pryor/);
  });

  it('names who abstained, not the mayor of a sentence that only counts them', () => {
    const abstained = first('who abstained on the trip vote');
    expect(abstained).toMatch(/^(?:Council Member )?Eli Sandoval/);
    expect(abstained).not.toContain('Nwachi');
  });

  it('gives the reason told with the act, or in the member’s own account', () => {
    expect(first('why did sandoval sit out the vote')).toMatch(/his sister runs one of the firms/);
    expect(first('why did pryor vote no')).toMatch(/could not support the trip/);
  });

  it('answers where the money comes from, never from a version withdrawn', () => {
    const source = first('where is the money for the trip coming from');
    expect(source).toMatch(/hotel tax fund/);
    expect(source).not.toMatch(/general fund/);
  });

  it('reads a title given with no body as the office of the place the story is from', () => {
    expect(first("who's the finance director in wexford")).toMatch(/^Omar Pellham/);
    expect(first('who is the finance director in kenya')).toMatch(/^The articles do not say/);
  });

  it('does not take the vote itself for its reason', () => {
    expect(first('why did baird vote yes')).toMatch(/^The articles do not say/);
  });
});
