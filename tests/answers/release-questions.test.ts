import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// Chat questions on a city's own news release after a trade mission (an invented release): the
// press contact, a side's signer, a condition given as the reason, chat shorthand for counts and visits.

const release = botOfStories([
  { published: '2025-06-16', source: 'Marlow Vale, Office of the Mayor', title: 'Mayor Ashcombe Returns From Iceland Mission' },
  [
    'Contact: Rhea Dunmore, Press Secretary, (555) 555-0100',
    'MARLOW VALE (June 16, 2025) – Mayor Tessa Ashcombe is home from six days of trade talks in Reykjavik and Akureyri.',
    'On Tuesday, Mayor Ashcombe and Einar Thorsson, director of the Akureyri Harbour Board, signed a harbour memorandum.',
    'Later that day, Marlow Vale College president Ines Ward and Dr. Sif Jonsdottir, dean of the Akureyri Marine School, signed an agreement to exchange up to 8 students each year.',
    'The council will vote on June 30 on a tax rebate for the Frostvik cannery, which is needed before building work may start.',
    'Akureyri fishing firms plan a visit back to Marlow Vale in October 2025.',
    'Councilor Ben Orso, who chairs the council’s budget committee, questioned the cost.',
  ],
]);

const first = (q: string) => release.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a city’s release after a mission', () => {
  it('puts a name misspelt by its last letters right, as the release writes it, and finds the press contact by the mayor’s name', () => {
    expect(first("who's mayor ashcom's press secretery")).toMatch(/Rhea Dunmore/);
  });

  it('gives a condition as the reason something is needed', () => {
    expect(first('why does the frostvik cannery need a yes from the council on the rebate?')).toMatch(/needed before building work/);
  });

  it('reads "max number of" as a count and "kids" as students', () => {
    expect(first('max number of kids swapped per year between the college and the marine school?')).toMatch(/\b8\b/);
  });

  it('reads "coming over" as a visit (a guard)', () => {
    expect(first('when are the folks from akureyri coming over to marlow vale?')).toMatch(/^October 2025/);
  });

  it('drops a "that’s …" clause after the role asked', () => {
    expect(first("who's the councilor chairing the budget committee that's upset about the cost")).toMatch(/Ben Orso/);
  });
});
