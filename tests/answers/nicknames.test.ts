import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// Nicknames an article gives after a description of the person, and a chat user asking after them
// (an invented story about a harbor town's trade trip).

const bot = botOfStories([
  { title: 'Tamsworth traders back from Norway', source: 'Fenmarsh Gazette', published: '2026-02-10' },
  [
    'The mayor pointed to Odell Pemberwick, owner of Saltmarsh Cold Storage, known up and down the quay as "Icebox." He said he would hire 20 people.',
    'The biggest order came from Marit Quillfeather of Quillfeather Dairy, who sits on the chamber board and whom the whole market calls "Duchess." She sold 40 tonnes of cheese.',
    'Lowell "Bud" Ostergaard, the chamber president, planned the trip.',
  ],
]);
const first = (q: string) => bot.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a nickname given after a description of the person', () => {
  it('answers who the nickname is, whether "known as" or "whom everyone calls" gives it', () => {
    expect(first('ok so who is icebox')).toMatch(/^Odell Pemberwick/);
    expect(first('who is duchess')).toMatch(/^Marit Quillfeather/);
  });
});

describe('GIVEN a chat user asking after "this X guy on the trip"', () => {
  it('answers with the person the nickname names', () => {
    expect(first('who is this bud guy on the norway trip')).toMatch(/^Lowell Ostergaard/);
  });
});

describe('GIVEN a company named like a family', () => {
  it('does not take "Quillfeather Dairy" for a person', () => {
    expect(first('/who quillfeather dairy')).not.toMatch(/^Quillfeather Dairy:/);
  });
});

describe('GIVEN a chat user calling the delegation a crew', () => {
  const recap = botOfStories([
    { title: 'Pemberwick chamber back from Peru', source: 'Tamsworth Ledger', published: '2026-03-02' },
    ['A 17-member delegation from the Pemberwick chamber spent a week in Lima and Cusco.', 'The chamber said 9 of the members run farms.'],
  ]);
  it('counts the crew as the delegation', () => {
    expect(recap.handleLine('how big was the pemberwick crew that went to peru', 'cli').text).toMatch(/^17 members/);
  });
});
