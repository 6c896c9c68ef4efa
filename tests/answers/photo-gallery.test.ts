import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// An invented photo gallery (published Tuesday 2025-03-18) whose story is told caption by caption, each
// ending in its credit, with who stands where in the picture, a nickname between a name's parts, and
// days told from the caption before.

const meta = { published: '2025-03-18', source: 'Lisvane Evening Post', title: 'In pictures: Mayor Brennan in Aarhus' };
const credit = 'Photo: Ines Varga / Office of the Mayor';
const story = [
  'Mayor Odile Brennan came home to Lisvane on Friday from a week of trade talks in Aarhus.',
  `**1.** Mayor Odile Brennan, center, flies to Aarhus on Monday, March 10, with Trade Director Cornelius "Corky" Maddox, left. ${credit}`,
  `**2.** Maddox, known to everyone at city hall simply as Corky, opens the Lisvane stand at the Aarhus food fair. ${credit}`,
  `**3.** Henrike Solberg, right, chief executive of Nordvik Grain, shows the mayor the company's mill in Aalborg on Tuesday, March 11. ${credit}`,
  `**4.** The next morning, the group took the coastal train from Aalborg to Aarhus. ${credit}`,
  `**5.** Brennan and Solberg sign a two-year grain supply letter in Aarhus on Thursday, March 13. ${credit}`,
  `**7.** Because of a storm at home, Brennan dropped the group\u2019s Saturday stop in Bergen and flew home on Friday instead. ${credit}`,
  `**8.** Brennan will visit Oslo in May to follow up, and a Nordvik Grain team is expected in Lisvane. ${credit}`,
  `**9.** Mayor Odile Brennan, right, with Aarhus Harbor Commissioner Tove Lindahl after the signing. ${credit}`,
  `**6.** The 18 members of the delegation pose at the fair. The trip cost about $96,000, and the city said the bill was paid by the Lisvane Trade Trust, a fund of local firms, not by taxpayers. ${credit}`,
];
const first = firstLineOf(botOfStories([meta, story]));

describe('GIVEN a gallery whose captions are its story', () => {
  it('reads a role set off after where someone stands', () => {
    expect(first('who is the chief executive of nordvik grain')).toMatch(/^Henrike Solberg/);
    expect(first('/who henrike solberg')).not.toMatch(/right/);
    // ("Mayor Brennan, right, with Commissioner Lindahl": what the photo shows next is not her role.)
    expect(first('who is the aarhus harbor commissioner')).toMatch(/^Tove Lindahl/);
  });

  it('counts the delegation a caption counts', () => {
    expect(first('how many people were in the mayor\u2019s delegation to aarhus?')).toMatch(/^18/);
  });

  it('dates "the next morning" from the caption before', () => {
    expect(first('what date did the group take the train to aarhus')).toMatch(/^March 12, 2025/);
  });

  it('knows a nickname between a name\u2019s parts', () => {
    expect(first('who is corky?')).toMatch(/^Cornelius Maddox/);
    expect(first('who\u2019s the guy everyone at city hall calls corky')).toMatch(/^Cornelius Maddox/);
  });

  it('names the payer of "the mayor\u2019s" trip asked in words the gallery never uses', () => {
    expect(first('who footed the bill for the mayor\u2019s nordic junket')).toMatch(/Lisvane Trade Trust/);
  });

  it('lists no stop that was dropped, nor a visit still to come, among the places she went', () => {
    const went = first('which cities did mayor brennan visit');
    expect(went).toMatch(/Aarhus/);
    expect(went).not.toMatch(/Bergen|Oslo/);
  });

  it('reads "teh" as "the"', () => {
    expect(first('who is teh ceo of nordvik grain')).toMatch(/^Henrike Solberg/);
  });
});
