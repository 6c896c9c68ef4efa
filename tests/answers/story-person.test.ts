import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// The person a first-person story is about (an invented interview): named in full twice and then
// "I", so the surname is never used alone; asked after by surname, or as "the mayor".

const bot = botOfStories(
  [
    { title: 'Q&A: Mayor Ivy Stroud on her Ostrel trip', source: 'Marlow Monthly' },
    [
      'Mayor Ivy Stroud led a 12-member delegation to Kessa, Dunmore and Port Alva last month, the city\u2019s first mission to Ostrel.',
      'Q: Walk us through the trip.',
      'We spent two days in Kessa and then flew to Dunmore. Oren Vale, who runs trade at the Marlow Chamber, set up the meetings.',
    ],
  ],
  [{ title: 'Port opens a new berth' }, ['The port opened a berth for car carriers on Monday, its director said.']],
);
const first = firstLineOf(bot);

describe('GIVEN a story about one person who is then "I"', () => {
  it('knows her by her surname alone, and reads "cities in Ostrel" as cities', () => {
    expect(first('what cities in Ostrel did Stroud go to?')).toBe('Ivy Stroud went to Kessa, Dunmore and Port Alva.');
  });

  it('takes "the mayor" for the mayor the story is about', () => {
    expect(first('what cities in Ostrel did the mayor go to?')).toBe('Ivy Stroud went to Kessa, Dunmore and Port Alva.');
  });
});
