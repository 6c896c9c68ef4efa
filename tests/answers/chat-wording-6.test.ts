import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// An invented report, published on Saturday 2026-02-14, of a mission told by its end and its length.
const story = [
  'TAVOR – Lisle Governor Ines Palo ended a five-day sales tour on Friday, a trip that took her to Tavor and Orm.',
  'The mission was organized by the Lisle Chamber of Trade and the Tavor Business Council, and included 22 business leaders.',
  'Palo said she made the trip to win orders for the state’s glass makers.',
  '"We will ship from Orm within the year," said Theodora Vantreese, chief executive of Velmar Glass.',
  'The tour shows the state can sell abroad, Ines Varga, an analyst at the Nordic Institute of Maritime Studies, told the Ledger.',
  'Tom Berg, a research fellow at the Nordic Trade Council, said the orders would take years to arrive.',
  'Orsk chief executive Pia Lund said the company would hire in Lisle next spring.',
  'Palo also wants cheaper energy for the glass makers.',
];
const bot = botOfStories([{ published: '2026-02-14', source: 'Lisle Ledger' }, story]);
const first = firstLineOf(bot);

describe('GIVEN a trip dated only by the day it ended and its length', () => {
  it('answers when it began by counting back its length, not with the day it ended', () => {
    expect(first('when did palo’s sales tour begin')).toMatch(/^February 9, 2026/);
    expect(first("what was the first day of palo's sales tour")).toMatch(/^February 9, 2026/);
  });

  it('reads "what was the last day of …" as when it ended', () => {
    expect(first("what was the last day of palo's mission, exact date pls")).toMatch(/^February 13, 2026/);
  });
});

describe('GIVEN a question followed by a chat instruction', () => {
  it('drops "name the organizers" after the question mark', () => {
    const line = first('who put together the palo mission? name the organizers');
    expect(line).toMatch(/Lisle Chamber of Trade/);
    expect(line).toMatch(/Tavor Business Council/);
  });
});

describe('GIVEN a chat question that names a person with two slips of the keys', () => {
  // (A guard: the engine before this change found her too; round 67's "matias eberl" is the case it did not.)
  it('puts right a first name two letters off before a surname cut short by one', () => {
    expect(first('who is teodra vantrees')).toMatch(/^Theodora Vantreese/);
  });

  it('reads "the top boss at" a company as its chief executive', () => {
    expect(first('who is the top boss at velmar glass')).toMatch(/^Theodora Vantreese/);
  });
});

describe('GIVEN a person asked by another noun for what they do, and their body in other words', () => {
  it('answers the one whose body holds every word asked, though the role says "analyst", not "scholar"', () => {
    expect(first('which scholar from the nordic maritime studies institute weighed in on the tour')).toMatch(/^Ines Varga/);
  });
});

// (Guards: natural-dev's fx-ceo is the case the first form of this check refused, with the fixture's other articles.)
describe('GIVEN a company named in the question with a word the story leaves out', () => {
  it('answers from the story that names it by its own word ("Orsk Energy" is "Orsk")', () => {
    expect(first('who is the CEO of Orsk Energy?')).toMatch(/^Pia Lund/);
  });

  it('refuses where the story never names the company at all', () => {
    expect(bot.handleLine('what is Quelvin Robotics planning to open in Lisle?', 'cli').answered).toBe(false);
  });
});
