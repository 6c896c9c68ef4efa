import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// A TV station's story on a governor back from a trade mission (invented): who signed for which side,
// where things were signed and who paid, told the way such a page tells them, asked the way chat asks.

const mission = botOfStories([
  { published: '2025-06-12', source: 'KBTM 4 News' },
  [
    'HELENA, Mont. — Gov. Maren Lykke got back to Montana late Sunday after a seven-day trade mission to Indonesia, with deals she says will send Montana wheat and beef to new buyers.',
    'The delegation split its time between Jakarta, the capital, and Surabaya, a port city on Indonesia’s eastern Java coast.',
    'On June 3, at a ceremony on the campus of Merapi State University, Lykke and Rector Dewi Kartika signed a research exchange agreement.',
    'Lykke said she chose Surabaya because its port handles most of the wheat Indonesia buys from Montana.',
    'On Wednesday the group flew east to Surabaya. Two days after the campus ceremony, Commerce Director Owen Halstead signed a supply agreement with Karya Timur Foods, a snack maker with a warehouse in the city’s Rungkut district.',
    'Port of Montana Director Carl Mott and Siti Nur Aisyah Putri, general manager of Tanjung Freight, a Surabaya shipping agent, signed a letter of intent to study a direct cargo service.',
    'The Montana Chamber of Commerce and the Surabaya Business Council signed a memorandum of cooperation that covers trade fairs.',
    'Karya Timur said it plans to set up a sales office in Billings next year.',
    'Butte and Surabaya have been sister cities since 2009.',
    'On Friday, at a forum in Surabaya, Bintang Bay Precision Circuits, a Surabaya company that makes circuit boards, said it would invest $30 million in its first plant in the United States, to be built in Montana. It hopes to break ground next March.',
    'Bintang Bay is weighing a site in Butte against one in Bozeman.',
    'Lykke wrapped up the mission on Saturday with a dinner for exporters.',
    'The trip cost the state about $90,000. The Big Sky Trade Fund covered the full amount out of members’ gifts, according to a budget memo. Karya Timur will pay for 10 internships for Montana students.',
    '"Not a dollar came from the state," governor’s spokesperson Tess Arliss said in a statement emailed to KBTM.',
    'The memo did not satisfy state Sen. Rolf Danner, a Democrat from Butte, who pointed out that the fund keeps its backers secret.',
    'Not everyone in Helena is convinced the mission paid off. Ada Wren, an economist at Montana Tech, said the state should court buyers closer to home.',
  ],
]);

const first = (q: string) => mission.handleLine(q, 'cli').text.split('\n')[0]!;
const whole = (q: string) => mission.handleLine(q, 'cli').text;

describe('GIVEN a governor’s trade mission told by a TV station', () => {
  it('finds where a signing "took place" by the signing, not by another sentence that "took place"', () => {
    expect(first('where did the research exchange signing take place')).toMatch(/campus of Merapi State University/);
  });

  it('places a signing where the sentence before had just taken the group', () => {
    expect(first('in which city did halstead sign with the snack maker')).toMatch(/Surabaya/);
  });

  it('names the spokesperson for "who sent the emailed statement"', () => {
    expect(first('quick q who sent the emailed statement for lykke')).toMatch(/^Tess Arliss/);
  });

  it('gives the payer of the full amount, not a firm paying for something else, with "payed" read as "paid"', () => {
    const answer = first('who payed for lykkes trip to indonesia');
    expect(answer).toMatch(/Big Sky Trade Fund/);
    expect(answer).not.toMatch(/Karya/);
  });

  it('answers about "the governor of Montana" when the story brings its Gov. back to Montana', () => {
    expect(first('why did the governor of montana pick surabaya')).toMatch(/wheat/);
  });

  it('gives the signer for "the Indonesian side" by the place the story puts in Indonesia, four-word name whole', () => {
    expect(first('who signed the cargo letter of intent for the indonesian side')).toMatch(/^Siti Nur Aisyah Putri/);
    expect(first('who signed the letter of intent')).toMatch(/Carl Mott/);
  });

  it('finds the one left unsatisfied, and the professor not convinced, as critics', () => {
    expect(first('which state senator is griping about lykke’s trip')).toMatch(/Rolf Danner/);
    expect(first('who’s the economist complaining about the trip')).toMatch(/Ada Wren/);
  });

  it('gives what someone "pointed out" as why they are not satisfied', () => {
    expect(first('why isnt the butte senator satisfied')).toMatch(/backers secret/);
  });

  it('places a company typed short and in lower case by the place its description names', () => {
    expect(first('where’s bintang bay based')).toMatch(/Surabaya/);
  });

  it('says a site is not chosen yet, and never answers "where in Montana" with the country', () => {
    const answer = first('where in montana is the bintang bay plant going');
    expect(answer).toMatch(/Butte/);
    expect(answer).toMatch(/Bozeman/);
    expect(answer).not.toMatch(/United States/);
  });

  it('reads "exact date … wrapped up?" as a date question', () => {
    expect(first('exact date lykke’s mission wrapped up?')).toMatch(/^June 7, 2025/);
  });

  it('dates "start construction" by the sentence that will "break ground"', () => {
    expect(first('when does bintang bay want to start construction on its plant')).toMatch(/^March 2026/);
  });

  it('dates an announcement told as "said it would invest"', () => {
    expect(first('on what date did bintang bay announce its plant')).toMatch(/^June 6, 2025/);
  });

  it('tells what a body signed and with whom', () => {
    expect(whole('what did the montana chamber of commerce sign')).toMatch(/memorandum of cooperation, with the Surabaya Business Council/);
  });

  it('reads "setting up" as a verb with its particle', () => {
    expect(first('what is karya timur setting up in billings')).toMatch(/sales office/);
  });

  it('tells what a letter of intent is for', () => {
    expect(first('what is the letter of intent actually for')).toMatch(/study a direct cargo service/);
  });

  it('reads "X, which one is it" and a twin town as a sister city', () => {
    expect(first('butte’s twin town in indonesia, which one is it')).toMatch(/^Surabaya/);
  });
});

const campus = botOfStories([
  { published: '2025-11-04', source: 'The Quarry Ledger' },
  [
    'The exchange deal also creates a "2+1" track in which Tarvo students finish their last year of engineering in Quarry.',
    'The trip was organized by the Quarry Chamber of Commerce and the Tarvo Trade Office.',
    'The college’s own group was four: Varga; Tomas Reich, head of admissions; Ana Pilar, a lecturer in design; and Jo Lenz, a student.',
  ],
]);

describe('GIVEN a campus paper’s story with a term in quotes and an organizer', () => {
  it('answers "what is the 2+1 part" with the sentence that brings the quoted term in', () => {
    expect(campus.handleLine('what is the 2+1 part of the exchange deal', 'cli').text.split('\n')[0]).toMatch(/"2\+1" track in which/);
  });

  it('lists a group told after a colon, item by item, for "list everyone from X who went"', () => {
    expect(campus.handleLine('list everyone from the college who went on the trip', 'cli').text.split('\n')[0]).toMatch(
      /Varga, Tomas Reich, Ana Pilar and Jo Lenz/,
    );
  });

  it('reads "who put the trip together" as who organized it', () => {
    expect(campus.handleLine('who put the quarry trip together', 'cli').text.split('\n')[0]).toMatch(/Quarry Chamber of Commerce/);
  });
});

const minutes = botOfStories([
  { published: '2026-03-24', source: 'Village of Orla Council' },
  [
    'Mayor Ines Falk gave her account of the glass-industry tour. The delegation left Orla on Sunday, March 8, 2026, and returned on Saturday, March 14.',
    'On Monday the delegation went through the Vento glassworks, where its owner said she would open a warehouse in Orla.',
    'The following day the Orla Development Board signed a supplier agreement with the Kessa Chamber.',
    'On Monday, March 23, the board met to review the trip.',
  ],
]);

describe('GIVEN minutes that date a trip’s departure and return, then tell its days by weekday', () => {
  it('reads the travelling party’s bare weekday inside the trip, not as the last one before the minutes', () => {
    expect(minutes.handleLine('when did the delegation go through the vento glassworks', 'cli').text).toMatch(/^March 9, 2026/);
    expect(minutes.handleLine('when did the development board sign with the kessa chamber', 'cli').text).toMatch(/^March 10, 2026/);
  });

  it('dates "get back" by the clause that tells the return, when a tagger takes the verb for a noun', () => {
    expect(minutes.handleLine('what date did the orla delegation get back to orla', 'cli').text).toMatch(/^March 14, 2026/);
  });
});
