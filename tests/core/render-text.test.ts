import { describe, expect, it } from 'vitest';
import { citationKey, citationLabel, citationPlace, citationUrl, clip } from '../../src/core/render-text.ts';
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
