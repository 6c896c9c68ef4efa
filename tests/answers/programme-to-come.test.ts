import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles } from '../../src/corpus/load.ts';
import { articleText, botOfStories, daysIn, seedsWith, firstLineOf } from '../helpers.ts';

// A paper's report of a council vote, published on Wednesday 2025-06-11 (an invented story): the
// trip it paid for is told day by day, still to come, partly in the present ("comes Thursday",
// "Friday's schedule includes"), and the page ends with a "Most read" list.

const story = [
  "The council voted 5-2 late Tuesday to pay for the mayor's trip, clearing the way for the group to leave this weekend.",
  'The itinerary',
  'The delegation leaves Sunday. It will land in Lyon on Monday, where the mayor is scheduled to meet farm-equipment buyers.',
  'The centerpiece of the trip comes Thursday with the signing of a new twinning pact.',
  "Friday's schedule includes a tour of the river port. The delegation will be back in Orrin Falls the following Monday.",
];
const meta = { published: '2025-06-11', source: 'Orrin Falls Gazette' };
const daysOf = daysIn(meta, story);
const bot = botOfStories([meta, story]);
const first = firstLineOf(bot);

describe('GIVEN a trip told day by day before it starts', () => {
  it('reads "this weekend" in a midweek report as the weekend to come', () => {
    expect(daysOf('leave this weekend')).toEqual(['2025-06-10', '2025-06-14']);
  });

  it('reads a weekday told in the present after a day to come as the next such day', () => {
    expect(daysOf('centerpiece of the trip')).toEqual(['2025-06-19']);
    expect(daysOf("Friday's schedule")).toEqual(['2025-06-20']);
    expect(first('when is the twinning pact signing')).toMatch(/^June 19, 2025/);
  });

  it('reads "will be back in" as the return', () => {
    expect(first("when is the mayor's group back home")).toMatch(/^June 23, 2025/);
  });
});

describe('GIVEN a "Most read" list at the foot of the page', () => {
  it('keeps its lines out of the story', () => {
    const dir = seedsWith(
      {
        'gazette.md': articleText(meta, [
          'The council voted late Tuesday to pay for the trip.',
          'Most read',
          '1. Library opens Thursday evening hours\n2. Bridge repairs pushed to spring\n3. School board delays vote',
        ]),
      },
      false,
    );
    const { articles } = loadArticles(dir);
    const text = articles.flatMap((a) => a.paragraphs.map((p) => p.text)).join('\n');
    expect(text).toContain('The council voted');
    expect(text).not.toMatch(/Library opens|Most read/);
    expect(readFileSync(join(dir, 'gazette.md'), 'utf8')).toContain('Library opens');
  });
});
