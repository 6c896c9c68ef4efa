import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// An invented call-in show's transcript (published Thursday 2027-03-04): speakers labelled with a
// name and a title after a comma, a host whose lines ask and a guest whose next line replies, a
// greeting before the reply, and a question put to someone by name ("Odile, what …").

const bot = botOfStories([
  { title: 'Transcript: Mayor Quist on the Sorrel Bay mission', published: '2027-03-04', source: 'Tarrow Community Radio' },
  [
    'Morning Desk with Fen Ardley · aired Wednesday, March 3, 2027',
    'Mayor Ruth Quist led a delegation of 14 from Tarrow to Sorrel Bay last month. Harbor chief Odile Brannagh joined by phone.',
    'FEN ARDLEY, HOST: Mayor, why Sorrel Bay, instead of the bigger coastal cities up north?',
    'RUTH QUIST, MAYOR OF TARROW: Cost, mostly. In the big cities a town our size gets one meeting and a brochure.',
    'ARDLEY: Why did you make the hotel owners pay for their own rooms?',
    'QUIST: So that nobody could say the city bought anyone a holiday.',
    'ARDLEY: Odile, what does the pilot agreement with Kestmark Shipping actually do?',
    'ODILE BRANNAGH, TARROW HARBOR CHIEF: Good morning, Fen. It starts a weekly chilled-freight run between the two harbors for a trial year.',
    'ARDLEY: Thank you both.',
  ],
]);
const first = (q: string) => bot.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a transcript whose host asks and whose guest replies on the next line', () => {
  it('answers a why the host asked in other words with the reply, going past a reply that only opens', () => {
    const why = first('why did tarrow go with sorrel bay instead of one of the large northern cities');
    expect(why).toMatch(/^Cost, mostly\. In the big cities/);
  });

  it('answers a why asked with other words for the people it is about ("businesses" for "hotel owners" is not needed: "make … pay" is)', () => {
    expect(first('why did the mayor make the hotel owners pay for their rooms')).toMatch(/nobody could say the city bought anyone a holiday/);
  });

  it('answers a what-question the host put to someone by name with the reply, without the greeting', () => {
    const what = first('what does the pilot agreement with kestmark shipping set up');
    expect(what).toMatch(/^It starts a weekly chilled-freight run/);
    expect(what).not.toMatch(/Good morning/);
  });

  it('quotes a speaker whose label gives a title after a comma', () => {
    expect(bot.handleLine('/quote Odile Brannagh', 'cli').text).toMatch(/weekly chilled-freight run/);
  });
});
