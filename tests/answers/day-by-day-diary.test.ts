import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn, firstLineOf } from '../helpers.ts';

// A port commissioner's blog of a governor's mission to Ostrova (an invented story), written after
// the trip: days under numbered headings, some with their date and some with none, a date alone as a
// heading, the writer in the first person with no byline, and a closing section after the last day.

const story = [
  "I'm Ilsa Mallory, and I sit on the Harrowgate Port Commission. Last month I travelled with Governor Cass Ferrand's delegation to Ostrova, and I promised a plain account of it.",
  '## Day 1 - Saturday, May 9',
  'We gathered at the airport before dawn and changed planes twice.',
  '## Day 2 - Sunday, May 10',
  'We landed in Tolvik in the afternoon. I managed two words of the language and was thanked for trying.',
  '## Day 3',
  'All morning we toured Vantrell Precision in Tolvik, a family-owned maker of marine pumps.',
  "Over dinner the company's president, Noemi Dunstan, announced that Vantrell will build a pump works in Harrowgate, with 90 jobs.",
  '## Day 4',
  'The next morning, on a quay overlooking Tolvik Harbour, the Port of Harrowgate and Kelso Terminal Company signed a memorandum to study a night freight lane.',
  'At lunch with pump exporters I told the room, "Harrowgate answers on the first ring."',
  'Otis Quarrie, the executive director of the Port of Harrowgate, was blunter. "A memorandum is a promise on paper," he told me afterward.',
  '## Wednesday, May 13',
  'We moved to Brisa. The governor picked the slow coastal train, not the express, because it cost half as much.',
  'In Brisa we slept at a harbour guesthouse rather than the large convention hotel.',
  '## Day 6',
  'Brisa and Harrowgate became sister ports in 1992, and at the town hall we renewed the compact.',
  'Governor Ferrand signed for Harrowgate. Deputy Mayor Ruta Kelsey signed for Brisa, since the mayor of Brisa was abroad that week.',
  '"Thirty years ago we traded letters," Kelsey said. "Today we trade cargo."',
  'Governor Ferrand answered: "We came to trade, and this is what I will keep."',
  '## Final thoughts',
  'The exchange is the piece I am surest about, and it cost the least.',
];
const meta = { published: '2026-06-02', source: 'Harbour Notes' };
const daysOf = daysIn(meta, story);
const first = firstLineOf(botOfStories([meta, story]));

describe('GIVEN a diary whose days stand under numbered headings', () => {
  it('keeps a date alone as the heading of its day, and dates what follows by it', () => {
    expect(daysOf('We moved to Brisa')).toEqual(['2026-05-13']);
  });

  it('counts an undated "Day 3" and "Day 6" from the dated days before them', () => {
    expect(daysOf('toured Vantrell Precision')).toEqual(['2026-05-11']);
    expect(first('when did vantrell announce the harrowgate pump works')).toMatch(/^May 11, 2026/);
    expect(first('/when was the sister port compact with brisa renewed')).toMatch(/^May 14, 2026/);
  });

  it('reads "The next morning" opening a numbered day as that day', () => {
    expect(daysOf('night freight lane')).toEqual(['2026-05-12']);
  });

  // (A guard: the closing section's words are no day's.)
  it('dates nothing after the closing section by the last day', () => {
    expect(daysOf('the piece I am surest about')).toEqual([]);
  });
});

describe('GIVEN a writer who names themself, and people told by their role', () => {
  it("quotes the writer's own words, and someone who answered", () => {
    expect(first('/quote what did mallory tell the exporters at lunch')).toMatch(/^Ilsa Mallory said: “Harrowgate answers/);
    expect(first('what did governor ferrand say')).toMatch(/^Cass Ferrand said: “We came to trade/);
  });

  it('finds the firm\'s president after "Over dinner", by the firm the story called one', () => {
    expect(first('who is noemi dunstan')).toMatch(/^Noemi Dunstan: president of Vantrell Precision/);
  });

  it('holds a bare title for the place its holder signed for', () => {
    expect(first('who is the brisa deputy mayor')).toMatch(/^Ruta Kelsey/);
    expect(first('what did the brisa deputy mayor say at the signing ceremony')).toMatch(/^Ruta Kelsey said: “Thirty years ago/);
    expect(first('who signed for brisa when the sister port compact was renewed')).toMatch(/^Ruta Kelsey/);
  });

  it('reads "the port boss" and "liken … to"', () => {
    expect(first('what did the port boss liken a memo to')).toMatch(/^Otis Quarrie said: “A memorandum is a promise on paper/);
  });
});

describe('GIVEN places and choices told in passing', () => {
  it('gives the venue set off before the signing', () => {
    expect(first('where was the port of harrowgate memo signed')).toMatch(/^On a quay overlooking Tolvik Harbour/);
  });

  it('answers why one was chosen, asked with the one passed over', () => {
    expect(first('why did they take the ordinary coastal train to brisa and not the fast one')).toMatch(/cost half as much/);
  });

  it('gives no answer about one place from what is told of another', () => {
    expect(first('what hotel did the group sleep at in tolvik')).toMatch(/^The articles do not say/);
  });
});
