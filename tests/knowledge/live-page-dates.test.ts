import { describe, expect, it } from 'vitest';
import { botOf, knowledgeOf, firstLineOf } from '../helpers.ts';

// A live-updates page (published Wednesday 2024-04-17 by the test helper): each update's heading
// dates its block, weekdays in a block are read from that day, and what a block tells as done with
// no date of its own happened on it. Invented names throughout.

const page = [
  'Where things stand: Mayor Ines Calloway signed a port pact with Mayor Ruud Ansel on Wednesday.',
  '**Update, Wednesday 8:10 p.m.**',
  'The signing ceremony at Velm City Hall ran long.',
  '"We came to build," Calloway said.',
  '**Update, Tuesday 1:20 p.m.**',
  'The delegation is scheduled to tour the Corra mill, about an hour north of Velm, on Thursday.',
  'The delegation reached Velm this afternoon.',
  "Council member Paul Drey questioned the trip on March 28, two days after the mayor's office announced it.",
  'He said he will bring a travel resolution to the council on April 24.',
  '## Original post, Sunday, April 14',
  'The group will spend Monday in Harl, then travel to Velm.',
];
const bot = botOf(page);
const first = firstLineOf(bot);

describe('GIVEN a live-updates page', () => {
  it('drops the markdown around a heading', () => {
    const texts = knowledgeOf(page).articles[0]!.paragraphs.map((p) => p.text);
    expect(texts).toContain('Update, Wednesday 8:10 p.m.');
    expect(texts).toContain('Original post, Sunday, April 14');
  });

  it('reads weekdays in a block from its heading, forward for what is planned', () => {
    expect(first('when will the delegation spend time in Harl?')).toContain('April 15');
    expect(first('when is the delegation touring the Corra mill?')).toContain('April 18');
  });

  it('dates what a block tells as done with no date of its own by its heading', () => {
    expect(first('when did the signing ceremony at Velm City Hall run long?')).toContain('April 17');
  });

  it('dates the clause after "two days after" from the date the sentence gives', () => {
    expect(first("when did the mayor's office announce the trip?")).toContain('March 26');
  });

  it('reads "He" as the one person the sentence before names', () => {
    expect(first('when will Drey bring his travel resolution to the council?')).toContain('April 24');
  });
});

describe('GIVEN a programme of days to come with a past day named in between', () => {
  const programme = botOf([
    'On 18 April the delegation will visit the port of Velm.',
    '"We are going to Lanford because our customers are there," Rask said at Monday\'s ceremony.',
    'The next day, the governor will open the trade forum.',
  ]);
  it('goes on from the last day still to come, and reads "said at Monday\'s ceremony" as past', () => {
    expect(programme.handleLine('when will the governor open the trade forum?', 'cli').text).toContain('April 19');
    expect(programme.handleLine('when was the ceremony where Rask spoke?', 'cli').text).toContain('April 15');
  });
  it('takes the day a sentence gives over "two days later" in it', () => {
    const given = botOf(['On Monday, April 22, the delegation will land in Velm.', 'Two days later, on Friday, April 26, the governor will return home.']);
    expect(given.handleLine('when will the governor return home?', 'cli').text.split('\n')[0]).toMatch(/^April 26/);
  });
});
