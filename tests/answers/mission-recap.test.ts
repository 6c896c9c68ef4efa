import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';
import { agentsOf, findVerb } from '../../src/answers/extract.ts';

// An invented station's recap (Thursday 2025-09-18) of a governor's mission to an invented country: a
// video caption with its credit, agreements signed by people for their firms, a memorandum and what it
// commits to, a quote, a follow-up date told without a verb of its own, and a heading in capitals.

const meta = { published: '2025-09-18', source: 'KTRV 4 Ostmark', title: 'Governor Tervo back from Dravonia with two deals' };
const story = [
  'OSTMARK — Gov. Linnea Tervo said Thursday that her week in Dravonia ended with two signed agreements.',
  'The sister-state agreement with Varo Province was signed Tuesday by Tervo and Varo Gov. Emeric Daskal in the provincial capital.',
  'Video: Gov. Linnea Tervo answers questions at the statehouse on Thursday. (Sorrel Ambry / KTRV 4)',
  'Friday, Sept. 12: Roundtable in Ruska; Halden Mills and Corvane Foods sign a supply deal.',
  'Halden Mills plans to hire 40 workers at a new plant in Ostmark.',
  'Edvin Wrenfield, the chief executive of Halden Mills, signed the supply contract alongside Marek Jusko, the managing director of Corvane Foods.',
  'In Ruska, the port authority signed a memorandum with Istra Freight. The memorandum commits each partner to study a weekly freight service between Ruska and the Ostmark river terminal.',
  '"We went to sell Ostmark grain, and buyers lined up," Tervo said.',
  'Tervo and the commerce secretary, Osric Vayne, met the trade minister and 12 representatives of Dravonian mills.',
  'A follow-up report on the mission will go to the legislature on Oct. 14.',
  'Dravonian fruit growers want a direct route to Ostmark. The first container, 12,000 pounds of red apples, leaves Ruska on Oct. 2.',
  'State Sen. Ilka Brom questioned why the trip ran eight days.',
  'Halden Mills expects its first shipment to sail on Oct. 20.',
  'BUDGET: WHAT THE TRIP TO DRAVONIA COST',
  'State funds paid $84,000 for the governor and four staff members.',
];
const first = firstLineOf(botOfStories([meta, story]));

describe('GIVEN a video caption that ends in its credit', () => {
  it('answers who filmed the video with the credit', () => {
    expect(first('who filmed the video of tervo at the statehouse')).toMatch(/^Sorrel Ambry/);
  });
});

describe('GIVEN agreements signed by people for their firms', () => {
  it('reads the doers after "signed Tuesday by"', () => {
    const text = story[1]!;
    expect(agentsOf(text, findVerb(text, 'signed')!)).toEqual(['Tervo', 'Varo Gov. Emeric Daskal']);
  });

  it('answers who signed for a firm typed in lower case with its chief, not the firms', () => {
    expect(first('who signd the supply deal for haldn mills')).toMatch(/^Edvin Wrenfield/);
  });

  it('answers what a memorandum commits the port to', () => {
    expect(first('what does the memorandum with istra freight commit the port to')).toMatch(/^Study a weekly freight service/);
  });
});

describe('GIVEN questions the story does not answer', () => {
  it('refuses a salary and a day of taking office', () => {
    expect(first('what salary will halden mills workers get')).toMatch(/^The articles do not say/);
    expect(first('when did linnea tervo become governor')).toMatch(/^(?:The articles do not say|I found no date)/);
  });
});

describe('GIVEN the trip itself as a quote’s topic, a date with no verb of its own, a place in capitals', () => {
  it('gives the governor’s own words for "what did she say about the trip"', () => {
    expect(first('/quote what did tervo say about the trip')).toMatch(/We went to sell Ostmark grain/);
  });

  it('dates the follow-up report asked with the trip and its country', () => {
    expect(first('what date is the follow-up report on the dravonia trip due')).toMatch(/^October 14, 2025/);
  });
});

describe('GIVEN chat wording for a count, a critic, a cost and a date', () => {
  it('counts "how much fruit" by its kind, and a weight in pounds is no money', () => {
    expect(first('how much fruit is on the first container')).toMatch(/^12,000 pounds of red apples/);
  });

  it('reads "knocking the trip" as finding fault', () => {
    expect(first('which senator was knocking the trip')).toMatch(/Ilka Brom/);
  });

  it('reads "how much of the tab did taxpayers end up picking up" as what public money paid', () => {
    expect(first('how much of the tab did taxpayers end up picking up')).toMatch(/^\$84,000/);
  });

  it('reads "date of X\'s first …" as when, not as an office', () => {
    expect(first("date of halden mills's first shipment?")).toMatch(/^October 20, 2025/);
  });
});
