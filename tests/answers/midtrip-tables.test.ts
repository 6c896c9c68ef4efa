import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn, firstLineOf } from '../helpers.ts';

// An invented business paper's report from the middle of a governor's trip, published on Wednesday
// 2026-05-13: the first days told in the past, the rest still to come, a schedule and the deals as
// markdown tables, a critic of the cost, and a host agency's chief executive.

const meta = { published: '2026-05-13', source: 'Larkfield Business Weekly' };
const story = [
  'ORLEN, Veskia – Midway through a seven-day sales trip, Gov. Britta Holm has two company deals and one government agreement.',
  'The delegation of 38 people, from 15 companies and two state agencies, touched down in Orlen on Sunday.',
  'On Monday, Holm met Vassil Dorn, Veskia’s minister of industry, in Orlen. Afterward, trade secretary Niamh Colter and Ivo Rasten, chief of the Veskia Export Agency, signed a charter that creates a shared ferry office for Larkfield shippers and binds both towns to an annual fair.',
  'That evening, a business forum in Orlen drew about 260 people.',
  'On Thursday, Holm is scheduled to meet Lise Tavor, chief executive of the Veskia Growth Board, at its offices in Orlen.',
  'On Friday the group will see a science park and open a trade fair, where the hosts expect about 300 people.',
  'On Saturday, the group will see a tannery near Tarsk. The tannery visit was added on Monday at the urging of the Veskia Growth Board, keen to show off its leather trade.',
  'Mayor Anke Strobel hosted Holm at a lunch in Orlen on Tuesday, the mission office said.',
  'State Rep. Otto Brenn, a Calloway Democrat, questioned the cost in a year when bus aid was trimmed. "Show me an order, not a memorandum," Brenn said.',
  '## Deals so far',
  '| Firm | Buyer | Goods | Worth |\n|---|---|---|---|\n| Larkfield Mills | Orlen Bakeries | 9,000 tons of durum wheat | $4.2 million |\n| Brightfurrow Tools | Tarsk Growers | Planters for two farms | $0.8 million |',
  '## Schedule',
  '| Date | City | What’s planned |\n|---|---|---|\n| Sun., May 10 | Orlen | Arrival; reception |\n| Thu., May 14 | Orlen | Meeting with the Veskia Growth Board |\n| Sat., May 16 | Tarsk | Tannery visit (added) |',
];
const bot = botOfStories([meta, story]);
const first = firstLineOf(bot);
const days = daysIn(meta, story);

describe('GIVEN a schedule printed as a markdown table', () => {
  it("reads each row as an item, and a month and day with its weekday in that weekday's year", () => {
    // (Read as a day to come, "Sun., May 10" would be 2027's May 10, a Monday.)
    expect(days('Sun., May 10')).toEqual(['2026-05-10']);
    expect(days('Tannery visit (added)')).toEqual(['2026-05-16']);
    expect(first('which date is the tannery visit')).toMatch(/^May 16, 2026/);
  });

  it('takes "in a year when" for no date', () => {
    expect(days('questioned the cost')).toEqual([]);
  });
});

describe('GIVEN questions a chat user asks in the middle of a trip', () => {
  it('answers whom a named person is meeting, asked in the present', () => {
    expect(first('who is holm meeting from the veskia growth board')).toMatch(/^Lise Tavor/);
  });

  it('answers who is complaining, asked in other words, with the one the story tells finding fault', () => {
    expect(first('which lawmaker is griping about what the trip costs')).toMatch(/^Otto Brenn/);
  });

  it("counts the people on the trip by the delegation, not by a forum's crowd, and the forum's crowd by the forum", () => {
    expect(first("how many people are on holm's trip")).toMatch(/^38 people/);
    expect(first('/ask how many people showed up at the orlen forum')).toMatch(/^About 260 people/i);
  });

  it('reads an abbreviated title in full, and says what a memorandum does from the clause after it', () => {
    expect(first('what exactly did the state representative say')).toMatch(/Show me an order/);
    expect(first('what does the charter signed in orlen actually do')).toMatch(/^It creates a shared ferry office/);
  });

  it('answers why a stop was added from the sentence after the one that tells of it, not from the table', () => {
    expect(first('why was the tannery visit in tarsk added')).toMatch(/at the urging of the Veskia Growth Board/);
  });

  it('does not answer whom someone met in one place with a meeting told in another', () => {
    expect(first('who is holm meeting with in tarsk')).toMatch(/^The articles do not say/);
  });

  it("does not take a country's name for the longer name of a body it begins", () => {
    expect(first('/ask who is the president of veskia')).toMatch(/^The articles do not say/);
  });
});

describe("GIVEN a portal page with its posting time on a line of its own and a day's account under headings", () => {
  const portal = { published: '2026-05-04', source: 'Orlen City News Portal' };
  const page = [
    'Monday, 4 May 2026 | 09.15 WIB',
    'ORLEN – The City Government received a delegation from Larkfield, led by Gov. Britta Holm, on Sunday and Monday, 3-4 May 2026.',
    'The group touched down at Orlen airport at 06.55 local time on Sunday.',
    '**Visit to the town hall**',
    'Later on the same day, the visitors called on the mayor at Orlen town hall.',
  ];
  const dayOf = daysIn(portal, page);

  it("reads the posting line as the page's time, not as the day of what follows", () => {
    expect(dayOf('the visitors called on the mayor')).toEqual(['2026-05-03']);
  });
});
