import { describe, expect, it } from 'vitest';
import { botOfStories } from '../helpers.ts';

// An invented station's web story (published Friday 2026-06-12) on a state trade secretary's mission to
// the invented Lusveria: its stops told as where it opened, moved and closed; places a sentence opens
// with, set before its verb; a contract signed as "it" in the sentence after the one that names it; a
// grower known by a nickname; and a section on what is still unsettled.

const bot = botOfStories([
  { title: 'Marsk mission back from Lusveria', published: '2026-06-12', source: 'Wendmoor Public Media' },
  [
    'Trade Secretary Helga Marsk led a 19-member delegation on a five-day mission to Lusveria that opened in Portcallan, moved north to Dremmick and closed in Ostvane.',
    'On Tuesday in Dremmick, she toured the Kalla grain mill.',
    'Kalla Foods agreed to buy 500 tons of oats from Ferrow Oats. The contract is worth about $2 million. Ferrow chief Ivo Sarne and Kalla buyer Anu Pesk signed it at the firm\u2019s Dremmick office.',
    'On the last morning, in Ostvane, Brentwick State signed a student exchange with a local academy.',
    'Bo Tennant, a grower whom everyone on the trip called "Moose", said he met his buyer for the first time.',
    '**Still unsettled**',
    'Marsk wants a trade office in Portcallan, but no one has said who would pay for it.',
  ],
]);
const first = (q: string) => bot.handleLine(q, 'cli').text.split('\n')[0]!;

describe('GIVEN a mission told by where it opened, moved and closed', () => {
  it('lists every city for "which cities did the mission stop in"', () => {
    const stops = bot.handleLine('which cities did the lusveria mission stop in', 'cli').text;
    for (const city of ['Portcallan', 'Dremmick', 'Ostvane']) expect(stops).toContain(city);
  });
});

describe('GIVEN places told before the verb or beside "it"', () => {
  it('answers where she toured by the place the sentence opens with', () => {
    expect(first('where did marsk tour the kalla mill?')).toMatch(/Dremmick/);
  });

  it('answers where a deal was signed by the place set off before its verb', () => {
    expect(first('where did brentwick state sign its exchange during the lusveria trip?')).toMatch(/Ostvane/);
  });

  it('answers where a contract was signed by the sentence that signs "it"', () => {
    expect(first('where was the oat contract signed?')).toMatch(/Dremmick/);
  });
});

describe('GIVEN a nickname and a section on what is left open', () => {
  it('finds who goes by a nickname', () => {
    expect(first('quick q, which grower on the lusveria trip goes by moose')).toMatch(/^Bo Tennant/);
  });

  it('answers what is still up in the air with the section that says so', () => {
    expect(first('what is still up in the air after the trip?')).toMatch(/trade office/);
  });
});
