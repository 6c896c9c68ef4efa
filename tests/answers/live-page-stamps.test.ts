import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// An invented live page, newest entry first, published on Sunday 2026-03-01 and updated on Friday
// 2026-03-06: each entry opens with a stamp (a weekday, a local time, the home time in brackets) and a
// title after a dash. What an entry tells happened on its stamp's day, within the week the page ran.

const page = [
  'Updated Fri., March 6, 2026, 4:10 p.m. ET',
  '**Fri 9:10 p.m. local (4:10 p.m. ET) — Forum closes in Velmora**',
  'About 90 local firms met the delegation at the trade forum.',
  '**Wed 2:30 p.m. local (9:30 a.m. ET) — Harbor pact signed**',
  'Port director Lise Ormond and harbor chief Teodor Vasko signed a pact on shared pilot boats.',
  '**Tuesday — Inside a glass works**',
  'Earlier today the group took the coast train to Sarn to tour Vitra Glass, which makes bottles for wineries.',
  '**Mon 8:05 p.m. local (2:05 p.m. ET) — Landed in Velmora**',
  'The delegation came down at Velmora airport after a long night of flights.',
  '**Sun 11:40 p.m. local (5:40 p.m. ET) — Departure day**',
  'Mayor Ida Rusk left Brantford this afternoon at the head of a 17-member delegation, with stops planned in Velmora and Sarn.',
];
const bot = botOfStories([{ published: '2026-03-01', source: 'WKRL 4 News' }, page]);
const first = firstLineOf(bot);

describe('GIVEN a live page whose entries are stamped with weekdays', () => {
  it("dates an entry by its stamp, counted forward to the page's last update", () => {
    expect(first('when was the harbor pact signed')).toMatch(/^March 4, 2026/);
    expect(first('when was the forum in velmora')).toMatch(/^March 6, 2026/);
  });

  it('dates a stamp with only a weekday, and "earlier today" under it', () => {
    expect(first('what day was the sarn glass works tour, date pls')).toMatch(/^March 3, 2026/);
  });

  it("reads the entry's title with its text", () => {
    expect(first('when did the delegation land in velmora')).toMatch(/^March 2, 2026/);
  });

  it('dates a departure told as "this afternoon" under the first stamp, whatever it plans', () => {
    expect(first('what date did mayor rusk leave')).toMatch(/^March 1, 2026/);
  });
});
