import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/load.ts';
import { articleText, botOfStories } from '../helpers.ts';

// A trade group's blog page pasted whole (an invented page): a breadcrumb, a share bar, an image in
// markdown, tags, a copyright line and "Related posts" are the page's, not the story's; a list the
// story leads into ("The delegation includes:") is the story's.

const page = [
  'Home › News & Blog › Trade Missions › Ostra 2026, Day 4',
  'Share: Facebook · X · LinkedIn · Email',
  "We are four days into the chamber's trade mission to Ostra.",
  'Yesterday the Port of Dunmore signed a memorandum with the ferry line Mareva Lines.',
  '![Signing in Brel](brel-signing.jpg)',
  'The business delegation includes:',
  '- Port of Dunmore\n- Quill Cold Storage\n- Ash & Keel Logistics\n- and six other member firms',
  'Each business delegate paid a $3,000 fee.',
  'Tags: Trade Missions, Ostra, International Trade',
  '**Related posts**',
  '- Ostra 2026, Day 2: 90 buyers turn out\n- Ostra 2026, Day 1: Wheels down\n- Registration opens for the trade mission to Ostra',
  '© 2026 Dunmore Chamber of Commerce · 12 Harbour Street, Dunmore',
];

describe('GIVEN a blog page with its furniture', () => {
  const article = parseArticle('blog.md', articleText({ published: '2026-06-10' }, page));

  it('keeps the story and the list it leads into, and drops the furniture', () => {
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      "We are four days into the chamber's trade mission to Ostra.",
      'Yesterday the Port of Dunmore signed a memorandum with the ferry line Mareva Lines.',
      'The business delegation includes:',
      'Port of Dunmore',
      'Quill Cold Storage',
      'Ash & Keel Logistics',
      'and six other member firms',
      'Each business delegate paid a $3,000 fee.',
    ]);
  });

  it('answers which companies are in the delegation with the list the story leads into', () => {
    const bot = botOfStories([{ published: '2026-06-10', source: 'Dunmore Chamber of Commerce' }, page]);
    expect(bot.handleLine('which companies are part of the ostra trade delegation', 'cli').text.split('\n')[0]).toBe(
      'Port of Dunmore, Quill Cold Storage, Ash & Keel Logistics and six other member firms.',
    );
  });
});

describe('GIVEN a byline over the page times, two lines of one block', () => {
  it('reads neither as a paragraph, nor the byline as a person', () => {
    const article = parseArticle(
      'byline.md',
      articleText({ published: '2026-06-10' }, [
        'By Ada Reyes, Tribune staff writer\nPublished June 10, 2026 | Updated 6:42 p.m.',
        'The mayor flew home on Sunday.',
      ]),
    );
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The mayor flew home on Sunday.']);
  });
});
