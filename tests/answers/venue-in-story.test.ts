import { describe, expect, it } from 'vitest';
import { botOf } from '../helpers.ts';

// A place the question names may be the story's context, not the sentence's (an invented story).

const bot = botOf([
  'The Westmark delegation flew to Ostara on Friday and visited Pelle, a suburb of Ostara, on Saturday.',
  "In Ostara, Monday's growers' forum drew about 90 buyers.",
  "A growers' forum is planned for Monday, May 17, at the Harbour Lane Hotel in Pelle.",
]);

describe('GIVEN a venue told in a sentence that does not repeat the city the question names', () => {
  it('finds the venue from the story', () => {
    expect(bot.handleLine("where is the Ostara growers' forum being held?", 'cli').text).toMatch(/^At the Harbour Lane Hotel/);
  });
});
