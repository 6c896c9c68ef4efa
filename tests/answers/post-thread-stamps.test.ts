import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// An invented reporter's thread, archived as one page on Friday 2026-05-15: each numbered post ends
// with its time stamp ("10:40 AM · May 12"), which gives no year, and the posts tell in the present
// tense ("says it will invest") as news of that moment.

const thread = [
  "*Editor's note: the posts below are Jo Torvald's from the mission, as she sent them.*",
  '**1/** Thread: Alnmouth Mayor Ines Calloway leads a 14-member delegation to Brevik this week. #BrevikTrip\n*8:02 AM · May 11 · @jtorv_news*',
  '**2/** Busy morning. The Port of Alnmouth and the Brevik Harbour Board signed a pilot-boat agreement. #BrevikTrip\n*10:40 AM · May 12*',
  "**3/** Lunch: Calloway sat down with Brevik's mayor, Karin Holt, to talk about a summer festival swap.\n*1:05 PM · May 12*",
  '**4/** Then the news: Fjordline Ferries says it will invest $3 million in a ferry terminal in Alnmouth, with 40 jobs.\n*2:15 PM · May 13*',
  '**5/** Dinner with a shipyard owner I will call @quietkeel until she lets me use her name.\n*8:40 PM · May 13*',
  '**6/** She has cleared it: @quietkeel is Lena Hart, owner of Hart Marine Works in Alnmouth.\n*9:10 PM · May 13*',
  "**7/** It's not settled yet where the terminal goes. Fjordline says it is still choosing between Pier 4 and the old rail yard.\n*9:20 PM · May 13*",
  '**8/** Wrap-up from the airport. Thanks for reading. #BrevikTrip\n*9:30 AM · May 14*',
];
const bot = botOfStories([{ published: '2026-05-15', source: 'Alnmouth Courier' }, thread]);
const first = firstLineOf(bot);

describe('GIVEN a thread of posts, each with its time stamp under it', () => {
  it("dates what a post tells by the post's own stamp, in the page's year", () => {
    expect(first('when was the pilot boat agreement signed')).toMatch(/^May 12, 2026/);
    expect(first('when did calloway sit down with the brevik mayor')).toMatch(/^May 12, 2026/);
  });

  it('dates news told in the present tense ("says it will invest") by its stamp', () => {
    expect(first('when did fjordline say it will invest in the terminal')).toMatch(/^May 13, 2026/);
    // ("putting money into": investing in.)
    expect(first("when did fjordline announce it's putting money into alnmouth")).toMatch(/^May 13, 2026/);
  });

  // (A guard: the engine before stamps were read did not do this either.)
  it('does not date a post by the stamp of the post before it', () => {
    expect(first('when did the reporter post her wrap-up from the airport')).not.toMatch(/^May 13, 2026/);
  });
});

describe('GIVEN a person known first by a handle', () => {
  it('answers who the handle is from the post that names them', () => {
    expect(first('who is quietkeel')).toMatch(/^Lena Hart/);
  });
});

describe('GIVEN a post on what is still open', () => {
  it('answers with the short sentence that says so and the one after it that says what', () => {
    const line = first("what hasn't been decided about the fjordline terminal");
    expect(line).toMatch(/not settled/);
    expect(line).toMatch(/Pier 4/);
  });

  // (A guard: the engine before this change refused it too.)
  it('refuses the same question about a name typed in lower case that the articles never use', () => {
    expect(bot.handleLine("what hasn't been decided about the qeltrix terminal", 'cli').answered).toBe(false);
  });
});

describe('GIVEN a chat question about a counterpart', () => {
  it('reads "X\'s counterpart in P" as the holder of X\'s office there', () => {
    expect(first("who is calloway's counterpart in brevik")).toMatch(/Karin Holt/);
  });

  it('reads a possessive typed without its apostrophe', () => {
    expect(first('who is calloways counterpart in brevik')).toMatch(/Karin Holt/);
  });
});
