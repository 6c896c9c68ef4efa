import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// An invented local story (published Monday 2025-03-10) about a mayor's visit to Gdansk, asked in chat
// words it never uses: "pitched to like 60 execs", "kids" for the students it counts, a speaker asked
// for by the kind of expert their role makes them.

const meta = { published: '2025-03-10', source: 'Kellport Ledger', title: 'Mayor Wren back from Gdansk' };
const story = [
  'Kellport Mayor Tobias Wren returned on Sunday from four days in Gdansk.',
  'On Friday, Wren spoke to 60 executives at a lunch organized by the Baltic Trade Club.',
  'A group of 18 students from Kellport Middle School left for Gdansk on March 3 to begin an exchange term.',
  'Cross-city contacts keep trade moving even when national talks stall, said Ola Brzezinska, a researcher at the Polish Institute of International Affairs.',
  '"We sell more to Poland every year," Wren said.',
  'On Thursday he toured the plant of Norrvik Pumps, a company that makes heat pumps for ferries. Norrvik Pumps chief executive Lena Dahl said an order from Kellport is close.',
  'He also met Chief Executive Officer Jon Berg of Baltic Rail, who showed him a tram depot.',
];
const first = firstLineOf(botOfStories([meta, story]));

describe('GIVEN chat wording the story never uses', () => {
  it('reads "pitched to like 60 execs" as speaking to about 60 executives', () => {
    expect(first('when did wren pitch to like 60 execs')).toMatch(/^March 7, 2025/);
  });

  it('reads "who was running X\u2019s city govt" as its mayor', () => {
    expect(first("who was running kellport's city govt in march")).toMatch(/^Tobias Wren/);
  });

  it('finds a company asked for by what it makes, and its chief executive', () => {
    expect(first('ok so who is the boss at the ferry heat pump maker wren toured')).toMatch(/^Lena Dahl/);
    // (A kind of body no sentence tells, and a title before a name, are no body asked for.)
    expect(first('who is the boss at the tram axle maker wren toured')).toMatch(/^The articles do not say/);
  });

  it('counts "kids" by the word the question also uses for them', () => {
    expect(first('how many kids were in the kellport student group that went to gdansk')).toMatch(/^18/);
  });

  it('finds a speaker by the kind of expert their role makes them, not by their words', () => {
    expect(first('which international affairs institute researcher said city links help when national talks get stuck')).toMatch(/^Ola Brzezinska/);
    // (Nobody said this: a kind alone names no words.)
    expect(first('which international affairs institute researcher said the visit was a waste of money')).toMatch(/^The articles do not say/);
  });
});
