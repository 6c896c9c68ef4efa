import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// Days a story tells by the trip rather than the calendar, and what a page written mid-trip plans by
// weekday (invented stories: a follow-up a month after a trade mission, and a wire story from its middle).

const followUp = botOfStories([
  { published: '2025-11-19', source: 'Marrow Valley Gazette' },
  [
    'When Mayor Ines Calloway came home from Norway last month, she spoke of two wins. A month later, one of them is in doubt.',
    'Calloway led a 19-member delegation on the Oct. 12-18 trip, which the county chamber organized.',
    '**What shipped**',
    'Olsen Mills owner Petra Ruud and Calloway put their pens to the bakery deal in Bergen on the Thursday of the mission.',
    'Two weeks after the group came back, Olsen Mills sent out its first pallets of flour.',
    '**The one that stalled**',
    'The ferry announcement came at a dinner in Stavanger two days after the harbor tour, on the trip’s final day.',
    'Before the trip, the mayor’s office told the council on Sept. 3 that the cost would be about $20,000.',
    'On Nov. 4 the ferry line’s board shelved any decision about sailings. Its chief, Lars Vik, said the line wants signed freight contracts before it commits a boat.',
    'A city spokesman said nobody has decided yet whether Norwegian guests come next spring or who would pay.',
  ],
]);

const midTrip = botOfStories([
  { published: '2026-03-10', source: 'Inland Herald' },
  [
    'HALVEN, March 10 (Inland Herald) -- Mayor Rosa Fenlow of Dunmore held talks with Halven officials on Tuesday.',
    'The 30-member group reached Ostrel late on Saturday.',
    'On Monday, Ostrel Mayor Kai Brandt met with Fenlow. Fenlow signed for Dunmore, and Lena Sorvik, vice-mayor of Ostrel, signed for the host side.',
    'In Halven on Tuesday afternoon, Fenlow met port chiefs.',
    'Fenlow said the port wants faster freight links.',
    'The mayors then looked on as their ports signed a rail freight agreement.',
    'On Monday afternoon, a business forum in Ostrel drew 90 firms.',
    'At the forum, the Halven firm Nordtrack said it would put 12 million U.S. dollars into a depot in Dunmore.',
    '"I had never seen a glacier before, and now I have stood on one," said Mia Holt, 16, one of the Dunmore students.',
    'The delegation will tour a shipyard in Halven’s north harbor on Wednesday. On the 12th, Fenlow will travel to Vessa for its ice caves, before flying back on Friday.',
  ],
]);

const first = (bot: typeof followUp, q: string) => bot.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a follow-up that tells the trip by its span', () => {
  it('dates "the Thursday of the mission" inside the span, not the Thursday before publication', () => {
    expect(first(followUp, 'when was the bakery deal signed in bergen?')).toMatch(/^October 16, 2025/);
  });

  it('counts "two weeks after the group came back" from the span’s last day', () => {
    expect(first(followUp, 'when did olsen mills send out its first pallets?')).toMatch(/^November 1, 2025/);
  });

  it('dates "on the trip’s final day" beside a chained phrase by the span', () => {
    expect(first(followUp, 'when was the ferry announcement?')).toMatch(/^October 18, 2025/);
  });

  it('does not date "a month later" from publication', () => {
    expect(first(followUp, '/when one of them is in doubt')).not.toMatch(/December/);
  });

  it('reads "told the council on Sept. 3 that the cost would be" as a past day', () => {
    expect(first(followUp, 'when did the mayor’s office tell the council the cost?')).toMatch(/^September 3, 2025/);
  });

  it('gives a condition not yet met as the reason, not a decision put off', () => {
    expect(first(followUp, 'why is the ferry line holding off on the route?')).toMatch(/freight contracts/);
  });

  it('does not give "has not been decided" as a reason (a guard)', () => {
    expect(first(followUp, 'why did the trip cost more than the estimate?')).not.toMatch(/not been decided/);
  });
});

describe('GIVEN a wire story written in the middle of a trip', () => {
  it('answers who signed on a side’s behalf by the signer whose role names it', () => {
    expect(first(midTrip, "/who signed on ostrel's behalf")).toMatch(/^Lena Sorvik/);
  });

  it('dates what "then" happened by the day the story had reached', () => {
    expect(first(midTrip, 'when was the rail freight agreement signed?')).toMatch(/^March 10, 2026/);
  });

  it('reads a sum in "U.S. dollars"', () => {
    expect(first(midTrip, 'how much is nordtrack investing in dunmore?')).toMatch(/12 million U\.S\. dollars/);
  });

  it('gives no past day for what is still to come, where the day’s sentence tells none of the question’s verbs (a guard)', () => {
    expect(midTrip.handleLine('when will the nordtrack depot start hiring?', 'cli').answered).toBe(false);
  });

  it('finds a speaker named after "said" with an age', () => {
    expect(first(midTrip, '/quote mia holt')).toMatch(/glacier/);
  });

  it('dates a participle clause by the tense of its sentence', () => {
    expect(first(midTrip, 'when is fenlow flying home?')).toMatch(/^March 13, 2026/);
  });

  it('answers what a group does on a weekday, and where the mayor goes on another', () => {
    expect(first(midTrip, 'what is the dunmore delegation doing on wednesday?')).toMatch(/^March 11, 2026: .*shipyard/);
    expect(first(midTrip, 'where is fenlow headed on thursday?')).toMatch(/Vessa/);
  });
});

// An interview after a trip (questions in bold), the days told as the official remembers them, and an
// editor's note that withdraws a figure.
const interview = botOfStories([
  { published: '2025-06-25', source: 'Harbor Business Monthly' },
  [
    'Trade chief Nora Vell led 20 people to Osaka and Kobe. The group left on Sunday, June 8, and came home on Monday, June 16. She spoke to us last Friday.',
    '**Why so long?**',
    'We flew out on the Sunday; the Wednesday we landed in Osaka we slept. On the morning after we landed, the Kansai Shippers Guild and our port signed a memorandum.',
    '**And the last day?**',
    'Our last day there, the Sunday, some of us toured a robotics school.',
    '**And the plant?**',
    'Kobe Gearworks will build a plant in Dunmore. That’s 90 jobs over two years.',
    '*An earlier web version of this story put the plant at 190 jobs; the company’s figure is 90.*',
  ],
]);

describe('GIVEN an interview after a trip that tells its days as the official remembers them', () => {
  it('reads "the Wednesday we landed" and the morning after it within the trip', () => {
    expect(first(interview, 'when was the port memorandum with the kansai shippers guild signed?')).toMatch(/^June 12, 2025/);
  });

  it('reads “our last day there, the Sunday” as the trip’s last Sunday', () => {
    expect(first(interview, 'when did they tour the robotics school?')).toMatch(/^June 15, 2025/);
  });

  it('does not count a figure the editor’s note withdrew', () => {
    expect(first(interview, 'how many jobs will the kobe gearworks plant bring?')).not.toMatch(/190/);
  });
});
