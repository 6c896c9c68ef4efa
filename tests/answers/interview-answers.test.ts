import { describe, expect, it } from 'vitest';
import { botOfStories, daysIn, firstLineOf } from '../helpers.ts';

// An invented borough paper's edited Q&A, published on Thursday 2025-11-06, with an official home
// from a trip abroad: a headline that names her by surname, a reporter's byline, "Q:" and "A:"
// paragraphs in which she speaks as "I" and "we", days told from one another, costs and payers.

const meta = { published: '2025-11-06', source: 'Kelby Borough Record', title: 'Q&A: Varga on the Norland trip, a fish deal and who paid' };
const story = [
  'By Nils Arbo | narbo@kelbyrecord.example',
  'Kelby Borough President Elin Varga came home on Monday from a week-long mission to Norland. The delegation of 14 left Kelby on October 27: Varga, two aides and 11 business owners.',
  'The conversation below was condensed.',
  'Q: Why Norland, of all places?',
  'A: Three things. The first is fish. Norland’s packers sell most of their catch through ports far from us, and our cold docks sit empty half the year.',
  'Q: Tell me about the trip, day by day.',
  'A: We landed in Ostmark on Tuesday, October 28. On our second day in Norland we drove to Fjellby to meet Ola Brekke, the chief executive of Brekke Seafood. That afternoon Ola and our port director signed a letter of intent: Brekke would ship 4,000 tonnes a year through Kelby, starting with the March 2026 season.',
  'A: On Friday, October 31, Fjellby Mayor Siv Dahl and I signed a friendship pact. Siv said something I kept: "A port is only as busy as its friends."',
  'A: The day before we flew home, our team met Ida Vang, head of Norsk Blade Repair.',
  'Q: Council member Arne Solberg, who voted against the trip budget, told the Record, "That is a lot of money for a photo." What do you say?',
  'A: Intent letters are a start, not a photo.',
  'Q: Are you going back?',
  'A: Next year I would like to bring a group of students to Ostmark. We have not picked dates.',
  'Q: What did it cost?',
  'A: The borough paid $21,400 for me and my two aides, and the harbor board paid $8,000 toward its director. So the public portion came to $29,400. The dinner after the signing cost $3,100, and the chamber paid for that too. That is why the $2.6 million dock upgrade matters.',
];
const first = firstLineOf(botOfStories([meta, story]));
const days = daysIn(meta, story);

describe('GIVEN an edited Q&A whose answers speak as the one interviewed', () => {
  it('takes the person its headline names by surname for the story’s, with a county office as a title', () => {
    expect(first('/who elin varga')).toMatch(/^Elin Varga: Kelby Borough President/);
    expect(first('when did varga sign the friendship pact')).toMatch(/^October 31, 2025/);
  });

  it('answers why with the reply to the interviewer’s "why", going on past a reply that announces its reasons', () => {
    expect(first('why did varga pick norland for a trade mission')).toMatch(/^Three things\. The first is fish\./);
  });

  it('answers who "slammed the price tag" with the one the story tells voting against it, in an interviewer’s question', () => {
    expect(first("which council member slammed the price tag of varga's trip")).toMatch(/^Arne Solberg/);
  });

  it('quotes a mayor asked for by office in a /quote question', () => {
    expect(first('/quote what did the fjellby mayor say about ports')).toMatch(/only as busy as its friends/);
  });
});

describe('GIVEN days told from one another', () => {
  it('counts "our second day in Norland" from the landing, and "that afternoon" from it, past a season named later', () => {
    expect(days('On our second day in Norland')).toEqual(['2025-10-29']);
    expect(first('when was the letter of intent with brekke signed')).toMatch(/^October 29, 2025/);
  });

  it('answers where with the place the sentence before went to, for "That afternoon they signed …"', () => {
    expect(first('where did they sign the letter of intent with brekke')).toMatch(/^In Fjellby/);
  });

  it('gives no date for a trip wished for "next year" whose dates are not picked', () => {
    expect(first("when is varga's student trip to ostmark")).toMatch(/^I found no date/);
  });

  it('counts "the day before we flew home" from the day the story told the return', () => {
    expect(days('The day before we flew home')).toEqual(['2025-11-02']);
  });
});

describe('GIVEN counts and costs told in passing', () => {
  it('counts "the delegation of 14" as people, not the aides named after it', () => {
    expect(first('how many people went on the kelby trip to norland')).toMatch(/^14 people/);
  });

  it('answers who paid for a party with the payer of the dinner, "paid for that too"', () => {
    expect(first('who picked up the tab for the party after the signing')).toMatch(/^The chamber/);
  });

  it('answers what the trip cost the public with the public portion, and what an upgrade will cost with its price', () => {
    expect(first('how much did the trip cost the public')).toMatch(/^\$29,400/);
    expect(first("what's the dock upgrade going to cost")).toMatch(/^\$2\.6 million/);
  });
});
