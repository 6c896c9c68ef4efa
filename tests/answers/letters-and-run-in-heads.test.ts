import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// An invented story: people whose names begin or end with letters outside ASCII (a dotless ı, a ç, an
// Ø), a signing by two of them, and a run-in head in bold before a paragraph that names a firm only
// as "company".

const story = [
  'Mayor Ruth Callaway of Brindle Falls spent four days in Serinköy last month.',
  'Yusuf Dırlıç, deputy director of the Serinköy Port Authority, and Nell Barrow, harbor master of Brindle Falls, signed a berth-sharing letter on Tuesday.',
  'Dırlıç said the shared berths would open in May.',
  'Øystein Marlo, a shipping broker who joined the trip, said the letter was overdue.',
  '**The plant.** Orvane has delayed its battery plant at the Dock 4 yard. In a statement on Friday, company spokesperson Mara Lusk said the board wanted more time.',
];
const bot = botOfStories([{ published: '2025-06-20', source: 'Brindle Falls Courier' }, story]);
const first = firstLineOf(bot);

describe('GIVEN names with letters outside ASCII', () => {
  it('finds a name typed without its marks, dotless ı included', () => {
    expect(first('/who dirlic')).toMatch(/^Yusuf Dırlıç: deputy director of the Serinköy Port Authority/);
  });

  it('counts a name that ends in such a letter as mentioned, so both signers are named', () => {
    expect(first('who signed the berth-sharing letter')).toMatch(/Nell Barrow.*Yusuf Dırlıç|Yusuf Dırlıç.*Nell Barrow/);
  });

  it('knows the surname alone when it ends in such a letter', () => {
    expect(first('/quote dirlic')).toMatch(/shared berths would open in May/);
  });

  it('finds a name that begins with such a letter', () => {
    expect(first('/who oystein marlo')).toMatch(/^Øystein Marlo: shipping broker/);
  });
});

describe('GIVEN a bold run-in head and a firm told as "company"', () => {
  it('drops the bold marks from the paragraph', () => {
    const answer = bot.handleLine('what did orvane delay', 'cli');
    expect(answer.citations.map((c) => c.excerpt).join(' ')).not.toContain('**');
  });

  it("names the firm the paragraph made its subject as the spokesperson's", () => {
    expect(first('/who mara lusk')).toMatch(/^Mara Lusk: spokesperson of Orvane/);
  });
});
