import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// An invented radio transcript, posted on Tuesday 2026-03-17, of an hour that aired on Friday
// 2026-03-13: the host tells the trip's end first ("You got back last Sunday"), then the guest tells
// the trip from its start in days counted from each other ("on the Tuesday", "on our second day",
// "the day after that", "the day before we came home").

const transcript = [
  'Brennock County Executive Mira Quist led a delegation to Lisbon and Braga this month. She joined host Dan Reyes in the show broadcast Friday, March 13, 2026. Edited for length.',
  'DAN REYES, HOST: Welcome back, Mira.',
  "EXECUTIVE MIRA QUIST: Thanks, Dan. It's good to be home.",
  'REYES: You got back last Sunday. How many of you went?',
  'QUIST: Nineteen of us.',
  'REYES: Walk us through it.',
  'QUIST: We landed in Lisbon on the Tuesday and came home on the Sunday. On our second day, the county school signed a welding exchange with Escola Tagus. Dean Rui Farah signed for the school, and for Tagus it was their director, Ana Lobo.',
  'QUIST: The day after that Corvo Metals announced a plant in Brennock County, over lunch. A hundred and twenty jobs.',
  'QUIST: Then the day before we came home, our port chief signed a pilot-boat memo in Braga.',
];
const bot = botOfStories([{ published: '2026-03-17', source: 'Brennock Public Radio' }, transcript]);
const first = firstLineOf(bot);

describe('GIVEN a radio transcript that tells the trip back from the day it aired', () => {
  it('reads "last Sunday" from the day the show aired, not from the day the page was posted', () => {
    expect(first('when did quist get back')).toMatch(/^March 8, 2026/);
  });

  it('takes "return" for "got back", and "you" in the host\'s line for the guest who spoke before', () => {
    expect(first('when did quist return from lisbon')).toMatch(/^March 8, 2026/);
  });

  it('reads "on the Tuesday … on the Sunday", told after the day home, as the days up to it', () => {
    expect(first('when did the delegation land in lisbon')).toMatch(/^March 3, 2026/);
  });

  it('counts "our second day" from the landing, with "the day after that", "the day before we came home" counted from it', () => {
    expect(first('when was the welding exchange signed')).toMatch(/^March 4, 2026/);
    expect(first('when did corvo metals announce the plant')).toMatch(/^March 5, 2026/);
    expect(first('when was the pilot boat memo signed')).toMatch(/^March 7, 2026/);
  });
});

describe('GIVEN a signing told with its verb left out for the second side', () => {
  it('answers "for Tagus it was their director, Ana Lobo" for the side asked, with her role of that body', () => {
    const line = first('who signed for tagus on the welding exchange');
    expect(line).toMatch(/^Ana Lobo/);
    expect(line).toMatch(/Tagus/);
    expect(line).not.toMatch(/Rui Farah/);
  });
});

describe('GIVEN a count said aloud in a fragment after the sentence it belongs to', () => {
  it('reads "A hundred and twenty jobs." as 120, with the plant of the sentence before', () => {
    expect(first('how many jobs will the corvo plant bring to harlow county')).toMatch(/^120 jobs/);
  });
});
