import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn } from '../helpers.ts';
import { findMakingVerb } from '../../src/answers/extract.ts';

// A public radio station's edited interview transcript (invented people, companies and towns): the
// facts told in the first person of the guest's lines, or in the host's questions.

const transcript = botOfStories([
  { published: '2025-10-16', source: 'Arden Public Radio' },
  [
    'Arden Mayor Lise Varn got back from Norvania on Sunday after leading a 28-member delegation to Tarvik and Kessa.',
    'NORA HALE: Walk us through the trip.',
    'LISE VARN: We flew out on Oct. 4. On Monday, Oct. 6, we held a roundtable in Tarvik with about 50 companies. The next day we toured the Kessatide boatyard outside the city, and on Wednesday, Oct. 8, Kessatide signed a letter of intent with us.',
    'NORA HALE: Tell us about Kessatide.',
    'LISE VARN: Kessatide builds electric workboats and small ferries. Their chief executive, Oskar Vell, told me they want to be closer to buyers. The letter says they will put $20 million into a plant in Arden and hire 120 people.',
    'LISE VARN: Dana Orr runs the Port of Arden, and on Friday she signed a memorandum with Pia Holm, the director of the Kessa port authority. It covers a cold cargo route between the two ports, exchanges so our crane crews and theirs can train together, and sharing what each port learns about shore power.',
    'NORA HALE: How much did this cost taxpayers?',
    'LISE VARN: The city paid $31,500, which covered airfare and hotels for me and two staff. The port paid about $20,000 for its four people. And the Arden Trade Chamber covered the interpreters and a reception in Tarvik, about $9,000.',
    'NORA HALE: Councilmember Tom Brask has called the trip, and I am quoting his newsletter, "a costly postcard."',
    'LISE VARN: Tom is entitled to his postcard.',
    'LISE VARN: And Mia Lund, who owns Harbor Coffee, came back with a contract to buy 18 tons of beans a year from a growers’ cooperative.',
    'NORA HALE: We spoke with her too. She said, "For ten years I bought from a broker. Now I know the family whose coffee I sell."',
    'LISE VARN: That is the whole trip in two sentences.',
    'NORA HALE: What happens next?',
    'LISE VARN: Kessatide’s engineers are coming in November to look at both sites.',
  ],
]);

const first = (q: string) => transcript.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a radio interview’s transcript', () => {
  it('names who called it so without the host’s speaker label in the first line', () => {
    const answer = first('who called the trip a costly postcard?');
    expect(answer).toMatch(/Brask/);
    expect(answer).not.toMatch(/NORA HALE/);
  });

  it('counts "18 tons of beans" when tons of beans are asked', () => {
    expect(first('how many tons of beans a year is mia lund buying')).toMatch(/^18 tons/);
  });

  it('counts the jobs a sentence that says "they will … hire 120 people" gives', () => {
    expect(first('how many jobs is kessatide promising arden')).toMatch(/120/);
  });

  it('finds the chief executive that "Their chief executive" names, and not whoever runs another body', () => {
    const answer = first('/who runs Kessatide');
    expect(answer).toMatch(/Oskar Vell/);
    expect(answer).not.toMatch(/Dana Orr/);
  });

  it('dates "the next day" from the day before it, not from a date in the clause after it', () => {
    expect(first('which date did they tour the kessatide boatyard')).toMatch(/^October 7, 2025/);
  });

  it('gives what the city paid as what the trip cost the city', () => {
    expect(first('how much did the norvania trip cost the city of arden')).toMatch(/^\$31,500\.$/);
  });

  it('tells what a payer paid for, not how much, when asked what it paid for', () => {
    expect(first('what did the arden trade chamber pay for?')).toMatch(/interpreters/);
  });

  it('reads "what did X say Y wil invest" as how much Y will invest', () => {
    expect(first('wat did mayor varn say kessatide wil invest')).toMatch(/^\$20 million/);
  });

  it('names the one signed with as a signer too', () => {
    const answer = first('who signed the port memorandum in kessa?');
    expect(answer).toMatch(/Dana Orr/);
    expect(answer).toMatch(/Pia Holm/);
  });

  it('gives every item of what the memorandum covers', () => {
    const answer = first('what does the port of arden memorandum cover');
    expect(answer).toMatch(/cold cargo route/);
    expect(answer).toMatch(/shore power/);
  });

  it('gives a quote the host reads out to the one the lines before named', () => {
    expect(first('/quote Mia Lund')).toMatch(/broker/);
  });

  it('tells what a company makes, not what its engineers do', () => {
    expect(first('what does kessatide make')).toMatch(/workboats/);
    // ("engineers" after a possessive is a noun, no verb of making.)
    expect(findMakingVerb('Kessatide’s engineers are coming in November to look at both sites.', 'make')).toBeUndefined();
  });
});

const post = botOfStories([
  { published: '2026-10-14', source: 'Arden Blog — Reta Kowal' },
  [
    'I am back in Arden, and I promised a few of you a full write-up.',
    'I run Kessa Grain Company, a small mill. I went on the governor’s trade mission to Norvania with 20 other business owners.',
    'I spent about $8,400 of my own money on the trip. I signed a supply deal in Tarvik.',
  ],
]);

describe('GIVEN a first-person post whose source names its writer', () => {
  it('knows the writer by the name the source gives', () => {
    expect(post.handleLine('how much did reta kowal spend on the trip', 'cli').text.split('\n')[0]).toMatch(/8,400/);
  });
});

describe('GIVEN a sum put into a plant in a sentence that names the company by a pronoun', () => {
  const bot = botOfStories([
    { published: '2025-10-16', source: 'Arden Public Radio' },
    [
      'NORA HALE: Cities our size rarely invest in shipyards. Tell us about Norvik Marine.',
      'LISE VARN: Norvik Marine builds ferries. They want to be closer to buyers. The letter says they will put $20 million into a plant and hire 120 people.',
      'NORA HALE: And Norvik Marine’s engineers?',
      'LISE VARN: Norvik Marine’s engineers are coming in November.',
    ],
  ]);
  it('reads "put $20 million into" as what it will invest', () => {
    expect(bot.handleLine('how much will norvik marine invest', 'cli').text.split('\n')[0]).toMatch(/^\$20 million/);
  });
});

describe('GIVEN a diary whose day opens a sentence in the past', () => {
  it('dates "Wednesday was the day many of us will remember" in the week told, not a week on', () => {
    const days = daysIn({ published: '2026-05-22' }, [
      'On Tuesday, May 12, we took the train south to Kessa.',
      'Wednesday was the day many of us will remember. Arden Marine said it will build a plant.',
    ]);
    expect(days('Wednesday was')).toEqual(['2026-05-13']);
  });
});
