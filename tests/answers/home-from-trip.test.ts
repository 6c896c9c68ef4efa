import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn, firstLineOf } from '../helpers.ts';

// A local station's story the day after a mayor came home (an invented story, published on
// Thursday 2025-03-20): sections under headings with no day, a landing "at 9 p.m. Wednesday",
// quotes under a "What they said" heading, and what is planned next.

const story = [
  'Mayor Ines Carrow was back at her desk on Thursday, the morning after the Lowmoor delegation came home from Norway.',
  'The group landed at Lowmoor Field just after 9 p.m. Wednesday. It had left on March 10 and spent eight days between Oslo and Bergen.',
  "Bergen has been Lowmoor's sister city since 1994.",
  "On Tuesday, Carrow met port director Eva Holt at the Casa dos Pescadores, the old fishermen's hall.",
  'The delegation had 11 members: the mayor, council member Pat Osei, Harbour Lowmoor director Rui Vance and seven shop owners.',
  'Deputy Mayor Ken Ostrom stayed home and ran the city while Carrow was away.',
  'Carrow said she asked Ostrom to stay behind because the budget vote fell that week.',
  'Ostrom served as acting mayor for the length of the trip.',
  'Who paid',
  'The trip cost $28,000, according to a statement the bureau issued Thursday.',
  'The bureau paid the whole amount from its marketing budget.',
  '**Did city taxes pay for this trip?** No. The bureau paid from the hotel tax.',
  'Bergen Ferries chief executive Jon Moe said the line plans to hire 40 workers at a new Lowmoor office.',
  'Bergen Ferries runs a 12-day coast tour that starts in Oslo. "A visitor from Oslo stays eight nights on average," Lind said.',
  "Marta Lind, the owner of Lind's Bakery, paid her own way.",
  'What comes next',
  'Bergen officials accepted an invitation to visit Lowmoor next winter, during the ice festival in February.',
  'On Friday, Carrow is to meet the port board about the ferry study.',
  'Harbour Lowmoor said it plans to open a cargo office in Bergen next year.',
  'The council is expected to vote later this month, at its March 27 meeting, on a $9,000 pupil exchange.',
  '"Now we need a plan for the money," Carrow said.',
  'What they said',
  '"Bergen was generous with its time. Next year it will be our turn to host." — Bergen Mayor Sofie Dahl, at Monday\'s dinner',
  '"I paid my own way, and I would go again tomorrow." — Marta Lind, owner of Lind\'s Bakery',
];
const meta = { published: '2025-03-20', source: 'WLMR News 9' };
const daysOf = daysIn(meta, story);
const bot = botOfStories([meta, story]);
const first = firstLineOf(bot);

describe('GIVEN a story told the day after a trip, in sections', () => {
  it('keeps "9 p.m. Wednesday" in one sentence with its day', () => {
    expect(daysOf('landed at Lowmoor Field')).toEqual(['2025-03-19']);
  });

  it('reads a bare weekday under a heading with no day from publication, not from the section before', () => {
    expect(daysOf('the bureau issued')).toEqual(['2025-03-20']);
  });

  it('reads a month after "next winter, during …" as the coming one', () => {
    expect(daysOf('ice festival in February')).toEqual(['2026-02']);
  });

  it('reads "is to meet" on a weekday as a day to come', () => {
    expect(daysOf('is to meet the port board')).toEqual(['2025-03-21']);
  });

  it("dates the attribution after a quote by its own words, not by the quote's future", () => {
    expect(daysOf("Monday's dinner")).toContain('2025-03-17');
    expect(daysOf("Monday's dinner")).not.toContain('2025-03-24');
  });
});

describe('GIVEN roles given before names', () => {
  it('keeps a body whose name starts with a verb-like word ("Harbour Lowmoor director")', () => {
    expect(first('/who Rui Vance')).toMatch(/Harbour Lowmoor director/);
    expect(first('/who heads harbour lowmoor')).toMatch(/^Rui Vance/);
  });

  it('answers a description with a clause after it ("that went along", "Carrow met")', () => {
    expect(first("who's the bakery owner that went along to norway")).toMatch(/^Marta Lind/);
    expect(first('who was the bergen mayor carrow met')).toMatch(/^Sofie Dahl/);
  });
});

describe('GIVEN the group, the vote to come, and who stayed home', () => {
  it('counts those who went on the trip by the size the story gives its group', () => {
    expect(first('how many people went on the lowmoor trip to norway')).toMatch(/^11 members/);
  });

  it('answers who was in the delegation with the list the story gives', () => {
    expect(first('who was in the lowmoor delegation')).toMatch(/Pat Osei.*Rui Vance.*seven shop owners/);
    expect(first('who went to norway with the mayor')).toMatch(/Pat Osei/);
  });

  it('dates "later this month, at its March 27 meeting" by the day, asked in the present', () => {
    expect(first('/when is the council vote on the pupil exchange')).toMatch(/^March 27, 2025/);
  });

  it('answers why the one who holds an office stayed, from a cause told of them by name', () => {
    expect(first("why didn't the deputy mayor go to norway")).toMatch(/budget vote/);
  });
});

describe('GIVEN quotes signed after a dash under a heading', () => {
  it('gives each quote to the one who signs it', () => {
    expect(first('/quote sofie dahl')).toMatch(/our turn to host/);
    expect(first('what did the bakery guy say about paying her own way')).toMatch(/^Marta Lind said: .*would go again/);
  });

  it('takes no heading for a paraphrase', () => {
    expect(bot.handleLine('/quote Ines Carrow', 'cli').text).not.toMatch(/What they said/);
  });
});

describe('GIVEN the one who stood in for the mayor', () => {
  it('reads "served as acting mayor" as an office, and "acting" as no doing', () => {
    expect(first('/who Ken Ostrom')).toMatch(/acting mayor/);
    expect(first('who was acting mayor while carrow was in norway')).toMatch(/^Ken Ostrom/);
    expect(bot.handleLine('who was acting mayor of bergen while carrow was away', 'cli').answered).toBe(false);
  });

  it('names the doer before the verb, not the one in its while-clause', () => {
    expect(first('who ran the city while the mayor was away')).toMatch(/^Ken Ostrom/);
    expect(first('who ran the city while the mayor was away')).not.toMatch(/Carrow/);
  });
});

describe('GIVEN a doing in progress asked about', () => {
  it('answers what a body is planning, and what a vote is on, number and all', () => {
    expect(first('what is harbour lowmoor planning in bergen')).toMatch(/^To open a cargo office/);
    expect(first('what is the council voting on later this month')).toMatch(/^A \$9,000 pupil exchange/);
  });
});

describe('GIVEN bodies described, spans, kinds of people and payers', () => {
  it('finds the chief of a body asked with what it is ("X, the ferry company")', () => {
    expect(first('who is the ceo of bergen ferries the ferry company')).toMatch(/^Jon Moe/);
  });

  it('gives a span told as such before a length that describes a thing', () => {
    expect(first('how long do visitors from oslo stay')).toMatch(/^Eight nights/);
  });

  it('counts workers when asked for people ("folks")', () => {
    expect(first('how many folks will bergen ferries hire')).toMatch(/^40 workers/);
  });

  it("names the payers of the mayor's trip, not a reader's question", () => {
    const answer = first("who paid for the mayor's norway junket");
    expect(answer).toMatch(/bureau/i);
    expect(answer).not.toMatch(/taxes|Carrow/);
  });
});

describe('GIVEN a question about since when a state has held', () => {
  it('answers with the day it began, and never with the day of something else they did', () => {
    expect(first('since when have lowmoor and bergen been sister cities')).toMatch(/^1994/);
    expect(bot.handleLine('since when has ken ostrom been deputy mayor', 'cli').answered).toBe(false);
  });
});

describe('GIVEN a venue whose name has a lower-case joining word', () => {
  it('gives the whole name ("Casa dos Pescadores")', () => {
    expect(first('where did carrow meet eva holt')).toMatch(/Casa dos Pescadores/);
  });
});
