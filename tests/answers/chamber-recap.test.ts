import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// A chamber of commerce's newsletter recap of a county's trade mission to Denmark and Sweden (invented
// people and companies): a members' list, a contact line, a signing with the host side, an order and
// an announcement made abroad, asked the way chat asks.

const recap = botOfStories([
  { published: '2026-10-16', source: 'Kessa County Chamber Update' },
  [
    'From Sunday, Oct. 4 through Sunday, Oct. 11, the Kessa County Chamber of Commerce led its first trade mission to Europe, with County Executive Nora Vale at the head of the table. Our group of 12 covered Copenhagen and Aarhus in Denmark, then Malmo in Sweden.',
    'Members who traveled:',
    'Tom Reyes, owner, Reyes Tool Works',
    'Ada Lund, president, Lund Valve Company',
    'Ben Ortiz, vice president, First Kessa Bank',
    'The trip, day by day',
    'On Tuesday we took the train to Aarhus. At its plant in Skejby, just outside Aarhus, Hvid Maskiner announced it will invest $9 million in its first U.S. plant, in Kessa County, creating 40 jobs.',
    'On Thursday morning we crossed to Malmo. By noon Vale and Karin Holm, director of the Skane Trade Office, had signed a cooperation agreement.',
    'On Saturday Ada Lund closed the week’s biggest member deal: Oresund Farm Supply placed a $1.2 million order for irrigation valves from Lund Valve Company.',
    'The mission officially wrapped up on Sunday, when we flew home.',
    'The welcome reception on Monday was co-hosted by the Danish Export Council and the Kessa Port Authority.',
    'Kim Dahl, chief operating officer of the Danish Export Council, said: "Our members want partners who build things, and Kessa builds."',
    'Questions about the mission? Contact Lena Park, International Trade Manager, at lpark@kessachamber.org.',
  ],
]);

const first = (q: string) => recap.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a chamber newsletter’s recap of a trade mission', () => {
  it('answers "who do I reach out to" with the person the contact line names', () => {
    expect(first('who at the chamber do i reach out to w questions about the europe trip')).toMatch(/^Lena Park/);
  });

  it('places an announcement at its venue, not in the county the question names nor in an aside', () => {
    expect(first('where did hvid maskiner make its kessa announcement')).toMatch(/Skejby/);
  });

  it('names the host side’s signer by elimination of the visitor', () => {
    expect(first('who put pen to paper for the swedish side on the malmo cooperation deal')).toMatch(/^Karin Holm/);
  });

  it('lists the cities and the countries visited, never the members, a heading or a continent', () => {
    const cities = first('which cities did nora vale visit');
    expect(cities).toMatch(/Aarhus/);
    expect(cities).toMatch(/Malmo/);
    expect(cities).not.toMatch(/Europe|Reyes|day by day/);
    expect(first('what countries did nora vale visit')).toMatch(/Denmark and Sweden|Sweden and Denmark/);
  });

  it('finds a person by body and title initials, for /who and for /quote on a topic', () => {
    expect(first('/who the danish export council coo')).toMatch(/^Kim Dahl/);
    expect(first('/quote the danish export council coo on partners')).toMatch(/^Kim Dahl/);
  });
});
