import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// A state news agency's report on a US governor's week in a Japanese prefecture (invented people and
// companies), and a wire brief on the same trip: the genre's dateline and long titles, asked the way
// chat asks.

const visit = botOfStories(
  [
    { published: '2026-09-18', source: 'Prefectural News Service' },
    [
      'TAKAMATSU, Sept. 18 (PNS) -- Oregon Governor Della Marsh is leading a 30-member Oregon delegation on a visit to Kagawa Prefecture as the two sides mark 35 years of sister-state ties.',
      'The delegation, made up of state officials and farm exporters, arrived in the port city of Takamatsu on Sept. 13.',
      'The visit runs from Sept. 13 to Saturday and has taken the group to the coastal cities of Matsuyama and Kochi.',
      'Kagawa Governor Aoki Hiroshi on Monday met with visiting Oregon Governor Della Marsh, expressing hopes that the visit will further boost economic, scientific and cultural cooperation between the two sides, the agency reported.',
      'Aoki said that over 35 years Kagawa and Oregon have become good partners, and that their cooperation in education, trade and culture has brought real benefits.',
      'An agreement on education exchanges was signed by Sato Mina, director of the Kagawa Board of Education, and Paul Drake, president of Willamette Valley College.',
      'Under the education agreement, colleges in Kagawa and Oregon will send up to 40 students each way every year.',
      'The following day, 150 companies gathered in Takamatsu for a business forum. Nine projects worth about 400 million U.S. dollars were signed, covering seafood, lumber, software and craft beer.',
      'On Thursday, the governor traveled to Imabari and toured the production lines of Kessa Outdoor Gear Co., Ltd., a maker of athletic shoes and rain jackets.',
      'Ren Takeda, chairman of Kessa, said the company plans to invest 90 million U.S. dollars in a factory in Marion County, Oregon, which is expected to create about 300 local jobs.',
      '"Being near our buyers on the West Coast will cut our shipping time in half," Takeda said.',
      'In the afternoon, Marsh visited Kagawa University, where she met 22 high school students from Salem who are spending the summer there.',
      'On Friday evening, the delegation is scheduled to attend a performance of kagura, a form of sacred dance, before flying home.',
    ],
  ],
  [
    { published: '2026-09-17', source: 'Coast Wire' },
    ['Marsh met Ueda Koji, vice mayor of Takamatsu, on Wednesday (Sept. 16) in Takamatsu to discuss ferry links.'],
  ],
);

const first = (q: string) => visit.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a governor’s week in a prefecture told by a news agency', () => {
  it('dates an arrival by the sentence that tells it, not by the dateline, "land in" read as arrive', () => {
    expect(first('when did the oregon group land in takamatsu')).toMatch(/^September 13, 2026/);
  });

  it('lists a city told as "has taken the group to the coastal cities of A and B"', () => {
    expect(first('what cities did marsh’s group go to')).toMatch(/Kochi/);
  });

  it('finds the head of a company asked by its full name where the role names its first word', () => {
    expect(first('who’s in charge over at kessa outdoor gear')).toMatch(/^Ren Takeda/);
  });

  it('reads "go see" as a visit and a sneaker as a shoe', () => {
    expect(first('ok what day did the governor go see the sneaker factory')).toMatch(/^September 17, 2026/);
  });

  it('tells what an agreement provides by the sentence that opens "Under the … agreement,"', () => {
    expect(first('what does the kagawa oregon education deal actually involve')).toMatch(/40 students/);
  });

  it('drops a trailing "anyway" and goes to the show one is "going to"', () => {
    expect(first('what is kagura anyway')).toMatch(/sacred dance/);
    expect(first('when is the kagura show marsh is going to')).toMatch(/^September 18, 2026/);
  });

  it('gives a company’s reason from the quote after the sentence that tells its plan', () => {
    expect(first('why would kessa want to build a factory all the way in oregon')).toMatch(/shipping time/);
  });

  it('counts whom she "bumped into", from back home', () => {
    expect(first('how many teenagers from back home did the governor bump into on the campus')).toMatch(/22/);
  });

  it('lists the fields a participle names after the projects', () => {
    expect(first('what industries did the nine forum projects cover')).toMatch(/lumber/);
  });

  it('does not name a signer for a side the story does not tie to either of them', () => {
    expect(first('who signed the education agreement for the us side')).toMatch(/^The articles do not say/);
  });
});
