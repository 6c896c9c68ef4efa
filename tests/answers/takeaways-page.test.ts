import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn, firstLineOf } from '../helpers.ts';

// An invented paper's explainer (Thursday 2025-03-13) after a mayor's nine-day trip: days told from
// the week before, a weekday of the prose that its own day-by-day list dates, a box of figures with
// names in brackets, and a vote still to come.

const meta = { published: '2025-03-13', source: 'Hollin Ledger', title: "Five takeaways from Mayor Rensfeld's nine-day trip to Varlandia" };
const story = [
  'Mayor Oda Rensfeld landed back in Hollin on Sunday after nine days in Varlandia.',
  'On Wednesday of last week, Rensfeld and Governor Ilse Marr of Tessin signed a twin-city agreement. "A friendship lasts longer than any contract," Marr said.',
  'In Brenna on Tuesday, port director Aldo Keyes signed a memorandum with the shipper Corvane Lines.',
  'The delegation numbered 18. The city paid for five staff members. The remaining 13 travellers, all business owners, covered their own costs.',
  'Varlandia wants more of its farm goods to reach American cities directly rather than through European ports.',
  '### By the numbers',
  '- 3: Varlandian cities visited (Tessin, Brenna and Kolby)\n- 18: members of the delegation',
  '### How the week went',
  '- Saturday, March 1: The delegation flies out.\n- Monday, March 3: Meetings in Kolby.\n- Tuesday: Memorandum signed in Brenna with Corvane Lines.\n- Wednesday, March 5: Twin-city agreement signed in Tessin.',
  'The City Council is scheduled to vote on the twin-city agreement next Tuesday.',
];
const first = firstLineOf(botOfStories([meta, story]));
const days = daysIn(meta, story);

describe('GIVEN days told from the week before publication', () => {
  it('reads "on Wednesday of last week" as that weekday of the week before, and "lasts" as no date', () => {
    expect(days('On Wednesday of last week')).toContain('2025-03-05');
    expect(days('On Wednesday of last week')).not.toContain('2025-03-12');
    expect(days('lasts longer')).toEqual([]);
  });

  it('dates a weekday of the prose by the day its own list gives the same event', () => {
    expect(days('In Brenna on Tuesday')).toEqual(['2025-03-04']);
    expect(first('date the memorandum with corvane lines was signed?')).toMatch(/^March 4, 2025/);
  });

  it('dates a vote still to come asked with "voting"', () => {
    expect(first('when is the council voting on the varlandia deals')).toMatch(/^March 18, 2025/);
  });
});

describe('GIVEN counts and names in a box of figures', () => {
  it('counts the travellers asked about, the trip named after them', () => {
    expect(first('/ask how many travellers on the varlandia trip covered their own costs')).toMatch(/^13 travellers/);
  });

  it('lists the cities named in brackets, and no people’s adjective as a place', () => {
    const line = first('/ask which varlandian cities did the hollin delegation go to');
    for (const city of ['Tessin', 'Brenna', 'Kolby']) expect(line).toContain(city);
    expect(line).not.toContain('European');
  });
});
