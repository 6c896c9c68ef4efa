import { describe, expect, it } from 'vitest';
import { botOf, botOfStories, firstLineOf } from '../helpers.ts';

// A count with a part left out ("were not …", "other than …"): the whole less the part, where the
// article counts both; a refusal, never the whole, where it does not (an invented story).

const bot = botOf([
  'Mayor Ida Fenwick led a 20-member delegation to Ostrel last month.',
  'The group was made up of 6 city officials and staff, 11 business owners and 3 university staff.',
]);
const first = firstLineOf(bot);

describe('GIVEN a delegation counted whole and by kind', () => {
  it('takes the part away from the whole', () => {
    expect(first('how many people in the delegation were not city officials or staff?')).toMatch(/^14: 20 in all, less 6 city officials and staff/);
    expect(first('how many people in the delegation other than business owners?')).toMatch(/^9: /);
  });

  it('refuses rather than give the whole when the part is not counted', () => {
    expect(bot.handleLine('how many people in the delegation were not lawmakers?', 'cli').answered).toBe(false);
  });
});

describe('GIVEN a delegation counted whole but not by the kind asked', () => {
  const whole = botOf(['The 38-member delegation left Marlow on Oct. 12 with four state lawmakers and a group of business people.']);
  it('does not answer "how many business people" with the whole delegation', () => {
    expect(whole.handleLine('how many business people were part of the delegation?', 'cli').answered).toBe(false);
    expect(whole.handleLine('how many members were in the delegation?', 'cli').text).toMatch(/^38/);
  });
});

describe('GIVEN a visit that is still to come', () => {
  const coming = botOfStories([
    { published: '2024-10-19' },
    [
      'Photo: Marlow Mayor Ida Fenwick, left, shakes hands with Kessa Governor Oren Sallow at the palace in Kessa, Oct. 16, 2024.',
      'Sallow thanked Fenwick and her trade director, Ana Roi, for the visit.',
      'He will lead a delegation of Kessa officials to Marlow in May 2025.',
    ],
  ]);
  it('reads "when is the governor coming" as a question about what is to come, not the day they met', () => {
    expect(coming.handleLine('and when is the kessa governor coming to marlow?', 'cli').text).not.toMatch(/^October 16/);
  });
});
