import { describe, expect, it } from 'vitest';
import { botOfStories, seedsBot, firstLineOf } from '../helpers.ts';

// Questions worded in ways a reader types them (an invented story): a trip's start and end dates
// asked for together, and the body someone is an expert at.

const bot = botOfStories([
  { published: '2026-05-12', source: 'Dunmore Notes' },
  [
    'Mayor Orla Brenn is visiting Varo from May 10 to Saturday.',
    'The visit matters for the port, Pia Lund, an expert at the Varo Institute of Ports, told reporters on Monday.',
  ],
]);
const first = firstLineOf(bot);

describe('GIVEN an event dated "the next day" after a sentence that says where the group went', () => {
  const story = botOfStories([
    { published: '2026-05-18', source: 'Dunmore Notes' },
    ['The delegation flew to Kessel on Wednesday. At a roundtable the next day hosted by the Ulmo Trade Board, a gearbox maker said it would hire 40 people.'],
  ]);
  it('dates the roundtable asked for by that place with its own day, not the day the group flew there', () => {
    expect(story.handleLine('what date was the kessel roundtable', 'cli').text).toMatch(/^May 14, 2026/);
  });
});

describe('GIVEN questions worded otherwise', () => {
  it('answers "the start and end dates" of a trip with its whole range', () => {
    expect(first("ok so what were the start and end dates of Brenn's Varo trip")).toMatch(/^May 10, 2026 to May 16, 2026/);
  });

  it('answers "what organization is X an expert at" with where they work', () => {
    expect(first('what organization is pia lund an expert at')).toMatch(/Varo Institute of Ports/);
  });
});

describe('GIVEN a speech asked for as "gave her talk"', () => {
  it('reads "give a talk" as "speak" (the seeds tell where she "said at the Saturday event")', () => {
    expect(seedsBot().handleLine('when did breed give her talk to business leaders in shanghai?', 'cli').text).toMatch(/^April 20, 2024/);
  });

  it('reads "/when Breed\'s speech to …" as when she spoke, as a free question would', () => {
    expect(seedsBot().handleLine("/when Breed's speech to business leaders in Shanghai", 'cli').text).toMatch(/^April 20, 2024/);
  });

  it('reads "touch down" as "land"', () => {
    const trip = botOfStories([
      { published: '2026-03-20', source: 'Dunmore Tribune' },
      ['The delegation left Dunmore on Saturday night.', 'After a long flight, the delegation landed in Brel on Monday morning.'],
    ]);
    expect(trip.handleLine('when did the group touch down in brel', 'cli').text).toMatch(/^March 16, 2026/);
  });

  it('never reads a place the articles lack ("Paris") as a typo of a plain word they use ("pairs")', () => {
    expect(seedsBot().handleLine('when did Breed visit Paris?', 'cli').answered).toBe(false);
    expect(seedsBot().handleLine('what does Quin Weizhong do', 'cli').text).toMatch(/^Qin Weizhong/);
  });

  it('gives no sentence for a list asked in a shape it cannot read ("…, in order")', () => {
    const trip = botOfStories([
      { published: '2026-03-20', source: 'Dunmore Tribune' },
      ['The Dunmore group arrived in Brel on Monday.', 'Back in the capital on Thursday, the mayor wrapped up the week at a roundtable.'],
    ]);
    expect(trip.handleLine('list the cities the dunmore group visited, in order', 'cli').answered).toBe(false);
  });

  it('reads "who\'s in charge at X" as who runs X', () => {
    const firm = botOfStories([
      { published: '2026-03-20', source: 'Dunmore Tribune' },
      ['The delegation toured the new plant of Kessel Foods.', 'Kessel Foods chief executive Ada Lin said the company will hire 80 workers.'],
    ]);
    expect(firm.handleLine("who's in charge at kessel foods?", 'cli').text).toMatch(/^Ada Lin/);
  });
});
