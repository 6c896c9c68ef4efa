import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// An invented host city's news release in the English of an official portal: officials named after
// their office, with forms of address in a row before the name ("H.E. Mr. H.", "Prof. Dr.") and
// degrees after it ("S.H.", "M.Si."), as such releases write them.

const meta = { published: '2025-09-12', source: 'Kelora City News' };
const story = [
  'KELORA – Twelve visitors from Wexcombe Harbor, Maine, spent Thursday, 11 September 2025, in Kelora.',
  'At the city hall, the Mayor of Kelora, Dr. Ir. H. Arif Setyo, M.T., gave a lunch for them.',
  'A letter of intent on lecturer exchange was put in place, signed by the Chancellor of Kelora Raya University (KRU), Prof. Dr. Laras Wening, and by Dr. Silas Tregowan of Wexcombe Harbor College.',
  'Deals worth USD 2.1 million were recorded at the forum, said the Chairman of Kelora Traders Union, Mr. H. Jon Pettibrook, M.Si.',
  'The Governor of Tanah Barat, H.E. Mr. H. Rudi Hamzah, S.H., attended the evening meal as well.',
  'Also in the group was Wexcombe Harbor City Council Member Mr. Cyrus Lanford, who chairs its ports committee.',
];
const first = firstLineOf(botOfStories([meta, story]));

describe('GIVEN officials named after their office, with forms of address and degrees', () => {
  it('reads the name after several forms of address, and its office of a body', () => {
    expect(first('/who the chancellor of kelora raya university')).toMatch(/^Laras Wening/);
    expect(first('/who the mayor of kelora')).toMatch(/^Arif Setyo/);
  });

  it('takes the words after "Chairman of" for the body, not a name, when a name with its address follows', () => {
    expect(first('/who jon pettibrook')).toMatch(/^Jon Pettibrook: Chairman of Kelora Traders Union/);
  });

  it('answers who signed with the names after "by", the office before a name being that person, and "and by" the next signer', () => {
    expect(first('who signed the letter of intent')).toMatch(/^Laras Wening and Silas Tregowan\b/);
  });

  it('reads a title before "Mr." and the name after it', () => {
    expect(first('/who cyrus lanford')).toMatch(/^Cyrus Lanford: Wexcombe Harbor City Council Member/);
  });

  it('answers who "showed up" at an event from the sentence that says they attended it', () => {
    expect(first('which governor showed up at the evening meal')).toMatch(/^Rudi Hamzah/);
  });
});
