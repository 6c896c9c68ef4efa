import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// "Who did X" when the doer is set apart from the verb (an aside between them), is a body named by
// a common noun, or when the sentence holds the verb and the story around it holds the rest of the
// question (an invented council story).

const bot = botOf([
  'The Marlow City Council spent Tuesday evening on the mayor\u2019s trip to Ostrel and what it cost.',
  'Councilmember Ada Penhallow, who represents District 2, objected.',
  'Bryn Osgood, trade director for the Ostrel city government, testified by video from Ostrel.',
  'The business owners paid their own way, and the Ostrel regional government provided buses while the group was there.',
]);
const first = firstLineOf(bot);
const answered = (q: string) => bot.handleLine(q, 'cli').answered;

describe('GIVEN a story that tells who did what at a hearing', () => {
  it('finds the doer before an aside set off by commas', () => {
    expect(first("which council member objected to the mayor's Ostrel trip?")).toMatch(/^Councilmember Ada Penhallow objected/);
  });

  it('reads the rest of the question from the story, and says what they did in the sentence\u2019s words', () => {
    expect(first("who testified by video at tuesday's council meeting?")).toBe(
      'Bryn Osgood (trade director for the Ostrel city government) testified by video from Ostrel.',
    );
  });

  it('names every signer of a list whose members each have an aside', () => {
    const signers = botOf([
      'In Ostrel on Tuesday, Ana Ferrow, director of the Port of Marlow, and Park Ji-won, vice president of the Ostrel Port Authority, signed a letter of intent.',
    ]);
    const line = signers.handleLine('who signed the letter of intent in Ostrel?', 'cli').text.split('\n')[0]!;
    expect(line).toContain('Ana Ferrow');
    expect(line).toContain('Park Ji-won');
  });

  it('refuses when what follows the verb is not in the sentence', () => {
    expect(answered('who testified in person at the council meeting?')).toBe(false);
  });

  it('names a body called by a common noun', () => {
    expect(first('who provided the buses for the group in Ostrel?')).toMatch(/^The Ostrel regional government provided/);
  });
});

describe('GIVEN a story that names other places and years than the question', () => {
  const story = botOf([
    'Mayor Ida Fenwick spent the week in Ostrel, visiting Kessa and Dunmore.',
    'When meeting Fenwick on Tuesday, Kessa Mayor Oren Sallow said the city wants more flights.',
    'A delegation led by Trade Secretary Pia Lund will visit Marlow in April. The city last sent a mission abroad in 2019.',
  ]);
  const answered = (q: string) => story.handleLine(q, 'cli').answered;

  it('does not take a place or a year the question names from the story around a sentence that lacks it', () => {
    expect(answered('which official met mayor fenwick in Dunmore?')).toBe(false);
    expect(answered("who led Marlow's previous trade mission back in 2019?")).toBe(false);
  });
});
