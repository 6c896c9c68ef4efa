import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf, knowledgeOf } from '../helpers.ts';

// Names written with a mark no letter composes with (Yoruba's "Ọ̀": O with a dot below, then a grave
// accent that NFC leaves apart): the mark is part of the name, in the places found and in answers.

const story = [
  'Mayor Kemi Adaeze of Brackmoor signed a twin-state pact on Tuesday in Ẹ̀rìn-Ọ̀sà, the state capital, with Gov. Tàíwò Ọ̀sọ́.',
  'The two sides will start with a joint seed trial next spring.',
];

describe('GIVEN a place name with a combining mark', () => {
  it('keeps the whole name as a place', () => {
    expect([...knowledgeOf(story).places.values()]).toContain('Ẹ̀rìn-Ọ̀sà');
  });

  it('answers where with the whole name, not the part before the mark', () => {
    const first = firstLineOf(botOf(story));
    expect(first('where did adaeze sign the twin-state pact')).toMatch(/Ẹ̀rìn-Ọ̀sà/);
    expect(first('where did they sign the twin state pact')).toMatch(/Ẹ̀rìn-Ọ̀sà/);
  });
});
