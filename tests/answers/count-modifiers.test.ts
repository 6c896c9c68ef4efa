import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// A noun asked about may stand as a modifier of another noun ("seven business representatives"
// counts representatives, not businesses); a noun of the same kind after it is the counted noun
// itself ("18 Corlan companies", "80 local business leaders").

const bot = botOf([
  'The delegation includes representatives of 18 Corlan companies from the shipping and timber sectors.',
  'A group of seven business representatives will stay on in Varn for two more days.',
  'Fenwick met 80 local business leaders at a lunch in Varn.',
]);
const first = firstLineOf(bot);

describe('GIVEN counts of people and of companies in one story', () => {
  it('counts the businesses, not the business representatives', () => {
    expect(first('how many Corlan businesses have reps in the delegation?')).toMatch(/^18 Corlan companies/);
  });

  it('counts business people by the people noun that follows', () => {
    expect(first('how many local business people did Fenwick meet?')).toMatch(/^80 local business leaders/);
  });
});
