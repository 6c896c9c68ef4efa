import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// An invented guest column (published Friday 2025-06-20) in which a council member argues in the first
// person against a mayor's trip to Korea: its byline names the writer, the trip's two ends share one
// sentence, a weekday is told as "that Thursday" with no Thursday before it, the mayor is "the mayor"
// beside her spokesman and a mayor of years ago, and the writer's own stand is in her own voice.

const meta = { published: '2025-06-20', source: 'Bellmoor Post', title: 'Guest column: What did the Busan trip buy us?' };
const story = [
  'By Odalys Fenwright-Pike',
  'Mayor Tamsin Okoro flew out on Sunday, May 25, and came back on Monday, June 2, from a week in Seoul and Busan.',
  'Her staff made a scouting visit to Seoul three weeks before she left, at a cost of $9,800.',
  'At a dinner with shipping executives in Busan that Thursday, the mayor said the trip would bring "400 jobs within two years."',
  'The mayor\u2019s spokesman, Dario Lentz, told me the dinner cost nothing to the city.',
  'The third paper, a short letter from Hanbit Wire Systems, was given to us the day after the college signing, while our group toured the company\u2019s plant in Ulsan.',
  'The second paper is an exchange signed by Bellmoor Technical College provost Ruth Aldana. It will send 8 students each way each year.',
  'In 2011, then-Mayor Carl Brixley came home from Seoul promising a ferry terminal. The port let the plan lapse in 2014 and sold the land.',
  'The delegation included 12 business owners, each covering their own fare.',
  'Mina Cho, chief executive of the Haeundae Hotel Group, hosted the delegation on its last night.',
  '"Visitors from Bellmoor now stay a week instead of a weekend," Cho said.',
  'I will vote no on the trade office, and I call on the council to demand a full accounting first.',
  'Councilmember Odalys Fenwright-Pike represents Ward 2 on the Bellmoor council.',
];
const first = firstLineOf(botOfStories([meta, story]));

describe('GIVEN a first-person guest column against a mayor\u2019s trip', () => {
  it('names the writer of the column from its byline', () => {
    expect(first('who wrote that opinion piece about the busan trip')).toMatch(/^Odalys Fenwright-Pike/);
  });

  it('counts from the day the departure verb tells, in a sentence that also gives the return', () => {
    expect(first('what date did the staff make the scouting visit to seoul')).toMatch(/^May 4, 2025/);
  });

  it('dates "that Thursday" inside the trip when no Thursday was told before', () => {
    expect(first('when was the busan dinner where okoro promised 400 jobs')).toMatch(/^May 29, 2025/);
  });

  it('reads "date … ?" as "what date", and "got face time with" as met', () => {
    expect(first('date okoro came back from korea?')).toMatch(/^June 2, 2025/);
  });

  it('places a plant the delegation toured a few words after the verb', () => {
    expect(first('where\u2019s the hanbit factory the group toured')).toMatch(/^In Ulsan/);
  });

  it('counts a rate asked with its noun ("students a year")', () => {
    expect(first('how many students a year go each direction under the college deal')).toMatch(/^8 students/);
  });

  it('knows a mayor of years ago and a provost set before their names', () => {
    expect(first('/who carl brixley')).toMatch(/Carl Brixley/);
    expect(first('/who carl brixley')).not.toMatch(/^The articles do not/);
    expect(first('who is the provost of bellmoor technical college')).toMatch(/^Ruth Aldana/);
  });

  it('tells what came of an old promise, how big a group of one kind was, and a source asked after the question', () => {
    expect(first('whatever happened to the ferry terminal from the 2011 trip')).toMatch(/lapse/);
    expect(first('how big was the business group on the mayor\u2019s trip')).toMatch(/^12 business owners/);
    expect(first('per the haeundae hotel group ceo, how are bellmoor visitors changing')).toMatch(/^Mina Cho said: .*stay a week/);
  });

  it('gives the writer\u2019s own stand when asked what the council member wants', () => {
    expect(first('what does the council member actually want')).toMatch(/call on the council/);
    expect(first('who is the council member')).toMatch(/^Odalys Fenwright-Pike/);
  });
});
