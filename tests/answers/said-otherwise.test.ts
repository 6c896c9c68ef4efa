import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// An invented business story (published Monday 2027-05-10) that counts in other nouns than a reader
// asks with ("employees" for "workers"), and a trip told day by day whose span is given only in a box
// of facts under the story, after "On our last day".

const bot = botOfStories(
  [
    { title: 'Quarry town signs with Ostmark Glass', published: '2027-05-10', source: 'Fellbrook Ledger' },
    [
      'Mayor Ines Rautio returned from a trade visit to Ostmark on Saturday.',
      'The glass maker Ostmark Glass will build a finishing line at the old Fellbrook quarry.',
      'In Ostmark the delegation also signed a three-year harbor pact.',
      'Rautio said the two towns would swap nurses each spring under the pact. "Nurses make the best envoys," Rautio said.',
      'Plant manager Tore Ekdal said the line means 40 new employees at the quarry site.',
      '"We toured three cities in five days," Rautio said. On our final day we visited the Halvik harbor office, which wants a shipping link.',
      'Whether the city leases more of the quarry is still open. The planning board takes it up on June 8, Rautio said.',
      '### At a glance',
      '- The visit ran from May 3 to May 7, 2027, with a delegation of nine.',
      '- The planning board is to discuss a larger quarry lease in June.',
      '*Correction, May 12, 2027: This story first put the city\u2019s share of the visit at $21,000. City invoices show it was $27,000.*',
    ],
  ],
  [
    { title: 'Fellbrook and Ostmark sign for sand', published: '2027-05-11', source: 'Fellbrook Ledger' },
    [
      'The quarry cooperative Fellbrook Sands signed a two-year supply contract with the Ostmark importer Brask Mining on Tuesday.',
      'Fellbrook port director Tomas Vell went along.',
      'LUNVIK: The harbor board signed a berth lease with Brask Mining that afternoon. Tomas signed it for us.',
      'Ada Lunvik signed for Fellbrook Sands \u2014 everyone at the quarry calls her Addie \u2014 and Piet Oranje, Brask Mining\u2019s purchasing director, signed for his company.',
    ],
  ],
);
const first = (q: string) => bot.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a count told with another noun than the question\u2019s', () => {
  it('answers "how many workers" with the employees the sentence counts', () => {
    expect(first('how many workers will the glass line bring to the quarry site')).toMatch(/^40 new employees/);
  });

  it('still refuses a count of something the story never counts', () => {
    expect(bot.handleLine('how many trucks will the glass line need at the quarry site', 'cli').answered).toBe(false);
  });
});

describe('GIVEN each signer\u2019s side told as "for his company"', () => {
  it('answers who signed for a body with the signer whose role names it, not with the other body', () => {
    const who = first('who signed the sand contract on behalf of brask mining');
    expect(who).toMatch(/^Piet Oranje/);
    expect(who).not.toMatch(/Fellbrook Sands signed/);
  });
});

describe('GIVEN reported speech followed by the speaker\u2019s own words on the same topic', () => {
  it('quotes the words themselves first', () => {
    expect(first('/quote rautio on the nurse swap')).toMatch(/Nurses make the best envoys/);
  });
});

describe('GIVEN a span told of one thing', () => {
  it('answers how long a thing lasts by its phrase\u2019s head, and no other thing\u2019s span for one never told', () => {
    expect(first('how long is the sand supply contract')).toMatch(/^Two years/i);
    expect(bot.handleLine('how long was the flight to Ostmark', 'cli').answered).toBe(false);
  });
});

describe('GIVEN a month in a box of facts and the day in the story', () => {
  it('answers what date with the day the story gives within that month', () => {
    expect(first('what date does the planning board discuss the bigger quarry lease')).toMatch(/^June 8, 2027/);
  });
});

describe('GIVEN a correction note that gives the figure anew in a sentence of its own', () => {
  it('answers with the figure the note puts right, not the one it withdraws', () => {
    const cost = first('how much was the city\u2019s share of the visit');
    expect(cost).toMatch(/^\$27,000/);
  });
});

describe('GIVEN a speaker who says who "signed it for us"', () => {
  it('answers who signed for a side with the signer whose own role names it', () => {
    expect(first('who put pen to paper on the berth lease for the fellbrook side')).toMatch(/^Tomas Vell/);
  });
});

describe('GIVEN a signer named with no title, then by a nickname', () => {
  it('answers "who is" the nickname with the full name and what the story says of her', () => {
    expect(first('who is addie')).toMatch(/^Ada Lunvik\b/);
  });
});

describe('GIVEN "on our final day" before the box that gives the trip\u2019s span', () => {
  it('dates the last day by the span\u2019s end, not by the day before publication', () => {
    expect(first('when did they visit the Halvik harbor office?')).toMatch(/^May 7, 2027/);
  });
});
