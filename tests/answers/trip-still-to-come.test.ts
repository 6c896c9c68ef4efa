import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn, firstLineOf } from '../helpers.ts';

// An invented town paper's story of a council vote on Tuesday 2025-05-06 paying for a mayor's trip
// still to come: its days told from the meeting ("a week from Saturday") and then from one another.

const meta = { published: '2025-05-06', source: 'Marrick Ledger' };
const story = [
  'The Marrick Town Council voted 6-1 on Tuesday to pay for Mayor Lisette Ardenne’s trade trip to Ostvale.',
  'The party of five sets off a week from Saturday and is due back on the 29th.',
  'The town will pay up to $3,400 toward each traveller’s lodging and food, and no more than $17,000 in all.',
  'They will fly out that Saturday morning and reach the capital on Monday. Tuesday goes to talks with port officials; on Wednesday the party will visit a quarry near Selby.',
];
// (Another town's mayor, in another story, holds the same title and is named more often.)
const other = [
  'Mayor Oren Hallam of Greywick toured a mill in Brantholm on Friday.',
  'Hallam said the mill would hire forty people.',
  'Hallam thanked the workers.',
];
const first = firstLineOf(botOfStories([meta, story], [{ published: '2025-05-02', source: 'Greywick Post' }, other]));
const days = daysIn(meta, story);

describe('GIVEN a trip still to come, told from the day of the vote', () => {
  it('reads "a week from Saturday" as the Saturday after next, and "that Saturday" as the same day', () => {
    expect(days('sets off a week from Saturday')).toContain('2025-05-17');
    expect(days('fly out that Saturday morning')[0]).toBe('2025-05-17');
    expect(first('when does the party set off for ostvale')).toMatch(/^May 17, 2025/);
  });

  it('reads the weekdays to come after it from that day, in order', () => {
    expect(days('reach the capital on Monday')).toEqual(['2025-05-17', '2025-05-19']);
    expect(days('Tuesday goes to talks')).toEqual(['2025-05-20', '2025-05-21']);
  });
});

describe('GIVEN a cap per traveller', () => {
  it('answers "what is the most the town will pay per traveller" with it', () => {
    expect(first("what's the most the town will pay per traveller")).toMatch(/^\$3,400/);
  });
});

describe('GIVEN two mayors in two stories', () => {
  it('answers "the mayor going on the Ostvale trip" with the mayor whose story holds that trip', () => {
    expect(first("hey who's the mayor going on the ostvale trip")).toMatch(/^Lisette Ardenne/);
  });
});
