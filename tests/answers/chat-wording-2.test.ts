import { describe, expect, it } from 'vitest';
import { botOf, seedBot, firstLineOf } from '../helpers.ts';
import { dropOpeners, plainWords } from '../../src/answers/normalize.ts';

// More chat wording over an invented article: "day one", "how big", "OK" as a verb, a name typed
// half in capitals, a misspelt word that is in WordNet but not in the articles, a capitalised title
// in an appositive, and a bare weekday told in the week the story has reached.

const bot = botOf([
  'Mayor Odile Fenwick came home last month from a week in Norland with a delegation of state officials and 9 shop owners.',
  'The 27-member delegation landed in Brask on Monday, March 4, and flew home on Saturday, March 9.',
  'In Brask on the first day, Fenwick met Ka Lun Tesh, Deputy Minister of Trade of the Norland Republic.',
  'On Wednesday, March 6, the group toured the port of Velle.',
  'In Ostrava on Thursday, the group visited a cable plant.',
  'Average pay at the new depot is projected at $52,000 a year.',
  'Fenwick, speaking to reporters on Monday, called the trip a success.',
]);
// Published 2024-04-17 by the test helper; 2024-03-04 was a Monday.
const first = firstLineOf(bot);

describe('GIVEN more chat wording THEN it is read as plainly asked', () => {
  it('spells out "day one", "how big", "OK" and chat words', () => {
    expect(plainWords('who did she meet on day one')).toBe('who did she meet on the first day');
    expect(plainWords("how big was the mayor's delegation")).toBe("how many members was in the mayor's delegation");
    expect(plainWords('did the council OK the budget')).toBe('did the council approve the budget');
    expect(plainWords('when did the council ok the budget')).toBe('when did the council approve the budget');
    expect(plainWords('ok the budget is set')).toBe('ok the budget is set');
    expect(dropOpeners("quick q: who's the mayor of Brask")).toBe("who's the mayor of Brask");
    expect(plainWords('wats the avg pay gonna be')).toBe('what is the average pay going to be');
  });

  it('answers them from the article', () => {
    expect(first('who did the mayor meet on day one in brask?')).toContain('Tesh');
    expect(first('how big was the delegation?')).toContain('27');
    expect(first('how many shop owners went along?')).toContain('9');
    expect(first('who is ka Lun Tesh')).toContain('Deputy Minister of Trade');
    // "salry" is no article word; it is an English one, whose synonym "pay" the article uses.
    expect(first('wats the avg salry at the new depot gonna be')).toContain('52,000');
  });

  it('reads a bare weekday in the week the story has reached, and a later one from publication', () => {
    expect(first('when was the group in Ostrava?')).toContain('March 7');
    expect(first('what date did Fenwick speak to reporters?')).toContain('April 15');
  });
});

describe('GIVEN "who did she meet …" THEN she is never the answer', () => {
  it('refuses rather than name the one "she" stands for, and answers where the articles tell', () => {
    const seeds = seedBot();
    const beijing = seeds.handleLine('who did she meet in Beijing?', 'cli');
    expect(beijing.text.split('\n')[0]).not.toMatch(/^London Breed/);
    expect(seeds.handleLine('who did she meet in Shanghai?', 'cli').text.split('\n')[0]).toContain('Gong Zheng');
  });
});

describe('GIVEN a place the dated sentence does not name THEN the whole trip is no answer', () => {
  it('says the articles give no date for the visit there, and shows the trip as the nearest fact', () => {
    const a = seedBot().handleLine('/when Breed visit Shenzhen', 'cli');
    expect(a.answered).toBe(false);
    expect(a.text).toMatch(/no date for that in Shenzhen\. The nearest dated fact: April 14, 2024 to April 21, 2024/);
    expect(seedBot().handleLine('/when Breed visit China', 'cli').answered).toBe(true);
  });
});
