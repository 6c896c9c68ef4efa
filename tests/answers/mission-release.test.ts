import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/corpus/load.ts';
import { articleText, botOfStories, seedBot, seedsWith, firstLineOf } from '../helpers.ts';

// A trade office's release the week after a governor's trade mission (an invented story): the
// agreements as a bulleted list of long items, a provost named by a title no list holds, the
// delegation's companies and stops, a quote signed "said Gov. Hallgren", a sum in the sentence after
// the one that names the company, a lease's length, and a media contact card at the foot.

const story = [
  'LAKEPORT, West Brenner – Gov. Tamsin Hallgren returned to West Brenner on Saturday from a six-day trade mission to Finland that produced two signed agreements, the Brenner Trade Office announced today.',
  'The mission made stops in Helsinki and Tampere, then flew to Oulu on Friday. Nineteen West Brenner companies joined the delegation, with staff of the state university.',
  'After the office’s 2019 mission to Japan, firms reported $5 million in new sales.',
  'Vantaa Grid Oy, a maker of transformer housings for wind farms, announced on Wednesday that it will open a plant on the Kelmsport waterfront. The company plans to invest $88 million in the site.',
  'The port granted the company a 25-year lease of the former rail yard.',
  'Agreements signed',
  [
    '- On Tuesday in Helsinki, Trade Office Director Ruben Castell and Kaisa Lehtonen, head of the Finnish Grid Cluster, signed a memorandum on supply chains and shared market research for the first three years of the partnership.',
    '- On Thursday in Tampere, State University Provost Imani Roberts and Jussi Koskinen, rector of Tampere Polytechnic, signed a four-year agreement on battery research. It lets up to 9 graduate students a year study at the other school.',
  ].join('\n'),
  '"A month ago nobody here knew the name Vantaa Grid," said Gov. Hallgren. "Showing up in person is how deals get done."',
  'Ruben Castell said the office chose Finland because of its lead in grid equipment.',
  'Mara Quist, deputy director of the trade office, said more firms would sign up next year.',
  'Companies in the delegation included Marlow Pumps, Brightwell Glassworks and Tidewater Analytics.',
  'Media contact',
  ['Greta Sorvik', 'Director of Communications', 'Brenner Trade Office', '(555) 010-2020'].join('\n'),
];
const meta = { published: '2025-05-20', source: 'Brenner Trade Office' };
const bot = botOfStories([meta, story]);
const first = firstLineOf(bot);

describe('GIVEN a release whose agreements are a bulleted list of long items', () => {
  it('keeps each item a paragraph of its own', () => {
    const dir = seedsWith({ 'release.md': articleText(meta, story) }, false);
    const paragraphs = loadArticles(dir).articles[0]!.paragraphs.map((p) => p.text);
    expect(paragraphs.some((p) => p.startsWith('On Thursday in Tampere'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('partnership.') && p.includes('Tampere'))).toBe(false);
  });

  it('names both signers of the agreement asked about, the provost by a title WordNet knows', () => {
    expect(first('who signed the battery research agreement in tampere')).toMatch(/Imani Roberts.*Jussi Koskinen/);
    expect(first('/who Imani Roberts')).toMatch(/Provost/);
  });

  it('reads a span that modifies the thing asked about', () => {
    expect(first('how long is the lease the port is giving the finnish cable firm')).toMatch(/^25 years/);
  });

  it('reads a chat abbreviation and a count in another sentence of the story', () => {
    expect(first('how many grad students can go back and forth each year under the battery deal')).toMatch(/9 graduate students/);
  });
});

describe('GIVEN the delegation told as a whole', () => {
  it('counts the companies that went', () => {
    expect(first('how many companies traveled to finland')).toMatch(/^Nineteen /);
  });

  it('lists the stops the delegation made, not the home it returned to nor a trip of another year', () => {
    const stops = first('which finnish cities did the delegation visit');
    for (const city of ['Helsinki', 'Tampere', 'Oulu']) expect(stops).toContain(city);
    expect(stops).not.toMatch(/West Brenner|Kelmsport|Japan/);
  });

  it('lists the companies named as members of the delegation', () => {
    expect(first('name some of the companies that traveled with governor hallgren')).toMatch(/^Marlow Pumps, Brightwell Glassworks and Tidewater Analytics/);
  });
});

describe('GIVEN a company, a place and a governor the release speaks of', () => {
  it("answers why a place chose from its official's reason", () => {
    expect(first('why did west brenner pick finland')).toMatch(/lead in grid equipment/);
  });

  it('answers what a company makes from "a maker of"', () => {
    expect(first('what does vantaa grid make')).toMatch(/^Transformer housings/);
  });

  it('finds a sum in the sentence that goes on about the company', () => {
    expect(first('how much is vantaa grid investing in kelmsport')).toMatch(/^\$88 million/);
  });

  it('attributes a quote signed "said Gov. Hallgren"', () => {
    expect(first('/quote hallgren')).toMatch(/nobody here knew the name/);
    expect(first('/quote hallgren on showing up in person')).toMatch(/how deals get done/);
  });

  it('names a body given by a common noun ("the trade office") by the full name the story gives it', () => {
    expect(first('/who Mara Quist')).toMatch(/^Mara Quist: deputy director of the Brenner Trade Office/);
  });

  it('reads the media contact card', () => {
    expect(first("who's the press contact for the release")).toMatch(/^Greta Sorvik: Director of Communications, Brenner Trade Office/);
  });
});

describe('GIVEN the seed articles', () => {
  const seeds = seedBot();
  const ask = (q: string) => seeds.handleLine(q, 'cli').text.split('\n')[0]!;

  it('answers "who runs X, the Y company" by the body named', () => {
    expect(ask('who runs joyu, the tourism company?')).toMatch(/^Zou Qingling/);
  });

  it('reads "her visit, according to Breed" as her own account', () => {
    expect(ask('according to breed, what was the point of her china visit')).toMatch(/consensus reached at the San Francisco summit/);
  });

  it('finds a person described by where they are from', () => {
    expect(ask('who is jon grub from the bay area councel')).toMatch(/^John Grubb: chief operating officer/);
  });
});
