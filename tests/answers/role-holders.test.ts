import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// Who runs a body, asked by its full name (invented people and places).

describe('GIVEN a city and its chamber of commerce, only the city’s head named', () => {
  const bot = botOfStories([
    { published: '2026-03-02', source: 'Arden Ledger' },
    [
      'Lise Varn, mayor of Arden Falls, led a delegation to Kessa this week.',
      'The Arden Falls Chamber of Commerce signed a memorandum with the Kessa business council.',
    ],
  ]);

  it('does not take the city’s mayor for the head of the chamber that bears its name', () => {
    const answer = bot.handleLine('who runs the Arden Falls Chamber of Commerce?', 'cli').text.split('\n')[0]!;
    expect(answer).not.toMatch(/Varn/);
    expect(answer).toMatch(/^The articles do not say/);
  });
});

describe('GIVEN more holders of one role than a chat answer can list', () => {
  const names = Array.from({ length: 25 }, (_, i) => `${String.fromCharCode(65 + i)}ara Vell${String.fromCharCode(97 + i)}`);
  const bot = botOfStories(
    ...names.map(
      (name, i) =>
        [
          { published: `2026-03-${String(i + 1).padStart(2, '0')}`, source: `Outlet ${i}` },
          [`${name}, director of the Kessa Port Authority, spoke on Monday.`],
        ] as [{ published: string; source: string }, string[]],
    ),
  );

  it('names the first twenty and counts the rest', () => {
    const answer = bot.handleLine('who runs the Kessa Port Authority?', 'cli');
    expect(answer.text.split('\n')[0]).toMatch(/ and 5 others\.$/);
    expect(answer.citations.length).toBe(20);
  });
});
