import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn, firstLineOf } from '../helpers.ts';

// An invented guest column, published on Sunday 2025-07-20 under a mayor's byline, a week after a
// trip abroad: told in the first person ("I", "we", "our"), days counted from each other and from
// the return, a bio line at the end, and a correction of a figure.

const meta = { published: '2025-07-20', source: 'Kestwick Point Gazette' };
const story = [
  'Opinion | Guest Column',
  'By Mayor Anselm Wren',
  'Seven days ago, after eight days away, my team and I landed at Kestwick Point again. I owe you an account of it, figures included.',
  'On Saturday, July 5, sixteen of us left Kestwick Point: two from City Hall and fourteen growers and shippers. Our aim was simple. Norvania buys more cold-stored pears than any country in the region, and none of them come through our harbor.',
  'We spent Monday, July 7, in Dunmere. We met Oskar Vahl, Norvania’s deputy minister of transport, for talks on a second freight route north.',
  'The Dunmere talks came a day after I addressed the Northern Ports Forum.',
  'A day after our meeting in Dunmere, we drove south to Brennick. On Thursday, July 10, Mayor Ilse Marrow of Brennick and I signed a friendship pact in the town hall.',
  'At Sollund, the port nearest Brennick, our harbor master, Greta Emsley, signed a memorandum on a weekly ferry service.',
  'On the final morning we toured the Brennick Technical School, where its director, Anton Weiss, and Dr. Mara Lindell, president of Kestwick Point College, signed an apprentice exchange: 18 apprentices a year.',
  'The morning after we landed, the growers’ co-op sent us a draft shipping plan.',
  'Anselm Wren has been mayor of Kestwick Point since 2019.',
  'Correction: A previous version of this column misstated the size of the exchange as 30 apprentices a year. It is 18.',
];
const bot = botOfStories([meta, story]);
const first = firstLineOf(bot);
const days = daysIn(meta, story);

describe('GIVEN a column its byline says a mayor wrote in the first person', () => {
  it('takes "I" and "we" for the writer: whom they met, and when they signed', () => {
    expect(first('who did wren meet in dunmere')).toMatch(/^Oskar Vahl/);
    expect(first('who did the kestwick point mayor meet with in dunmere')).toMatch(/^Oskar Vahl/);
    expect(first('when did wren sign the friendship pact')).toMatch(/^July 10, 2025/);
  });

  it('finds the mayor of a place by the bio line, not the president of a college named after it', () => {
    expect(first('/who the kestwick point mayor')).toMatch(/^Anselm Wren/);
  });

  it('answers why the writer went with the aim the sentence after "Our aim was simple." tells', () => {
    expect(first('why did wren go to norvania in the first place')).toMatch(/^Norvania buys more cold-stored pears/);
  });

  it('lists everything the story says was signed when asked "what all got signed"', () => {
    expect(first('what all got signed on the norvania trip')).toMatch(/friendship pact.*memorandum.*apprentice exchange/);
  });

  it('counts "sixteen of us" as the people on the trip', () => {
    expect(first('how many ppl went on the trip with the mayor')).toMatch(/^Sixteen people/i);
  });
});

describe('GIVEN days told from other days of the trip', () => {
  it('counts from the day the story dated the event named after "after": a meeting, a landing', () => {
    expect(days('we drove south')).toContain('2025-07-08');
    expect(days('The morning after we landed')).toEqual(['2025-07-14']);
    expect(first('wehn did the group drive south to brennick')).toMatch(/^July 8, 2025/);
  });

  it('dates what followed "came a day after" the day before the event the story had dated', () => {
    expect(days('addressed the Northern Ports Forum')).toEqual(['2025-07-06']);
  });

  it('reads "after eight days away" as a length of time, not a day', () => {
    expect(days('eight days away')).toEqual(['2025-07-13']);
  });
});

describe('GIVEN places, people and figures told in passing', () => {
  it('takes a name its apposition calls a port for a place', () => {
    expect(first('where was the ferry memorandum signed')).toMatch(/Sollund/);
  });

  it('reads the director set off after "where its director"', () => {
    expect(first('who is the director of the brennick technical school')).toMatch(/^Anton Weiss/);
  });

  it('answers a count with the corrected figure, not the one the correction withdrew', () => {
    expect(first('how many apprentices a year does the exchange cover')).toMatch(/^18 apprentices/);
  });
});
