import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// Who paid for a trip, told the ways reports tell it (an invented article): several payers in a row,
// a payer in an appositive, an agent after "by", money that "will come from" someone, and the idioms
// a user asks with. Something paid for that is not the trip must be in the payer's sentence.

const bot = botOf([
  'Mayor Ida Fenwick of Corlan returned from Ostrel on Sunday after a week of meetings.',
  'The city paid $21,300, covering airfare and hotels for the mayor and two aides.',
  'The Corlan Trade Circle, a nonprofit backed by local firms, paid $40,000 for the rest of the delegation.',
  'Meals for the council members were covered by the Harbor Fund, a private group.',
  'The opening dinner in Ostrel was hosted by the Ostrel Chamber.',
  'Councilmember Rue Tamsin said she would ask for a list of the donors.',
]);
const first = firstLineOf(bot);
const answered = (q: string) => bot.handleLine(q, 'cli').answered;

describe('GIVEN a report of who paid for a trip', () => {
  it('names every payer, in the order the article gives them', () => {
    expect(first("who paid for Fenwick's trip to Ostrel?")).toBe('The city, the Corlan Trade Circle and the Harbor Fund.');
  });

  it('reads the idioms a user asks with', () => {
    expect(first("who's footing the bill for the mayor's trip?")).toContain('the Corlan Trade Circle');
    expect(first('who picked up the tab for the Ostrel trip?')).toContain('the Harbor Fund');
  });

  it('reads a payer said to pay, past a participle in its appositive, and a payer asked by kind', () => {
    const other = botOf([
      "The governor's office said the Prairie Growth Fund, a nonprofit funded by private donors, covered $112,000 in airfare, and the trade office spent $36,600 on events.",
      'Business participants paid their own way.',
    ]);
    const line = (q: string) => other.handleLine(q, 'cli').text.split('\n')[0]!;
    expect(line("who paid for the governor's trip?")).toBe('The Prairie Growth Fund, the trade office and business participants.');
    expect(line("what group covered the governor's airfare?")).toContain('Prairie Growth Fund');
  });

  it('refuses when what was paid for is not the trip and no payer sentence names it', () => {
    expect(answered('who paid for the opening dinner in Ostrel?')).toBe(false);
  });
});
