import { describe, expect, it } from 'vitest';
import { botOf, firstLineOf } from '../helpers.ts';

// Why something happened, told as news tells it (an invented story): the event in one sentence and
// someone's account of it in the next, or the reason in the event's own clause.

const bot = botOf([
  'Both grain letters were signed in Velmar as planned, but the Ostara port stop was scrapped. The governor’s spokesman, Ben Akers, said port officials closed the docks to visitors as a storm came ashore.',
  'The pork agreement with the Ostara Meat Guild was not signed. The guild’s president, Rosa Vell, said its board wanted more time to study the shipping terms.',
  'The state still hopes to sign a pork agreement with the Ostara Meat Guild next year.',
  'Three of the 20 farm representatives withdrew before departure, citing the late harvest.',
]);
const first = firstLineOf(bot);

describe('GIVEN an event and the account of it in the next sentence', () => {
  it('answers why with the account, not with another sentence of the paragraph', () => {
    expect(first('why was the ostara port stop scrapped?')).toMatch(/storm came ashore/);
  });

  it('reads a negated question against the sentence that says it did not happen', () => {
    expect(first("why didn't the ostara meat guild sign the pork agreement?")).toMatch(/wanted more time/);
  });
});

describe('GIVEN a reason in the event’s own clause', () => {
  it('answers with that sentence', () => {
    expect(first('why did three of the farm representatives withdraw before departure?')).toMatch(/citing the late harvest/);
  });
});

describe('GIVEN a trip with a stated purpose', () => {
  const trip = botOf(['Mayor Ana Vela made the trip to Ostara to open new markets for local growers.']);
  it('gives the purpose for why she went', () => {
    expect(trip.handleLine('why did Ana Vela go to Ostara?', 'cli').text).toMatch(/open new markets/);
  });

  it('does not give it for something else that happened around the trip', () => {
    expect(trip.handleLine('why did two of the growers drop out before the trip?', 'cli').answered).toBe(false);
  });
});
