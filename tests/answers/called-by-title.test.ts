import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// People a story later calls only by a title (an invented TV web story): "the union president"
// after "Curtis Vale, president of Marlow Transit Workers Local 12"; a question that goes on about
// them ("…, the one who went along to Kessa").

const bot = botOf([
  'Curtis Vale, president of Marlow Transit Workers Local 12, was not invited on the trip.',
  'Council President Ada Moss said the council will vote on Nov. 4.',
  'Lorraine Penn, CEO of the Port of Marlow, traveled with the mayor to Kessa.',
  'Local 12 held a rally outside City Hall on Thursday. The union president called the trip "a junket with a press release attached."',
]);
const first = firstLineOf(bot);

describe('GIVEN people a story later calls by title', () => {
  it('finds "the union president" by the body the paragraphs around the phrase name', () => {
    expect(first('who is the union president who trashed the mayor\u2019s trip?')).toBe('Curtis Vale, president of Marlow Transit Workers Local 12.');
  });

  it('reads a role asked with ", the one who …" after it', () => {
    expect(first("who's the port's CEO, the one who went along to Kessa?")).toBe('Lorraine Penn, CEO of the Port of Marlow.');
  });
});
