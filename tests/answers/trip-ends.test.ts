import { describe, expect, it } from 'vitest';
import { classifyBlock } from '../../src/corpus/clean.ts';
import { botOf, botOfStories, firstLineOf } from '../helpers.ts';

// Days between a trip's ends, however the question words them (an invented council story): one
// sentence that tells both ends, a photo caption whose "left" is no departure, a clause that dates
// something else from the return, and reported speech that "would" happen.

const bot = botOf([
  'Mayor Ada Penn, left, and Ostrel Mayor Kim Sora exchange signed copies of a port memorandum on Sept. 24. (Photo courtesy of the City of Marlow)',
  'Just over two weeks after Mayor Ada Penn flew home from Ostrel, the Marlow City Council spent Tuesday evening on the trip, on Oct. 14.',
  'The 12-member delegation left Marlow Field on Saturday, Sept. 20, and landed back home on Sunday, Sept. 28. The council will take a final vote on Tuesday, Oct. 28.',
  'On Wednesday, Sept. 24, Penn and Kim signed three agreements at Ostrel City Hall. Two days later, at a business roundtable, a warehouse firm said it would open a site with 35 jobs.',
]);
const first = firstLineOf(bot);

describe('GIVEN a trip told by its departure and its return', () => {
  it('counts the days between leaving and getting back, told in one sentence', () => {
    expect(first('how many days passed between the delegation leaving Marlow Field and getting back home?')).toMatch(/^8 days: September 20, 2024/);
  });

  it('reads a caption credited in parentheses as a caption', () => {
    expect(classifyBlock('Mayor Ada Penn, left, signs a memorandum. (Photo courtesy of the City of Marlow)')).toBe('caption');
  });

  it('counts "two days later" from the day before it when the sentence only reports what would happen', () => {
    expect(first('/when business roundtable')).toMatch(/^September 26, 2024/);
  });

  it('keeps "was the mayor interviewed" as the question, not as who reported it', () => {
    expect(bot.handleLine('how many days after she got home was the mayor interviewed?', 'cli').answered).toBe(false);
  });
});

describe('GIVEN a trip whose dates only a sidebar gives', () => {
  const sidebar = botOf([
    'Mayor Ida Fenwick led a 20-member delegation to Ostrel last month. We met her on Thursday, May 30.',
    'The mayor toured the Kessa shipyard and signed a ferry memorandum.',
    '> **The trip at a glance**\n> - Dates: Saturday, May 4 – Sunday, May 12, 2024\n> - Cities: Kessa, Dunmore',
  ]);
  const line = (q: string) => sidebar.handleLine(q, 'cli').text.split('\n')[0]!;

  it('dates the flight out and the return by the ends of the trip', () => {
    expect(line('when did the delegation fly out to Ostrel?')).toMatch(/^May 4, 2024/);
    expect(line('when did the mayor get back from Ostrel?')).toMatch(/^May 12, 2024/);
  });
});

describe('GIVEN a story that dates another group\u2019s departure only', () => {
  const other = botOf([
    'Mayor Ida Fenwick is visiting Ostrel from May 4 to Sunday.',
    'A group of 20 students from Marlow High School set off from Marlow to begin their own trip to Ostrel on March 16, 2024.',
    'The delegation will fly home Saturday, the mayor\u2019s office said.',
  ]);
  const line = (q: string) => other.handleLine(q, 'cli');

  it('does not answer when the students got back with the day they set off, nor with the mayor\u2019s trip', () => {
    expect(line('when did the Marlow High School students get back from Ostrel?').answered).toBe(false);
    expect(line('when did the Marlow High School students leave for Ostrel?').text).toMatch(/^March 16, 2024/);
  });

  it('reads "fly home" as a return', () => {
    expect(line('when does mayor fenwick fly home?').text).toMatch(/^April 20, 2024/);
  });
});

describe('GIVEN a recap whose departure and flight home are both told as leaving somewhere', () => {
  const recap = botOfStories([
    { published: '2026-05-20', source: 'Dunmore Notes' },
    [
      'From May 9 to May 16, Mayor Orla Brenn led nine of us from Dunmore to our sister town of Varo.',
      'We boarded our flight in Dunmore at 8 p.m. that Saturday and stepped off the plane in Kessel at noon on Monday.',
      'We left Kessel at 9 a.m. on Saturday, May 16, and were home in Dunmore that night.',
    ],
  ]);
  const answer = (q: string) => recap.handleLine(q, 'cli').text.split('\n')[0]!;

  it('answers a departure asked by the place left from with the sentence that leaves it', () => {
    expect(answer('what day did the delegation fly out of Dunmore?')).toMatch(/^May 9, 2026: We boarded our flight in Dunmore/);
  });

  it('dates a departure by the day told after its verb, not by a later day of the same sentence', () => {
    expect(answer('what day did the delegation fly out of Dunmore?')).not.toMatch(/May 11/);
  });
});
