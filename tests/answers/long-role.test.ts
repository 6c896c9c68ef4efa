import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// An invented radio station's story of a mayor's trade trip: an official set off by a long role ("the
// county's farm export director").

const meta = { published: '2025-06-02', source: 'Brannock Public Radio' };
const story = [
  'Mayor Ines Corrow led twelve local business owners on a five-day trade trip to Tallinn last week.',
  'Tobin Aske, the county’s farm export director, joined the trip and spoke for the growers.',
];
const first = firstLineOf(botOfStories([meta, story]));

describe('GIVEN an official set off by a long role', () => {
  it('reads the role with its owner and its words ("the county’s farm export director")', () => {
    expect(first('/who tobin aske')).toMatch(/^Tobin Aske: county’s farm export director/);
  });
});
