import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// Facts spread over several sentences of an invented article, as real reports tell them: signings
// counted across sentences (a planned one not counted), a day chained from an earlier sentence with
// no date of its own, an office standing for its one holder in a date question, a number stated with
// its noun before any count of named people, and a stated cause preferred to a loose aim.

const bot = botOf([
  'Governor Rhea Makepiece of Lanford met Vice Premier Odo Valk in Carrow on Wednesday, May 15.',
  'Later the same day, Makepiece and Deputy Minister Ivo Brandt signed a memorandum on port power.',
  'The governor toured a ferry yard on Monday, May 13, then signed a second memorandum with Tarn Province.',
  'Mayor Sela Quist of Tarn City met Makepiece on Tuesday, May 14.',
  'Makepiece also spoke to 90 business leaders at a dinner hosted by Quist.',
  'Two days after the Carrow meetings, the delegation is scheduled to fly to Ostrel.',
  'The following day, Makepiece is expected to sign a memorandum on offshore wind.',
  'Lanford wants to electrify its ferries, Makepiece said.',
  'Port director Anna Voss said the Ostrel stop was added because the port wants shore power at every berth by 2030.',
]);
const first = firstLineOf(bot);
const answered = (q: string) => bot.handleLine(q, 'cli').answered;

describe('GIVEN facts told across sentences', () => {
  it('counts the signings told one by one, leaving out the one still to come', () => {
    expect(first('how many memoranda has the Lanford governor signed?')).toMatch(/^2 memoranda/);
  });

  it('dates a sentence that has no date of its own from the story before it', () => {
    expect(first('when does the delegation fly to Ostrel?')).toContain('May 17');
    expect(first('what date is Makepiece due to sign the offshore wind memorandum?')).toContain('May 18');
  });

  it('dates a meeting with an office only where its one holder is named', () => {
    expect(first("when did Makepiece meet Tarn City's mayor?")).toContain('May 14');
    expect(answered('when did Makepiece meet the Carrow mayor?')).toBe(false);
  });

  it('gives a number stated with its noun before counting the people the articles name', () => {
    expect(first('how many business leaders did Makepiece speak to?')).toContain('90');
  });

  it('prefers a stated cause that holds the question to an aim in fewer of its words', () => {
    expect(first('why is the governor stopping in Ostrel?')).toContain('shore power');
  });
});
