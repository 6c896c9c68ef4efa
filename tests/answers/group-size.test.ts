import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// A group's size, as a report states it ("the 26-member delegation"), against a sentence nearer the
// question's words that counts only a part of it ("three members of her staff").

const bot = botOf([
  'The 26-member delegation left Corlan on Monday, March 4.',
  'It included Mayor Ida Fenwick, three members of her staff and 22 business leaders.',
]);
const first = firstLineOf(bot);

describe('GIVEN a delegation of a stated size', () => {
  it('answers its size when asked with a broader word', () => {
    expect(first('how big was the group Fenwick took?')).toMatch(/^26 members/);
    expect(first("how many people were in Fenwick's delegation?")).toMatch(/^26 members/);
  });

  it('still counts a part when the part is asked for', () => {
    expect(first('how many business leaders went with Fenwick?')).toMatch(/^22 business leaders/);
  });
});
