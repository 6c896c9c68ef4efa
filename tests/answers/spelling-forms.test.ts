import { describe, expect, it } from 'vitest';
import { correctSpelling } from '../../src/answers/normalize.ts';
import { createBot } from '../../src/core/bot.ts';
import { firstLineOf, knowledgeOf } from '../helpers.ts';

// GIVEN articles whose rare words lie one letter away from a question's words (a name "Wen", the
// noun "name"), WHEN a chat question is corrected against them, THEN a function word with two letters
// swapped and an irregular verb are read as what they are.
const r = knowledgeOf(['Wen Tao gave his name to the new games hall on Friday.', 'The name of the hall was chosen by vote.']).retriever;

describe('correcting a question against the words of the articles', () => {
  it('reads "wehn" as "when", before a rare name of the articles one edit away', () => {
    expect(correctSpelling('wehn did the hall open', r)).toBe('when did the hall open');
  });

  it('keeps an irregular form of an English verb ("came", "flew") that WordNet lists only by its base', () => {
    expect(correctSpelling('who came with the mayor', r)).toBe('who came with the mayor');
  });
});

describe('chat spellings of question words and of a title', () => {
  const mayors = knowledgeOf(['Mayor Ilse Varga of Dunmere met port officials on Friday.', 'The mayor of Dunmere thanked them.']);

  it('reads "hoo" as "who" and "mayer" as "mayor": a surname WordNet knows as one person is no English word', () => {
    expect(correctSpelling('hoo is the mayer of dunmere', mayors.retriever)).toBe('hoo is the mayor of dunmere');
    expect(firstLineOf(createBot({ knowledge: mayors }))('hoo is the mayer of dunmere')).toMatch(/^Ilse Varga/);
  });
});
