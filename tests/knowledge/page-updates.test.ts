import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/load.ts';
import { articleText, botOfStories, daysIn, firstLineOf } from '../helpers.ts';

// A station's web story published on Thursday 2027-05-06 about a trip to come, updated after it on
// Thursday 2027-05-20 (an invented page): the update is read from its own day, the plan from
// publication, and a schedule told in the present is still to come.

const paragraphs = [
  'By Dana Crill | Published: May 6, 2027 at 5:41 PM | Updated: May 20, 2027 at 8:15 AM',
  'UPDATE (May 20, 2027): Gov. Ilse Varga and the Westmark delegation landed back in Corvo late Wednesday.',
  "In Ostara, Monday's growers' forum drew about 90 buyers.",
  'Gov. Ilse Varga will lead a trade mission to Velmar and Ostara next week, her office said Thursday.',
  'The delegation leaves Corvo on Sunday and is due back Wednesday, May 19.',
  'The group lands in Velmar on Tuesday, May 11. The following morning, the Velmar Millers Guild is scheduled to sign a grain letter. Three days after the Velmar signing, the group flies to Ostara.',
  'A growers’ forum is planned for Monday, May 17, in Ostara.',
];
const meta = { published: '2027-05-06', source: 'WSTM 4 News' };
const article = parseArticle('update.md', articleText(meta, paragraphs));
const daysOf = daysIn(meta, paragraphs);
const dayOf = (words: string) => daysOf(words)[0];

describe('GIVEN a page first published before a trip and updated after it', () => {
  it('keeps the byline and its times out of the story', () => {
    expect(article.paragraphs.some((p) => p.kind === 'story' && p.text.startsWith('By Dana Crill'))).toBe(false);
  });

  it('reads a weekday in the update from the update’s day, not from publication', () => {
    expect(dayOf('landed back in Corvo')).toBe('2027-05-19');
  });

  it('reads a bare weekday before a noun as the day the page gives that noun', () => {
    expect(dayOf("Monday's growers' forum")).toBe('2027-05-17');
  });

  it('reads a schedule told in the present as still to come', () => {
    expect(dayOf('The delegation leaves Corvo on Sunday')).toBe('2027-05-09');
  });

  it('counts "three days after the Velmar signing" from the signing, not from the city’s name', () => {
    expect(dayOf('The following morning')).toBe('2027-05-12');
    expect(dayOf('Three days after the Velmar signing')).toBe('2027-05-15');
  });
});

describe('GIVEN questions about the trip’s ends', () => {
  const bot = botOfStories([
    { published: '2027-05-06', source: 'WSTM 4 News', title: 'Varga to lead Westmark trade mission to Velmar and Ostara' },
    paragraphs,
  ]);
  const first = firstLineOf(bot);

  it('dates the departure from the clause that tells it, though its sentence also tells the return', () => {
    expect(first('when does the westmark delegation fly out of corvo?')).toMatch(/^May 9, 2027/);
  });

  it('dates the return, and says the weekday was read from the update', () => {
    expect(first("what day did varga's group get back to westmark?")).toMatch(/^May 19, 2027 \(“Wednesday”, read from the update of May 20, 2027/);
  });
});
