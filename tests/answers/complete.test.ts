import { describe, expect, it } from 'vitest';
import { seedBot } from '../helpers.ts';

const bot = seedBot();

describe('autocomplete', () => {
  it('offers people best first, by prefix and near spelling, at most 25 of at most 100 characters', () => {
    expect(bot.complete('people', 'han z')[0]!.value).toBe('Han Zheng');
    expect(bot.complete('people', 'Breeed')[0]!.value).toBe('London Breed');
    const all = bot.complete('people', '');
    expect(all[0]!.value).toBe('London Breed'); // most mentioned
    for (const c of all) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(all.length).toBeLessThanOrEqual(25);
  });

  it('offers a quoted topic as typed, and nothing for gibberish', () => {
    expect(bot.complete('people-and-topics', 'energy storage')[0]).toEqual({ name: 'energy storage (quoted topic)', value: 'energy storage' });
    expect(bot.complete('people-and-topics', 'qqqzzz')).toEqual([]);
  });

  it('offers events whose sentence holds the words typed', () => {
    const choices = bot.complete('events', 'Sun Zhiyang');
    expect(choices[0]!.name).toMatch(/^April 16, 2024: When meeting Breed on Tuesday/);
    expect(bot.handleLine(`/when ${choices[0]!.value}`).text).toMatch(/^April 16, 2024/);
  });
});
