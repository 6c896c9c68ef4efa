import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn, firstLineOf } from '../helpers.ts';

// An invented paper's report (Tuesday 2025-06-10) of a council vote on a mayor's trip still to come,
// with an update the next day that moves one of its days, and a statement by the mayor's spokesperson.

const meta = { published: '2025-06-10', source: 'Tessaly Courier' };
const story = [
  'The Brackmoor City Council voted 6-1 Tuesday night to pay for Mayor Runa Velsing’s trade trip to Ostravia.',
  'The delegation leaves a week from Saturday and comes back on the 2nd. Its route takes in three cities: Kardel, for trade meetings; Vess, Brackmoor’s sister city since 2011, for an anniversary; and Ombrin, where a brewer hopes to buy hops.',
  'Mayor Runa Velsing answers questions during Tuesday’s council meeting. (Photo: Ada Lind / Tessaly Courier)',
  'On Wednesday the delegation will tour the port of Salvik, west of the capital. The centerpiece comes on Friday, when Velsing and Vess’s mayor are to sign a renewed sister-city agreement.',
  'On Monday the delegation will visit the Halvik Hop Cooperative, which sells hops to a brewer on Mill Lane.',
  'The council also asked the delegation to report at its July 15 meeting.',
  'Perrin Hask of Eastmoor was blunter. "The roads will still be broken when she gets back," he told the council.',
  'The mayor responds',
  'In a written statement, Velsing’s spokesperson, Imke Dahlberg, said the trip’s aim is jobs. "Every dollar on this trip is capped, and every receipt will be public," Dahlberg said.',
  '**Update, June 11:** The mayor’s office said Wednesday that the Vess signing ceremony has been moved from Friday to Sunday at the request of Vess officials.',
];
const first = firstLineOf(botOfStories([meta, story]));
const days = daysIn(meta, story);

describe('GIVEN a question whose verb tells the event', () => {
  it('dates the leaving, not the vote that names the same town and country', () => {
    expect(first('when does the brackmoor delegation leave for ostravia')).toMatch(/^June 21, 2025/);
  });
});

describe('GIVEN days of the programme and of the meeting', () => {
  it('answers "what date" with a day, not the year of something else the question names', () => {
    expect(first('what date do they visit the hop cooperative in ombrin')).toMatch(/^June 30, 2025/);
  });

  it('keeps a caption’s "Tuesday’s council meeting" on the meeting day when the story gives two council Tuesdays', () => {
    expect(days('answers questions during')).toEqual(['2025-06-10']);
  });
});

describe('GIVEN an update that moves a day of the programme', () => {
  it('dates the new day from the day the story gave the event', () => {
    expect(days('moved from Friday to Sunday')).toContain('2025-06-29');
  });

  it('answers the new date, asked after the update or plainly', () => {
    expect(first("after the update, what's the new date for the vess signing ceremony")).toMatch(/^June 29, 2025/);
    expect(first('when is the vess signing')).toMatch(/^June 29, 2025/);
  });
});

describe('GIVEN places named after their kind', () => {
  it('answers which port with the port the story names, not every stop', () => {
    expect(first('/ask which port is the delegation touring')).toMatch(/Salvik/);
    expect(first('/ask which port is the delegation touring')).not.toMatch(/Kardel/);
  });

  it('lists cities set apart by semicolons by their names', () => {
    expect(first('which cities will the delegation stop in')).toBe('Kardel, Vess and Ombrin.');
  });

  it('will not answer "which airline" with a sentence that names none', () => {
    expect(first('/ask what airline is the brackmoor delegation flying on')).toMatch(/^The articles do not say/);
  });
});

describe('GIVEN a statement by a spokesperson named after a possessive', () => {
  it('gives the spokesperson as the one who put out the statement', () => {
    expect(first('who put out the written statement')).toMatch(/^Imke Dahlberg/);
  });

  it('finds the statement’s quote by the words around it and the heading over it', () => {
    expect(first("/quote the mayor's statement on the trip")).toMatch(/Every dollar/);
  });
});

describe('GIVEN a resident named once, then quoted as "he"', () => {
  it('attributes the quote to him', () => {
    expect(first('/quote the man from eastmoor')).toMatch(/^Perrin Hask/);
  });
});
