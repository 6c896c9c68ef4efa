import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// An invented live blog of a council meeting (published Thursday 2027-06-10) that sets out the vote as
// "Voting yes: …" and "Voting no: …", with the word for the members before their names, and a chat
// question typed "whos running" after an opener.

const bot = botOfStories([
  { title: 'LIVE: Tarrow council votes on the Ostmark harbor pact', published: '2027-06-10', source: 'Tarrow Dispatch' },
  [
    '9:05 p.m. The pact passes 3-2. Voting yes: Council President Ida Brevik and members Olav Sundt and Mira Kessel. Voting no: Rune Falk and Tove Lind.',
    '8:40 p.m. Public comment ends. Harbor chief executive Aske Morland says the pact means steadier work at the docks.',
  ],
]);
const first = (q: string) => bot.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a vote set out as "Voting yes:" and "Voting no:"', () => {
  it('answers who voted yes with every name, without the word for the members', () => {
    const yes = first('which council members voted yes on the harbor pact');
    for (const name of ['Ida Brevik', 'Olav Sundt', 'Mira Kessel']) expect(yes).toContain(name);
    expect(yes).not.toMatch(/members Olav/);
  });

  it('answers who voted no', () => {
    expect(first('who voted no on the pact')).toMatch(/^Rune Falk and Tove Lind/);
  });
});

describe('GIVEN "whos running" typed after an opener', () => {
  it('reads it as who runs the body', () => {
    expect(first('quick q whos running the harbor')).toMatch(/^Aske Morland/);
  });
});
