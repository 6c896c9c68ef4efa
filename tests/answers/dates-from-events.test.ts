import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// Days a report tells from other events of its story (an invented follow-up published on
// Wednesday, April 17, 2024): the trip's second day, weeks after a return told as "came home", a
// clause joined by "and it", a date to come of two in one sentence, a chained phrase in a quote,
// and a trip's length from its departure and its return.

const bot = botOf([
  'The 12-member delegation left Corlan on Monday, March 4.',
  "On the trip's second day, the group landed in Ostrel and met the port authority.",
  'Mayor Ida Fenwick came home from Ostrel on Sunday, March 10.',
  "The Ostrel council approved the pact on March 20, and it took effect two weeks after Fenwick's return.",
  'On April 2, Bell Air announced three weekly flights to Ostrel, beginning June 1.',
  '"Nobody should learn who paid five weeks after it lands," councilmember Rue Tamsin said.',
  'The Corlan council approved the travel budget on Feb. 27 by a vote of 7-2.',
  'In Lesk, Fenwick is expected to sign a memorandum of understanding on the 18th.',
  '"Our ferries are getting older, and the agreement signed last year did not help," Tamsin said.',
]);
const first = firstLineOf(bot);

describe('GIVEN days told from other events of the story', () => {
  it("counts the trip's second day from the departure", () => {
    expect(first('what date did the delegation land in Ostrel?')).toMatch(/^March 5, 2024/);
  });

  it('counts weeks after a return told as "came home", for the clause that "it" continues', () => {
    expect(first('when did the pact take effect?')).toMatch(/^March 24, 2024/);
    expect(first('when did the Ostrel council approve the pact?')).toMatch(/^March 20, 2024/);
  });

  it("dates a paragraph of the mayor's story that does not name her", () => {
    expect(first("when did the council ok the travel budget for Fenwick's trip?")).toMatch(/^February 27, 2024/);
  });

  it('reads "get signed" without the light verb', () => {
    expect(first('what date will the Lesk agreement get signed?')).toMatch(/^April 18, 2024/);
  });

  it('gives the date to come when asked in the present', () => {
    expect(first('when does the first Bell Air flight to Ostrel leave?')).toMatch(/^June 1, 2024/);
  });

  it('dates nothing from a chained phrase in quoted speech', () => {
    expect(bot.handleLine('/timeline', 'cli').text).not.toContain('Nobody should learn');
  });

  it("gives a trip's length from its dated departure and return, both days counted", () => {
    expect(first("how many days was Fenwick's trip?")).toMatch(/^7 days/);
  });
});
