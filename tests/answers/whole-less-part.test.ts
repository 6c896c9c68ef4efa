import { describe, expect, it } from 'vitest';
import { botOf } from '../helpers.ts';

// A count with a part left out ("were not …", "other than …"): the whole less the part, where the
// article counts both; a refusal, never the whole, where it does not (an invented story).

const bot = botOf([
  'Mayor Ida Fenwick led a 20-member delegation to Ostrel last month.',
  'The group was made up of 6 city officials and staff, 11 business owners and 3 university staff.',
]);
const first = (q: string) => bot.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a delegation counted whole and by kind', () => {
  it('takes the part away from the whole', () => {
    expect(first('how many people in the delegation were not city officials or staff?')).toMatch(/^14: 20 in all, less 6 city officials and staff/);
    expect(first('how many people in the delegation other than business owners?')).toMatch(/^9: /);
  });

  it('refuses rather than give the whole when the part is not counted', () => {
    expect(bot.handleLine('how many people in the delegation were not lawmakers?', 'cli').answered).toBe(false);
  });
});
