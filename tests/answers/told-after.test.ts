import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// What a story tells in the sentence after ("Penhallow objected. She said …") and what it takes
// back ("An earlier version of this story said …"): an invented council report.

const bot = botOf([
  'Mayor Ida Fenwick returned from Ostrel on Sunday.',
  'Councilmember Ada Penhallow, who represents District 2, objected to the trip. She said the city faces a $9 million budget gap and saw no itinerary.',
  'The publicly owned Port of Marlow paid $31,200 for its staff.',
  '*Correction: An earlier version of this story said the Port of Marlow put $13,200 toward the trip. The port paid $31,200.*',
]);
const first = firstLineOf(bot);

describe('GIVEN a reason told in the next sentence and a figure taken back', () => {
  it('gives the reason the next sentence tells', () => {
    expect(first('why was councilmember penhallow against the trip?')).toMatch(/^She said the city faces a \$9 million budget gap/);
  });

  it('never answers with the figure a correction withdrew', () => {
    expect(first('how much did the Port of Marlow put toward the trip?')).not.toContain('13,200');
  });
});

describe('GIVEN a signing at a named venue in a city', () => {
  const venue = botOf([
    'The next day the group rode the train south to Kessa, a port city on the Yellow Sea.',
    'On Wednesday, Sept. 24, Ida Fenwick and Kessa Mayor Oren Sallow signed three agreements at Kessa City Hall: a port memorandum and a student exchange pact.',
  ]);
  it('answers where with the venue, not only its city', () => {
    expect(venue.handleLine('where did fenwick and the korean mayor sign the agreements?', 'cli').text.split('\n')[0]).toBe('At Kessa City Hall.');
  });
});

describe('GIVEN a fact followed by what someone said of something else', () => {
  const plant = botOf(['Holvane Works announced it would build an assembly plant in Dunmore. She said construction would begin in the spring.']);
  it('does not give the next sentence as the reason when the first states no stance', () => {
    expect(plant.handleLine('why did Holvane Works choose Dunmore?', 'cli').text.split('\n')[0]).not.toMatch(/^She said construction/);
  });
});
