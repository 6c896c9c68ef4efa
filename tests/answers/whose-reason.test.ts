import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// A why-question about someone other than the trip's own person is answered with their reason, or
// refused; the trip's stated purpose is never the answer to it. An initialism nobody defined
// ("ICRS") stands for a name joined by "of" ("Institute of Coastal Research Studies").

const bot = botOf([
  'Mayor Ida Fenwick of Corlan said her visit aims to renew the sister-city tie with Varn.',
  'Port exchanges are key because shipping lanes are shifting, Dara Moss, an analyst at the Institute of Coastal Research Studies, said.',
  'Councilmember Rue Tamsin voted against the travel budget.',
]);
const first = firstLineOf(bot);
const answered = (q: string) => bot.handleLine(q, 'cli').answered;

describe('GIVEN a trip purpose and other people with reasons of their own', () => {
  it('gives the trip purpose for the trip', () => {
    expect(first('why did Fenwick visit Varn?')).toContain('renew the sister-city tie');
  });

  it("gives the expert's own reason, found by an initialism nobody defined", () => {
    expect(first('why does the ICRS analyst think port exchanges matter?')).toContain('shipping lanes');
  });

  it('gives the reason of the one the question quotes ("according to the ICRS analyst, why …")', () => {
    expect(first('according to the ICRS analyst, why do port exchanges matter?')).toContain('shipping lanes');
  });

  it("refuses a council member's reason the articles do not give, rather than the trip's purpose", () => {
    expect(answered('why did the council member vote against the budget?')).toBe(false);
  });
});
