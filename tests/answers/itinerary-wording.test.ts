import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// Where someone went, as reports word it: "her swing through A, B and C"; and what a quoted official
// is reported saying about a place is not where they went.

const bot = botOf([
  'Mayor Ida Fenwick of Corlan came home on Sunday, promising that her swing through Ostrel, Varn and Lesk would pay off.',
  'Varn Mayor Tobin Aster met Fenwick on Tuesday.',
  'Aster said his city encourages local firms to go to Corlan and invest.',
]);
const first = firstLineOf(bot);

describe('GIVEN a trip told as a swing through cities', () => {
  it('lists every city of the swing', () => {
    const cities = first('which cities did Fenwick visit?');
    for (const city of ['Ostrel', 'Varn', 'Lesk']) expect(cities).toContain(city);
  });

  it('does not send a quoted official where his words send others', () => {
    expect(first('which cities did Aster visit?')).not.toContain('Corlan');
  });
});
