import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/load.ts';
import { extractEvents } from '../../src/knowledge/events.ts';
import { articleText } from '../helpers.ts';

// A boxed sidebar written as a block quote (an invented magazine page): its lines are items, and
// its "Dates:" line is the trip's range, not the heading of a live page's block.

const article = parseArticle(
  'sidebar.md',
  articleText({ published: '2026-02-12' }, [
    'Mayor Ivy Stroud led a 12-member delegation to Ostrel last month.',
    '> **The trip at a glance**\n> - Dates: Saturday, Jan. 17 – Monday, Jan. 26, 2026\n> - Delegation: 12 (4 city staff, 8 business owners)\n> - Agreements signed: 3',
  ]),
);

describe('GIVEN a sidebar in a block quote', () => {
  it('reads each of its lines as a paragraph, without the quote and list marks', () => {
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'Mayor Ivy Stroud led a 12-member delegation to Ostrel last month.',
      'The trip at a glance',
      'Dates: Saturday, Jan. 17 – Monday, Jan. 26, 2026',
      'Delegation: 12 (4 city staff, 8 business owners)',
      'Agreements signed: 3',
    ]);
  });

  it('dates the trip by its "Dates:" line, and dates nothing else by it', () => {
    const events = extractEvents(article).filter((e) => e.date.precision === 'day');
    expect(events.map((e) => [e.date.start, e.date.end, e.sentence.text])).toEqual([
      ['2026-01-17', '2026-01-26', 'Dates: Saturday, Jan. 17 – Monday, Jan. 26, 2026'],
    ]);
  });
});
