import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// A question-and-answer interview (an invented one): the interviewer's questions open with "Q:", the
// mayor answers in the first person, and the headline names whom it is about.

const bot = botOfStories(
  [
    { title: 'Q&A: Mayor Ivy Stroud on what Marlow brought home from Ostrel', source: 'Marlow Monthly' },
    [
      'Mayor Ivy Stroud led a 12-member delegation to Ostrel last month. We sat down with her on Thursday.',
      'Q: Why Ostrel, and why now?',
      'Because the shipyards asked first. Oren Vale, who runs trade at the Marlow Chamber, had two Ostrel builders in his inbox.',
      'Q: At the March hearing, Council Member Pia Lund called this "a costly junket." You told the council the trip would pay for itself. Has it?',
      'Not yet. Oren Vale told me, "Give it a year." Pia Lund asked fair questions.',
      'Q: We will hold you to that.',
      'Please do.',
    ],
  ],
  // Other stories, as a corpus has: what is common and what is rare is told across them.
  [{ title: 'Council weighs bus routes' }, ['The council will decide on bus routes on Tuesday.', 'Members said they want to go slowly.']],
  [{ title: 'Port opens a new berth' }, ['The port opened a berth for car carriers on Monday, its director said.']],
);
const first = firstLineOf(bot);

describe('GIVEN an interview in questions and answers', () => {
  it('answers a why the interviewer asked with the first words of the reply', () => {
    expect(first('why did the mayor decide to go to Ostrel now?')).toBe('Because the shipyards asked first.');
  });

  it('reads "you" in a question as the one interviewed, whom the headline names', () => {
    expect(first('who told the council the Ostrel trip would pay for itself?')).toMatch(/^Ivy Stroud told it/);
  });

  it('gives the interviewer\u2019s own words to the interviewer, found by the words in quotation marks', () => {
    expect(first('who says "we will hold you to that" at the end of the interview?')).toMatch(/^The interviewer \(Marlow Monthly\)/);
  });

  it('finds who called the trip a name, the trip being "this" in the question', () => {
    expect(first('who called the Ostrel trip a costly junket?')).toMatch(/^Pia Lund/);
  });
});
