import { describe, expect, it } from 'vitest';
import { knowledgeOf } from '../helpers.ts';

// Dates read clause by clause, on an invented article published Wednesday 2024-04-17 (the helper's date).

const k = knowledgeOf([
  'The group landed in Norland on Sunday and is scheduled to fly home on Saturday.',
  'On Monday, a day after arriving, the mayor signed a memorandum.',
  'Tickets for the new route went on sale on April 1, and two weeks later the airline added a third weekly flight.',
  'Timeline of the trip:\nApril 14 — Delegation arrives in Norland\nApril 15 — Memorandum signed\nApril 20 — Delegation returns home',
]);
const dated = (fragment: string) => k.events.filter((e) => e.sentence.text.includes(fragment)).map((e) => e.date.start);

describe('GIVEN dates in joined clauses, described days and a timeline list', () => {
  it('reads a past clause backward and a coming one forward in one sentence', () => {
    expect(dated('landed in Norland')).toEqual(['2024-04-14', '2024-04-20']);
  });

  it('does not count "a day after" from a day the sentence already gives', () => {
    expect(dated('a day after arriving')).toEqual(['2024-04-15']);
  });

  it('counts "two weeks later" from the day the sentence told before it', () => {
    expect(dated('two weeks later')).toEqual(['2024-04-01', '2024-04-15']);
  });

  it('keeps each line of a timeline as its own dated paragraph', () => {
    expect(dated('Delegation arrives')).toEqual(['2024-04-14']);
    expect(dated('Memorandum signed')).toEqual(['2024-04-15']);
    expect(dated('Delegation returns home')).toEqual(['2024-04-20']);
  });
});
