import { describe, expect, it } from 'vitest';
import { botOf } from '../helpers.ts';

// A year the question names pins it down (an invented article): a figure given for another year is
// no answer, and says which year it is for.

const bot = botOf([
  'Westmark exported about $2.3 billion in goods to Velmar in 2026, according to state figures.',
  'The Westmark delegation first visited Velmar in 2019.',
]);

describe('GIVEN a figure for one year', () => {
  it('answers the year it is for', () => {
    expect(bot.handleLine('how much did Westmark export to Velmar in 2026?', 'cli').text).toMatch(/^\$2\.3 billion/);
  });

  it('does not give it for another year, and says which year it is for', () => {
    const a = bot.handleLine('how much did Westmark export to Velmar in 2025?', 'cli');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/2025; what they say is about 2026/);
  });
});
