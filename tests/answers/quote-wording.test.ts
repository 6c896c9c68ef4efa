import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// What someone said, asked as people ask it, over an invented article: "what exactly", "word for
// word", a topic the paragraph around the words is about, and someone named by their office.

const bot = botOf([
  'Council member Ada Finch first questioned the trip on May 2, a week after it was announced. She said she will ask for a vote on any trip that costs more than $5,000.',
  '"I am not against handshakes abroad," Finch said. "I am against paying for them while we cut bus routes."',
  "City Auditor Olu Brandt is less sure the city gets its money's worth.",
  '"Eight trips in five years, and no report on any of them," Brandt said.',
]);
const first = firstLineOf(bot);

describe('GIVEN a question about what someone said', () => {
  it('drops "exactly" and "word for word", and finds words on a topic their paragraph is about', () => {
    expect(first('what exactly did Ada Finch say about the trip, word for word?')).toContain('handshakes abroad');
  });

  it('gives their own words, not what the story reports they said, when the words are asked for as said', () => {
    expect(first('what did Ada Finch actually say about the trip, word for word?')).toContain('handshakes abroad');
  });

  it('finds the one person an office names', () => {
    expect(first('what did the auditor say about the trips?')).toContain('Eight trips');
  });

  it('still refuses a topic nobody spoke about', () => {
    expect(bot.handleLine('what did Ada Finch say about the weather?', 'cli').answered).toBe(false);
  });
});
