import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// An invented story (published 2025-11-14) in which a town's name begins a company's name, a governor
// holds an office of the "Northern" province while a company plans its first "North American" plant,
// and the founders of a partnership are named in a clause about them, decades before.

const bot = botOfStories([
  { title: 'Pellam ferry pact renewed', published: '2025-11-14', source: 'Coastline Courier' },
  [
    'Pellam Town Mayor Lise Ovang met Governor Anko Brask of the Northern Province on Monday.',
    'Vossel Coaches, a Flemish builder of electric coaches, wants its first North American plant in Pellam.',
    'The Pellam Ferry Company will add a second boat next spring.',
    'On Tuesday Ovang and Brask signed a renewed friendship charter.',
    'The charter honours Eda Lorne and Piet Saar, the two mayors who signed the first charter in 1978.',
  ],
]);
const first = (q: string) => bot.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a company named after a town, and an office of a province', () => {
  it('does not take the town\u2019s mayor for the head of a company whose name begins with the town', () => {
    expect(bot.handleLine('who runs the Pellam Ferry Company?', 'cli').answered).toBe(false);
  });

  it('does not take "North American" for the "Northern Province"', () => {
    expect(first('who is in charge at the flemish company that wants to build coaches in pellam?')).not.toMatch(/Brask/);
  });
});

describe('GIVEN a decade asked for', () => {
  it('answers only from what the articles date to that decade', () => {
    expect(first('which two mayors put their names on the charter back in the 70s?')).not.toMatch(/Ovang/);
    expect(first('which two mayors put their names on the first charter back in the 70s?')).toMatch(/^Eda Lorne and Piet Saar/);
  });
});
