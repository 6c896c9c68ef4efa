import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn, firstLineOf, knowledgeOf } from '../helpers.ts';

// An invented press release, published on Tuesday 2026-05-05, before a trip from Saturday May 16 to
// Saturday May 23. Its programme is a list: some items give a weekday and a date, others a weekday
// alone. Later paragraphs speak of the programme's days by weekday, in the future; the release names
// host officials the way such releases do: a title of a body before the name, set off by commas,
// names of four words or with a particle inside.

const meta = { published: '2026-05-05', source: 'City of Marrowick – Office of the Mayor' };
const release = [
  'MARROWICK, Ore. – Mayor Anselm Renfrew will depart on Saturday, May 16, for a seven-day sales trip to Veloria, where he will promote the Port of Marrowick.',
  'While the mayor is away, Mayor Pro Tem Odile Brask will serve as acting mayor.',
  '## Programme (May 16–23)',
  '- **Saturday, May 16:** The delegation flies out of Marrowick and lands in Cala Alcaz that night.',
  '- **Sunday, May 17:** Walking tour of Cala Alcaz, with a stop at the Musee de la Sal.',
  "- **Monday, May 18:** Meeting with Veloria's Minister of Fisheries, Ports and Shipping, María José Ferriol Aldana, followed by a lunch for exporters.",
  "- **Tuesday:** Train to San Ildo; tour of the Hilados Serrano mill with the company's chair, Inmaculada Roble de Sotillo.",
  '- **Wednesday, May 20:** Meets the Governor of Norvega, Ruperto Casal Vidal; reception at the harbor museum.',
  '- **Thursday:** Visit to the Norvega fish auction and signing of a cold-chain cooperation agreement.',
  '- **Friday, May 22:** Closing dinner with Veloria exporters.',
  '- **Saturday:** The delegation leaves Cala Alcaz and flies back to Marrowick.',
  '## What will be signed',
  'On Thursday, the port director and Hugo Lenz, chief of the Norvega Auction Board, will sign the cold-chain agreement at the fish auction.',
  'Renfrew returns on the 23rd and will report to the council on June 2.',
  "The city's share, about $31,200, covers flights and hotels for six officials. The Marrowick Twin Towns Club, a nonprofit, will pay $9,000 toward the gala.",
];
const bot = botOfStories([meta, release]);
const first = firstLineOf(bot);
const days = daysIn(meta, release);

describe('GIVEN a programme listed day by day, some items by weekday alone', () => {
  it('dates an item that gives only its weekday by the item before it', () => {
    expect(days('Train to San Ildo')).toEqual(['2026-05-19']);
    expect(days('fish auction and signing')).toEqual(['2026-05-21']);
    expect(first('what date will the delegation be in san ildo')).toMatch(/^May 19, 2026/);
  });

  it("dates a future weekday told after the programme by the programme's day that tells of the same things", () => {
    // (Read from publication, "On Thursday" would be May 7, before the trip.)
    expect(days('On Thursday, the port director')).toEqual(['2026-05-21']);
    expect(first('when will the cold-chain agreement be signed')).toMatch(/^May 21, 2026/);
  });

  it('reads "returns on the 23rd" in the present as the day to come, and keeps the report to the council apart', () => {
    expect(days('Renfrew returns')).toEqual(['2026-05-23', '2026-06-02']);
    expect(first('when is renfrew supposed to report back to the council')).toMatch(/^June 2, 2026/);
  });
});

describe('GIVEN host officials named after their titles', () => {
  it('finds a governor of a region named after a comma, and answers which governor the mayor is meeting', () => {
    expect(first('/who Ruperto Casal Vidal')).toMatch(/Governor of Norvega/);
    expect(first('quick q, which governor is the marrowick mayor meeting in veloria')).toMatch(/^Ruperto Casal Vidal/);
  });

  it("finds a minister of a four-word name, and answers by the title's head when the question words it otherwise", () => {
    expect(first('/who Maria Jose Ferriol Aldana')).toMatch(/Minister of Fisheries, Ports and Shipping/);
    expect(first('whats the name of the velorian harbour minister renfrew is seeing')).toMatch(/^María José Ferriol Aldana/);
  });

  it("finds a name with a particle, and the company's chair as the chair of the firm named before", () => {
    expect(first('/who Inmaculada Roble de Sotillo')).toMatch(/chair of Hilados Serrano/);
  });

  it('finds the acting mayor under a "Mayor Pro Tem" title, asked in chat words', () => {
    expect(first("hey who's gonna be acting mayor while renfrew is off in veloria?")).toMatch(/^Odile Brask/);
  });
});

describe('GIVEN questions asked the way chat asks them', () => {
  it('lists the cities visited, not a museum the programme names after "the"', () => {
    const answer = first('which cities in veloria is the marrowick delegation visiting');
    expect(answer).toMatch(/Cala Alcaz/);
    expect(answer).toMatch(/San Ildo/);
    expect(answer).not.toMatch(/Musee/);
  });

  it('answers what the city pays from "the city\'s share", not from a society named after the city', () => {
    expect(first('how much is the city of marrowick paying for the veloria trip')).toMatch(/^\$31,200/);
  });

  it('reads a question asked the way round ("X is the chief of what board") and answers with the board', () => {
    expect(first('hugo lenz is the chief of what board')).toMatch(/^Norvega Auction Board/);
  });
});

describe('GIVEN questions about an office no one in the story fits', () => {
  it('never answers which mayor someone met with that mayor', () => {
    expect(first('which mayor did renfrew meet in veloria')).not.toMatch(/^Anselm Renfrew/);
  });

  it('keeps a clause that says what the officeholder did: a governor signing a deal is not any governor', () => {
    expect(first('hey who is the governor signing the cold-chain agreement with')).not.toMatch(/^Ruperto Casal Vidal/);
  });
});

describe('GIVEN a question about what a thing does', () => {
  it('answers "what does the agreement add" from the sentence about it, not from anyone\'s words', () => {
    const story = [
      'Mayor Anselm Renfrew and Mayor Elvira Quant will sign a renewed twin-city charter that adds tidal energy and ferry links to the ties between the two towns.',
    ];
    const answer = firstLineOf(botOfStories([meta, story]))('what does the renewed twin city charter add');
    expect(answer).toMatch(/tidal energy and ferry links/);
  });
});

describe('GIVEN a body named "Port of …"', () => {
  it('takes no place from its first word alone', () => {
    const k = knowledgeOf(['Cargo moves through the Port of Marrowick, and Mayor Anselm Renfrew flew to Cala Alcaz.']);
    expect(k.places.has('port')).toBe(false);
    expect(k.places.has('cala alcaz')).toBe(true);
  });
});
