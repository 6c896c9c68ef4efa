import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// A fact told over two sentences, the second going on about the first's thing with "It": the
// question that asks what the thing does is answered by the second.

const bot = botOf([
  'On Tuesday in Varn, Mayor Ida Fenwick and Governor Tobin Aster signed a friendship and cooperation pact at the city hall.',
  'It commits the two cities to exchanges in ferry design, tourism and flood control.',
]);
const first = firstLineOf(bot);

describe('GIVEN a pact told over two sentences', () => {
  it('reads "what does X have them do" as a question about X, answered by the sentence that goes on', () => {
    const answer = first('what does the Varn pact have the two cities cooperate on?');
    for (const field of ['ferry design', 'tourism', 'flood control']) expect(answer).toContain(field);
  });
});
