import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/load.ts';
import { extractEvents } from '../../src/knowledge/events.ts';
import { articleText } from '../helpers.ts';

// A wire digest, published two weeks after a trip, that dates the touchdown and tells every later day
// from it (an invented story): "That Monday" is the Monday after the Sunday touchdown, "the party's
// fourth day" counts from the touchdown, and "The next morning" follows the day told before it, not a
// deadline named later in its own sentence.

const article = parseArticle(
  'digest.md',
  articleText({ published: '2026-03-25' }, [
    'TAMSWORTH (PNS) — A harbor board chair is back from Indonesia with a twin-port pact and a grain accord.',
    'Chair Ysolde Quillfeather took 18 people to Indonesia; the party landed in Surabaya on Sunday, March 8.',
    'That Monday, Quillfeather and Bayu Ostergaard, head of the Surabaya port authority, signed a twin-port memorandum.',
    "On the party's fourth day, everyone boarded a ferry for Bali, where Pemberwick Foods ordered 40 tonnes of dried squid.",
    'The party flew to Jakarta the following day. The next morning, on the terrace of the hotel, Quillfeather and Wulan Velliran signed a grain accord that commits Velliran Mills to six cargoes by the close of June 2027. That afternoon the party toured a flour mill.',
  ]),
);
const dayOf = (phrase: string) => extractEvents(article).find((e) => e.phrase.includes(phrase))?.date.start;

describe('GIVEN a digest that tells the trip from the day it landed', () => {
  it('reads "That Monday" as the Monday after the touchdown, not the Monday before publication', () => {
    expect(dayOf('Monday')).toBe('2026-03-09');
  });

  it('counts "the party\'s fourth day" from the touchdown when no departure is dated', () => {
    expect(dayOf('fourth day')).toBe('2026-03-11');
  });

  it('reads "the following day" and "The next morning" on from the day before, not from a deadline later in the sentence', () => {
    expect(dayOf('the following day')).toBe('2026-03-12');
    expect(dayOf('The next morning')).toBe('2026-03-13');
  });
});

describe('GIVEN a deadline told in a past sentence', () => {
  it('does not move the story on to the deadline: "That afternoon" is still the day of the signing', () => {
    expect(dayOf('That afternoon')).toBe('2026-03-13');
  });
});

// A trade group's bulletin (invented) whose opening letter names a wrap-up session "on the 3rd" above a
// recap told under a heading for each city, and which names a board meeting to come in passing.
const bulletin = parseArticle(
  'bulletin.md',
  articleText({ published: '2026-05-20' }, [
    '## A word from the chair',
    'Friends, the wrap-up session is on the 3rd; bring your order sheets.',
    '## Getting there',
    'Fourteen members left Fenmarsh on Saturday, April 11, and reached Lima the next night.',
    '## Lima: seed trials',
    'That Wednesday, the state farm bureau and the Zandvoort Millers Union signed a memorandum on seed trials.',
    '## Arequipa: our own memorandum',
    'We flew to Arequipa on Thursday. Two days after the Lima ceremony, our group signed a memorandum with the Brisbeck Traders Union.',
    'A shared warehouse is still unsettled; the directors consider it at their July 7 session.',
    '## Cusco: the last leg',
    'On Sunday the governor and six delegates went on to Cusco; everyone else flew back.',
  ]),
);
const bulletinDay = (phrase: string, sentence: string) =>
  extractEvents(bulletin).find((e) => e.phrase.includes(phrase) && e.sentence.text.includes(sentence))?.date.start;

describe('GIVEN a bulletin recap told city by city under headings', () => {
  it('reads "That Wednesday" from the days the recap has reached, not from a Wednesday named in the letter above', () => {
    expect(bulletinDay('Wednesday', 'Zandvoort')).toBe('2026-04-15');
  });

  it('reads "Two days after the Lima ceremony" from the signing told under the Lima heading', () => {
    expect(bulletinDay('Two days after', 'Brisbeck')).toBe('2026-04-17');
  });

  it('goes on with the trip under a new heading, past a meeting to come named in passing', () => {
    expect(bulletinDay('Thursday', 'flew to Arequipa')).toBe('2026-04-16');
    expect(bulletinDay('Sunday', 'went on to Cusco')).toBe('2026-04-19');
  });
});
