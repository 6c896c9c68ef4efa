import { describe, expect, it } from 'vitest';
import { botOfStories, firstLineOf } from '../helpers.ts';

// An invented fact check (published Thursday 2026-03-12) of a governor's claims about her Portugal
// mission: each claim is quoted under a label with where and when it was made and no name, then rated,
// then explained; the trip's days are told before later days of the claims, the delegation is counted
// in a sentence that points back to it, and a correction note puts a figure right in plain words.

const meta = { published: '2026-03-12', source: 'Quillan Valley Monitor', title: "Checking Governor Castellane's Portugal claims" };
const story = [
  'Governor Rhea Castellane has spent the weeks since her Portugal mission describing it as a triumph. We looked at four things she said.',
  'The mission flew out of Quillan on Sunday, Feb. 1, and arrived in Lisbon the next day. It counted 27: the governor, six state staff and 20 growers.',
  'The group went on to Porto and Aveiro, and flew back to Quillan on Sunday, Feb. 8.',
  'Claim 1: "Not one dollar of public money paid for the mission." Said on a call with reporters, Monday, Feb. 16. Rating: FALSE',
  'State expense reports published on Wednesday, Feb. 25, list $40,200 in all. The Valley Growers Fund paid $22,000 for lodging. The state tourism office spent $18,200 on travel for the governor and six aides.',
  'The governor\u2019s spokesperson, Linus Ferro, said by text that she "meant the growers, who bought their own tickets."',
  'Claim 2: "Lisbon Air will start flights to Quillan next year." Said at the Quillan Rotary Club breakfast, Friday, Feb. 20. Rating: HALF TRUE',
  'On the Tuesday of the trip, Lisbon Air signed a letter with the Quillan airport board to study a route. The carrier has promised no flight, and the board has not set aside the $2 million subsidy it asked for. That decision is due on Monday, April 6.',
  'Its route planner, Duarte Pimenta, said the study would take a year.',
  'Claim 3: "Corvo Robotics will hire our people." Said at a state Senate hearing, Tuesday, March 3. Rating: MOSTLY TRUE',
  'Corvo Robotics, of Porto, says it plans to hire 120 workers at a plant outside Quillan over three years. Its founder, Ines Bragan, said the site is not yet picked.',
  'The port of Quillan and the port of Aveiro signed a memorandum on the same trip. Harbor master Otto Sandvik signed for Quillan, and Aveiro port president Marta Ribeiro signed for the Portuguese side. The two ports agreed to compare cold-storage designs.',
  'Hospitality consultant Bruno Maia, who runs a tour firm in Lisbon, said visitors from the valley now book longer stays.',
  'Correction: An earlier check said the mission cost $31,500. The total was $40,200.',
];
const first = firstLineOf(botOfStories([meta, story]));
const full = (q: string) => botOfStories([meta, story]).handleLine(q, 'cli').text;

describe('GIVEN a fact check of a governor\u2019s claims about her trip', () => {
  it('dates "the Tuesday of the trip" between its departure and its return, whatever later days came before', () => {
    expect(first('when did lisbon air sign the letter with the airport board')).toMatch(/^February 3, 2026/);
  });

  it('counts a delegation a sentence points back to ("It counted 27:")', () => {
    expect(first('how many people total were in the governor\u2019s delegation to portugal')).toMatch(/^27/);
  });

  it('says nothing of a political party the story never names', () => {
    expect(first('which political party does governor castellane belong to')).toMatch(/^The articles do not say/);
  });

  it('finds the speaker asked for by a kind with words before it', () => {
    expect(first('which tour-company head says valley visitors book longer stays')).toMatch(/^Bruno Maia/);
  });

  it('dates "That decision" by what the sentence before told of', () => {
    expect(first('which date is the airport board deciding on the subsidy')).toMatch(/^April 6, 2026/);
  });

  it('answers "who all chipped in to pay" with every payer', () => {
    const paid = full('who all chipped in to pay for the portugal mission');
    expect(paid).toMatch(/Valley Growers Fund/);
    expect(paid).toMatch(/tourism office/);
  });

  it('never gives the figure a correction withdrew, and reads "end up costing"', () => {
    expect(first('how much did the portugal mission cost')).toMatch(/\$40,200/);
    expect(first('how much did the portugal mission cost')).not.toMatch(/31,500/);
    expect(first('how much did the governor\u2019s portugal mission end up costing in total')).toMatch(/\$40,200/);
  });

  it('counts the jobs a company plans to hire workers for', () => {
    expect(first('how many jobs will corvo robotics add')).toMatch(/^120/);
  });

  it('gives no signer of another deal for the side asked', () => {
    expect(first('who signed the portugal memorandum for the portuguese side')).toMatch(/^Marta Ribeiro/);
    expect(first('who signed the route study for the portuguese side')).not.toMatch(/Ribeiro|Sandvik/);
  });

  it('says what the ports agreed to do', () => {
    expect(first('what did the two ports agree to do')).toMatch(/cold-storage/);
    // (The terms stand two sentences after the one that names the memorandum.)
    expect(first('what are the ports supposed to do under the aveiro memo')).toMatch(/cold-storage/);
  });

  it('explains a rating by the section under the claim asked about', () => {
    expect(first('why did the paper say the lisbon air claim was only half true')).toMatch(/HALF TRUE.*study a route/);
    expect(first('why did the fact check knock down her line that no public money paid for the trip')).toMatch(/FALSE.*\$40,200/);
  });

  it('reads a labelled claim as the words of the one whose claims are checked', () => {
    expect(first('/quote castellane lisbon air')).toMatch(/Lisbon Air will start flights/);
    expect(first('when did castellane say corvo robotics will hire our people')).toMatch(/^March 3, 2026/);
    expect(first('where was castellane speaking when she promised flights from lisbon')).toMatch(/Rotary Club breakfast/);
  });

  it('reads "the press person" as the spokesperson, and "how did … explain" as what they said', () => {
    expect(first('what did the governor\u2019s press person say')).toMatch(/^Linus Ferro said: .*growers/);
    expect(first('how did linus ferro explain the growers')).toMatch(/^Linus Ferro said: .*growers/);
    // (What the words answer is the claim that opens their section.)
    expect(first('how did the governor\u2019s press person explain the line about no public money')).toMatch(/^Linus Ferro said: .*growers/);
  });
});
