import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// Amounts an invented story gives one by one, added up when a question asks for them together.

const bot = botOf([
  'State funds will cover $84,000 of the mission’s costs. The remaining $51,500 comes from Westmark Growers Trust, a nonprofit backed by the grain boards.',
  'The Velmar Millers Guild will sign a letter of intent to buy about $310 million of corn. A second letter, with the Ostara Flour Cooperative, covers roughly $75 million of wheat.',
]);
const first = firstLineOf(bot);

describe('GIVEN amounts told in separate sentences', () => {
  it('adds the parts a question names, in the order the story gives them', () => {
    expect(first("what does the mission cost, the state's share plus the nonprofit's?")).toBe('$135,500 ($84,000 + $51,500).');
  });

  it('adds "the two" of a kind', () => {
    expect(first('what is the combined value of the two letters of intent?')).toBe('$385 million ($310 million + $75 million).');
  });

  it('adds nothing when a part has no amount', () => {
    expect(bot.handleLine('how much did the state and the port put in together?', 'cli').answered).toBe(false);
  });
});
