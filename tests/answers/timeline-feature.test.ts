import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn, firstLineOf } from '../helpers.ts';

// An invented journal's timeline (published 2025-11-20) of a governor's finished mission: entries headed
// by their dates, trip days numbered from a first dated one, a chief minister known by a nickname, the
// landing at home, and a return visit still to come.

const meta = { published: '2025-11-20', source: 'Orrin Valley Business Review', title: 'Timeline: Governor Abeyta’s mission to Velmoria' };
const story = [
  '**Aug. 4, 2025** — At a chamber breakfast in Tolland, Gov. Renata Abeyta announces a ten-day mission to Velmoria for October.',
  '**Oct. 11, 2025** — The delegation leaves Tolland Regional Airport on a Saturday night flight.',
  '**Day 1 (Monday, Oct. 13)** — The group lands in Porto Varen and meets embassy staff.',
  '**Day 2 (Tuesday)** — A business forum in Porto Varen draws about 200 guests.',
  '**Day 3 (Wednesday)** — The delegation flies north and tours a seed bank.',
  '**Day 4 (Thursday)** — In Skarda, Abeyta and Chief Minister Tomo Rellik sign the Orrin–Skarda state partnership.',
  '**Oct. 22, 2025** — Abeyta lands in Tolland and thanks the delegation at the airport.',
  'Key players: Tomo Rellik ("Tom Rellik"), chief minister of Skarda, signed the partnership.',
  '**Feb. 9-12, 2026** — Chief Minister Rellik leads a return delegation to Tolland.',
];
const first = firstLineOf(botOfStories([meta, story]));
const days = daysIn(meta, story);

describe('GIVEN a timeline whose entries are headed by their dates', () => {
  it('dates an entry by its head, not by the month the entry mentions', () => {
    expect(first('when did the governor announce the velmoria mission')).toMatch(/^August 4, 2025/);
  });

  it('reads a weekday in a sentence that gives its date as that date', () => {
    expect(days('Saturday night flight')).toEqual(['2025-10-11']);
  });

  it('counts numbered days from the first one dated', () => {
    expect(days('tours a seed bank')).toEqual(['2025-10-15']);
    expect(first('what day did they sign the skarda state partnership')).toMatch(/^October 16, 2025/);
  });
});

describe('GIVEN a landing where the trip set off from, and a return visit to come', () => {
  it('answers when the governor got back with the landing at home, asked freely or with /when', () => {
    expect(first('when did the governor get back from velmoria')).toMatch(/^October 22, 2025/);
    expect(first('/when did the governor get back from velmoria')).toMatch(/^October 22, 2025/);
  });
});

describe('GIVEN a chief minister and a nickname in brackets', () => {
  it('knows the title and the nickname', () => {
    expect(first('who is tom rellik')).toMatch(/^Tomo Rellik: .*[Cc]hief [Mm]inister/);
  });
});
