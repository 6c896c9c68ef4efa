import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// Questions about someone the story mentions in passing (an invented story about a mayor's trip):
// another person's dated visit, or the bodies that signed, are no answer.

const bot = botOfStories([
  { title: 'Mayor Vela visits Ostara', published: '2024-05-10' },
  [
    'Mayor Ana Vela of Westmark arrived in Ostara on Monday for a five-day visit.',
    'Observers said her visit followed the visit of Trade Secretary Omar Lind to Ostara, and they hoped the momentum would last.',
    'At the forum, the Westmark Chamber of Commerce and the Ostara Business Council signed a memorandum of cooperation.',
  ],
]);
const answer = (q: string) => bot.handleLine(q, 'cli');

describe('GIVEN a person the story names only in passing', () => {
  it('does not date their visit by the main person’s', () => {
    expect(answer('when did Omar Lind visit Ostara?').answered).toBe(false);
    expect(answer("when did Lind visit Ostara, before Vela's visit?").answered).toBe(false);
    expect(answer('when did Ana Vela arrive in Ostara?').text).toMatch(/^May 6, 2024/);
  });
});

describe('GIVEN bodies that signed', () => {
  it('does not answer "who signed for" one of them with the other', () => {
    const a = answer('who signed the memorandum for the Westmark Chamber of Commerce?');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/they name only the bodies that did/);
  });
});
