import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// Two invented stories: a paper's report of a mayor's trip whose company is introduced by an
// appositive ("Norvik Tiles, a Malmö maker of …") and quoted as saying something "makes it real",
// and a governor's office's notice whose delegation is counted in a fact box and in a line-up list.

const trip = [
  'In Malmö, Norvik Tiles, a Swedish maker of recycled-glass floor tiles, said it would open a plant in the Eastfield industrial park and hire 70 people.',
  'Vendela Berg, Norvik Tiles’ chief executive, said the signed lease was "the thing that makes it real."',
  'Solberg Pumps, a Gothenburg manufacturer of ship pumps, met the mayor on Friday.',
  'The delegation of 23 business and civic leaders returned on Sunday.',
];
const notice = [
  'The governor will lead a trade mission to Sweden next month.',
  'By the numbers',
  ['- 12: members of the delegation, among them two legislators', '- 3: cities on the itinerary', '- 5: days abroad'].join('\n'),
  'The delegation will include:',
  ['- Office of the Governor: 2', '- Department of Commerce: 3', '- 7 representatives of 5 Harlow companies'].join('\n'),
];
const bot = botOfStories(
  [{ published: '2025-05-12', source: 'Eastfield Post' }, trip],
  [{ published: '2025-08-04', source: 'Office of the Governor of Harlow', title: 'Governor to lead Sweden mission' }, notice],
);
const first = firstLineOf(bot);

describe('GIVEN a company introduced by an appositive', () => {
  it('answers what it makes from "a maker of", not from a quote that "makes it real"', () => {
    expect(first('what does norvik tiles make')).toMatch(/^Recycled-glass floor tiles/);
  });

  it('answers where it is based from the place before what it is', () => {
    expect(first('where is solberg pumps based')).toMatch(/Gothenburg/);
  });

  it('counts a delegation told as "the delegation of 23 … leaders"', () => {
    expect(first('how many people were in the eastfield delegation')).toMatch(/^23 business and civic leaders/);
  });
});

describe('GIVEN two stories of delegations', () => {
  it('does not pick one for a question that names neither', () => {
    expect(first('which cities did the delegation stop in over there')).toMatch(/^The articles do not say/);
  });
});

describe('GIVEN a delegation counted in a fact box and a line-up list', () => {
  it('reads "12: members of the delegation" as the size of the group', () => {
    expect(first('how big was the delegation to sweden')).toMatch(/^12 members/);
  });

  it('counts the companies from the list that says who goes', () => {
    expect(first('how many companies are going on the sweden mission')).toMatch(/^5 Harlow companies/);
  });
});
