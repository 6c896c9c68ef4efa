import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// A council member's newsletter recap, told as "we" (an invented story): the party counted as
// "nine of us", a cost "for the people" that counts no one, and an aside with "since" that gives
// no one's reason.

const bot = botOfStories([
  { published: '2026-05-20', source: 'Dunmore Notes' },
  [
    'From May 9 to May 16, Mayor Orla Brenn led nine of us from Dunmore to our sister town of Varo.',
    'Now the money, since many of you asked. The trip cost $21,300 for the people traveling on city business.',
    'Now the gifts, since many of you asked. The Sister Town Association paid $3,100 for the gifts and the dinner.',
  ],
]);
const first = firstLineOf(bot);

describe('GIVEN a recap that counts its party as "nine of us"', () => {
  it('counts the writer’s party when asked how many people went', () => {
    expect(first('how many people went on the mayor’s trip?')).toMatch(/^Nine people/);
  });

  it('never gives an amount of money as a number of people', () => {
    expect(first('how many people did the trip cost the city for?')).not.toMatch(/\$/);
  });

  it('does not take the writer’s aside ("since many of you asked") as someone’s reason', () => {
    expect(first('why did the sister town association think this trip was worth it')).not.toMatch(/since many of you asked/);
  });
});

describe('GIVEN hosts introduced by a role the sentence sets off or opens with', () => {
  const hosts = botOfStories([
    { published: '2026-05-20', source: 'Dunmore Notes' },
    [
      'The following morning we toured Varo Harbour with its chief executive, Pia Lund, who walked us along the new quay. She and Osric Dane signed a two-page letter of intent.',
      'At the University of Kessel, Vice-Chancellor Professor Ines Roe and Dr. Ada Halm of Dunmore Technical College signed a memorandum on training technicians. Roe called it "a small paper with a long reach."',
      'Halm said the college has 90 students in its marine program and nowhere for them to practise.',
    ],
  ]);
  const who = (q: string) => hosts.handleLine(q, 'cli').text.split('\n')[0]!;

  it('reads "with its chief executive, Pia Lund," as the chief executive of the body the sentence named before', () => {
    expect(who('/who Pia Lund')).toBe('Pia Lund: chief executive of Varo Harbour.');
  });

  it('reads "She and Osric Dane signed" as the one the sentence before named last, and Dane', () => {
    expect(who('who signed the letter of intent?')).toMatch(/^Pia Lund and Osric Dane signed/);
  });

  it('leaves the form of address out of a title, and takes the body the sentence opens with', () => {
    expect(who('/who Ines Roe')).toBe('Ines Roe: Vice-Chancellor of the University of Kessel.');
  });

  it('does not give the signing itself as the reason someone wanted it', () => {
    expect(who('why did the technical college want a deal with the university in kessel')).not.toMatch(/signed a memorandum/);
  });
});
