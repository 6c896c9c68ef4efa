import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// A council member's newsletter recap, told as "we" (an invented story): the party counted as
// "nine of us", a cost "for the people" that counts no one, and an aside with "since" that gives
// no one's reason.

const bot = botOfStories([
  { published: '2026-05-20', source: 'Dunmore Notes' },
  [
    'From May 9 to May 16, Mayor Orla Brenn led nine of us from Dunmore to our sister town of Varo.',
    'Now the money, since many of you asked. The trip cost $21,300 for the people traveling on city business.',
    'Now the gifts, since many of you asked. The Sister Town Association paid $3,100 for the gifts and the dinner.',
  ],
]);
const first = (q: string) => bot.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a recap that counts its party as "nine of us"', () => {
  it('counts the writer’s party when asked how many people went', () => {
    expect(first('how many people went on the mayor’s trip?')).toMatch(/^Nine people/);
  });

  it('never gives an amount of money as a number of people', () => {
    expect(first('how many people did the trip cost the city for?')).not.toMatch(/\$/);
  });

  it('does not take the writer’s aside ("since many of you asked") as someone’s reason', () => {
    expect(first('why did the sister town association think this trip was worth it')).not.toMatch(/since many of you asked/);
  });
});
