import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// An invented follow-up story on a mayor's trip: agreements told one sentence each, payers with
// their sums, a rate ("a year", "a week"), a plural title before two names, a venue with a number,
// an expert's judgement and a purpose told without the mayor's name.

const story = [
  'LARKMOOR — Mayor Wren Vrana came home from Quenby last month with three signed agreements. Vrana led a 14-member delegation on the six-day visit.',
  "The trip was meant to reopen a dormant ferry route and to court investment for the Larkmoor waterfront, according to the mayor's office.",
  'Airport director Colm Rudd and Ines Pavlou, network chief at Quenby Air, signed a letter of intent on a direct route.',
  'Two days later, Port Director Ada Whelan and Petros Kallis, head of the Port of Quenby, signed a memorandum on shared berth schedules.',
  'On the last day, Larkmoor College and Quenby Polytechnic signed a student exchange agreement.',
  'Larkmoor and Quenby became twin towns 25 years ago.',
  'Quenby Mayor Eleni Daskal said the two cities would swap 40 nurses a year under a new health program.',
  'Quenby Air will fly three times a week between the two cities, starting in March.',
  'Marek Tobin, an economist at Larkmoor State University, said the route could lower shipping costs for small growers.',
  'Halvard Composites had planned a plant at the Dock 7 industrial park, but the project is now on hold.',
  'The city paid $41,350 for airfare and hotels. The Twin Towns Society, a nonprofit, paid $18,750, covering interpreters and gifts. The city of Quenby picked up $12,300 for hotel rooms and buses.',
  'The council voted 6-3 to fund the trip. The no votes came from Council members Rhona Keddie and Abel Quarrie.',
  '"We were promised a plant and we got a brochure," Keddie said.',
  'In an interview Tuesday, Vrana said she had spoken with the company board twice. "I would rather wait a season than cut a ribbon on a plant that fails," the mayor said.',
  'The airport is giving Quenby Air $900,000 in fee waivers.',
  'The delegation also toured Ormeby, a port town near Quenby.',
  'The port said it would open a new cargo terminal next year.',
  'The first group of nine nurses from Quenby will arrive in February.',
  '*Correction: An earlier version of this story misstated the length of the visit. It lasted six days, not five.*',
];
const bot = botOfStories([{ published: '2025-11-14', source: 'Larkmoor Ledger' }, story]);
const first = firstLineOf(bot);

describe('GIVEN a list told one sentence at a time', () => {
  it('gathers what each sentence says was signed', () => {
    const line = first('what agreements got signed on the quenby trip');
    for (const thing of ['letter of intent', 'memorandum', 'student exchange agreement']) expect(line).toContain(thing);
  });
});

describe('GIVEN a count told with a rate', () => {
  it('counts the thing asked, not the year of the rate', () => {
    expect(first('how many nurses a year will larkmoor and quenby swap')).toMatch(/^40 nurses/);
  });

  it('counts times a week', () => {
    expect(first('how many times a week will quenby air fly')).toMatch(/^Three times/i);
  });
});

describe('GIVEN payers and their sums', () => {
  it('lists a payer that "picked up" its part, with every sum', () => {
    const answer = bot.handleLine('/ask who paid for the quenby trip and how much', 'cli').text;
    expect(answer.split('\n')[0]).toMatch(/city of Quenby/);
    for (const sum of ['$41,350', '$18,750', '$12,300']) expect(answer).toContain(sum);
  });

  it('adds up what each payer paid when no sentence gives the total, a vowel-dropped typo read', () => {
    expect(first('how much did the quenby trip cost in totl')).toMatch(/^\$72,400 \(\$41,350 \+ \$18,750 \+ \$12,300\)/);
  });

  it('gives the cost a sentence states rather than adding up the payers, some of whom may be missing', () => {
    const stated = botOfStories([
      { published: '2025-11-14', source: 'Larkmoor Ledger' },
      ['Mayor Wren Vrana went to Quenby in October. The trip cost $50,000. The city paid $20,000 and the Twin Towns Society paid $10,000.'],
    ]);
    expect(firstLineOf(stated)('how much did the quenby trip cost in total')).toMatch(/^\$50,000/);
  });

  it('gives the sum of the payer the question names, whatever idiom it uses', () => {
    expect(first('how much did quenby chip in')).toBe('$12,300.');
    expect(first('how much did the twin towns society pay')).toBe('$18,750.');
  });
});

describe('GIVEN reasons', () => {
  it('reads "the state economist" as one person described, and gives their judgement', () => {
    expect(first('why does the larkmoor state economist like the route')).toMatch(/lower shipping costs/);
  });

  it('gives no reason where a sentence only tells what was done', () => {
    expect(first('why does the port director want shared berth schedules')).toMatch(/^The articles do not say/);
  });

  it("gives the trip's purpose told without the mayor's name", () => {
    expect(first('why did vrana go to quenby')).toMatch(/reopen a dormant ferry route/);
  });
});

describe('GIVEN a plural title and a numbered venue', () => {
  it('gives each of two people named after "Council members" that role', () => {
    expect(first('/who abel quarrie')).toMatch(/^Abel Quarrie: Council member/);
    expect(first('/quote keddie')).toMatch(/brochure/);
  });

  it('keeps the number of a venue', () => {
    expect(first('where was halvard composites going to build its plant')).toMatch(/Dock 7 industrial park/);
  });
});

describe('GIVEN a quote told as "the mayor said", an indirect object, a stop and another thing opening', () => {
  it('gives the quote to the mayor the paragraph just named', () => {
    expect(first('/quote vrana on the ribbon')).toMatch(/^Wren Vrana said: “I would rather wait a season/);
  });

  it('reads "what is X giving Y" as the object of the giving', () => {
    expect(first('what is the airport giving quenby air')).toMatch(/\$900,000/);
  });

  it('gives no whole-trip length for the days spent at one stop', () => {
    expect(first('how many days did vrana spend in ormeby')).toMatch(/^The articles do not say/);
  });

  it('gives no date of another thing opening for a body named as its owner', () => {
    expect(first("when will halvard's plant open")).toMatch(/^(?:The articles give no date|I found no date)/);
  });
});

describe('GIVEN a date to come and a correction note', () => {
  it('reads "get here" as arrive', () => {
    expect(first('when do the first nurses get here')).toMatch(/^February 2026/);
  });

  it("answers what the story got wrong with the editor's note", () => {
    expect(first('what did the ledger story originally get wrong')).toMatch(/^Correction: An earlier version of this story misstated the length/);
  });
});
