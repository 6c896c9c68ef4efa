import { describe, expect, it } from 'vitest';
import { citationKey, citationLabel, citationPlace, citationUrl, clip, quoteMarks, splitText } from '../../src/core/render-text.ts';
import { citation } from '../../test-support/fakes/chat.ts';

// What every renderer writes of a citation the same way: where it stands, and when two are the same.

describe('citations as every renderer writes them', () => {
  it('GIVEN a story paragraph or a photo caption THEN its place, in words or with the platform mark', () => {
    const story = citation(3);
    const caption = { ...citation(1), caption: true };
    expect([citationPlace(story), citationPlace(story, '¶'), citationPlace(caption), citationPlace(caption, '¶')]).toEqual([
      `paragraph ${story.paragraph}`,
      `¶ ${story.paragraph}`,
      `photo caption ${caption.paragraph}`,
      `photo caption ${caption.paragraph}`,
    ]);
    expect(citationLabel(story)).toBe(`${story.source}, “${story.title}”, ${story.published}, paragraph ${story.paragraph}`);
  });

  it('GIVEN the same excerpt at the same place THEN the same key; a caption or another excerpt THEN another', () => {
    const c = citation(2);
    expect(citationKey({ ...c })).toBe(citationKey(c));
    expect(citationKey({ ...c, caption: true })).not.toBe(citationKey(c));
    expect(citationKey({ ...c, excerpt: 'Other words.' })).not.toBe(citationKey(c));
  });

  it('GIVEN an article address THEN a link only when it is http or https', () => {
    const c = citation(1);
    expect(citationUrl({ ...c, url: 'https://news.example/a' })).toBe('https://news.example/a');
    expect(citationUrl({ ...c, url: 'http://news.example/a' })).toBe('http://news.example/a');
    expect([citationUrl({ ...c, url: 'javascript:alert(1)' }), citationUrl({ ...c, url: undefined })]).toEqual([undefined, undefined]);
  });
});

describe('text cut to a platform limit', () => {
  it('GIVEN text longer than the limit THEN cut with an ellipsis within it; shorter THEN unchanged; no room THEN nothing', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abc', 0)).toBe('');
  });
});

describe('text as every renderer quotes and splits it', () => {
  it('GIVEN an excerpt THEN it is quoted, unless it opens with a quotation mark of its own', () => {
    expect(quoteMarks('She said so.')).toEqual(['“', '”']);
    expect(quoteMarks('“We are back,” she said.')).toEqual(['', '']);
    expect(quoteMarks('"We are back," she said.')).toEqual(['', '']);
  });

  it('GIVEN text longer than a block THEN pieces cut at a line break, else a word break, in the second half of each piece', () => {
    expect(splitText('  short  ', 10)).toEqual(['short']);
    expect(splitText('one two\nthree four five', 12)).toEqual(['one two', 'three four', 'five']);
    expect(splitText('one\ntwo three', 12)).toEqual(['one\ntwo', 'three']);
  });

  it('GIVEN no break in the second half THEN the cut is at the limit, or earlier where the platform says', () => {
    expect(splitText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    // Slack's: never inside "&amp;".
    const beforeEscape = (rest: string, max: number) =>
      rest.indexOf('&') >= 0 && rest.indexOf('&') < max && rest.indexOf(';') >= max ? rest.indexOf('&') : max;
    expect(splitText('abcdef&amp;ghi', 8, beforeEscape)).toEqual(['abcdef', '&amp;ghi']);
  });
});
